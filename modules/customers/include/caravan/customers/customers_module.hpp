#pragma once

#include <caravan/platform/module.hpp>

namespace caravan::customers {

/// Customer master data: `/api/v1/customers` (create, read, change, delete, list and search) and
/// the tenant's custom field definitions, `/api/v1/customer-fields`. Other modules read customers
/// through <caravan/customers/customer.hpp> and normalise names, e-mails and phones with
/// <caravan/customers/names.hpp>, <caravan/customers/email_address.hpp> and
/// <caravan/customers/phone_number.hpp>.
///
/// Permissions: `customers.read` (owner, admin, sales, support, finance, compliance,
/// auditor),
/// `customers.write` (owner, admin, sales, support), `customers.fields` (owner, admin).
/// Events: `customers.customer.created`, `customers.customer.updated`,
/// `customers.customer.deleted` (ids and changed field names only, never personal data).
/// Duplicate candidates (`/api/v1/customers/duplicates`) are found on create and import; bulk
/// import is `POST /api/v1/customers/import` (CSV or JSON lines), large files as jobs
/// (`/api/v1/customers/import-jobs/{id}`, worked off by the `customers.import` job).
/// Config keys: `customers.import_sync_max_rows` (1000: larger imports run as a job),
/// `customers.import_max_bytes` (256 MiB), `customers.import_threads` (2),
/// `customers.import_poll_ms` (1000).
class CustomersModule : public Module {
 public:
  static constexpr std::string_view kName = "customers";
  std::string_view name() const override { return kName; }
  void registerWith(ModuleRegistry& registry) override;
};

}  // namespace caravan::customers
