#pragma once

#include <caravan/platform/module.hpp>

namespace caravan::tax {

/// VAT/GST rates (shipped data plus the tenant's own), the tenant's tax registrations and VAT id
/// checks: `/api/v1/tax-rates`, `/api/v1/tax-settings`, `/api/v1/vat-ids/{vat_id}/check`. Other
/// modules use <caravan/tax/tax.hpp> (ratesFor, decide, checkVatId).
///
/// Permissions: `tax.rates.read` and `tax.settings.read` (owner, admin, sales, support, finance,
/// auditor), `tax.rates.write` and `tax.settings.write` (owner, admin, finance).
/// Events: `tax.rate.created`, `tax.rate.deleted`, `tax.settings.updated`.
/// Config keys: none. The shipped rate table is parsed at registration: a broken one stops
/// start-up.
class TaxModule : public Module {
 public:
  static constexpr std::string_view kName = "tax";
  std::string_view name() const override { return kName; }
  void registerWith(ModuleRegistry& registry) override;
};

}  // namespace caravan::tax
