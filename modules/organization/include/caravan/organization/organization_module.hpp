#pragma once

#include <caravan/platform/module.hpp>

namespace caravan::organization {

/// The seller's legal entities and stores: `/api/v1/legal-entities`, `/api/v1/stores`. Other
/// modules read them through <caravan/organization/organization.hpp>.
///
/// Permissions: `organization.read` (owner, admin, sales, support, finance, compliance, auditor),
/// `organization.write` (owner, admin).
/// Events: `organization.legal_entity.created`, `organization.legal_entity.updated`,
/// `organization.legal_entity.deleted`, `organization.store.created`, `organization.store.updated`,
/// `organization.store.deleted`.
/// Config keys: none.
class OrganizationModule : public Module {
 public:
  static constexpr std::string_view kName = "organization";
  std::string_view name() const override { return kName; }
  void registerWith(ModuleRegistry& registry) override;
};

}  // namespace caravan::organization
