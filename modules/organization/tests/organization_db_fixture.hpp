#pragma once

// A platform with only the organization module on a fresh database, and repositories of two
// tenants (1 and 2) on one session.

#include <gtest/gtest.h>

#include <caravan/organization/organization_module.hpp>
#include <caravan/testing/test_database.hpp>
#include <ostream>

#include "legal_entity_repository.hpp"
#include "store_repository.hpp"

namespace caravan::organization {

/// For readable failure messages.
inline void PrintTo(RemoveOutcome outcome, std::ostream* out) {
  *out << (outcome == RemoveOutcome::Removed ? "Removed"
           : outcome == RemoveOutcome::Stale ? "Stale"
                                             : "InUse");
}

inline std::vector<std::unique_ptr<Module>> organizationOnly() {
  std::vector<std::unique_ptr<Module>> modules;
  modules.push_back(std::make_unique<OrganizationModule>());
  return modules;
}

class OrganizationDb : public ::testing::Test {
 protected:
  LegalEntity entity(const std::string& name, const std::string& country = "DE") {
    LegalEntity made;
    made.id = test.platform().ids().next();
    made.registeredName = name;
    made.country = country;
    made.registeredAddress.line1 = "Friedrichstraße 68";
    made.registeredAddress.postalCode = "10117";
    made.registeredAddress.city = "Berlin";
    made.vatId = "DE123456789";
    made.baseCurrency = "EUR";
    return made;
  }

  Store store(const std::string& name, std::uint64_t legalEntityId) {
    Store made;
    made.id = test.platform().ids().next();
    made.name = name;
    made.channel = "amazon";
    made.marketplaceId = "A1PA6795UKMFR9";
    made.country = "DE";
    made.currency = "EUR";
    made.legalEntityId = legalEntityId;
    return made;
  }

  caravan::testing::TestPlatform test{organizationOnly()};
  db::Session session = test.platform().pool().acquire();
  db::TenantSession alphaDb{session, 1};
  db::TenantSession betaDb{session, 2};
  LegalEntityRepository alphaEntities{alphaDb};
  LegalEntityRepository betaEntities{betaDb};
  StoreRepository alphaStores{alphaDb};
  StoreRepository betaStores{betaDb};
};

}  // namespace caravan::organization
