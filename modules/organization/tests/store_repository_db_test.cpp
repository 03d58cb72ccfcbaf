// The store repository against a real database: versions, unique names per tenant, and tenant
// walls.
#include "organization_db_fixture.hpp"

namespace caravan::organization {
namespace {

class Stores : public OrganizationDb {
 protected:
  void SetUp() override {
    alphaOwner = entity("Alpha GmbH");
    alphaEntities.insert(alphaOwner);
    betaOwner = entity("Beta SARL", "FR");
    betaOwner.vatId = "FRXX123456789";
    betaEntities.insert(betaOwner);
  }

  LegalEntity alphaOwner;
  LegalEntity betaOwner;
};

TEST_F(Stores, InsertsAndFindsWithinTheTenant) {
  Store made = store("Amazon DE", alphaOwner.id);
  alphaStores.insert(made);
  const auto found = alphaStores.find(made.id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->name, "Amazon DE");
  EXPECT_EQ(found->channel, "amazon");
  EXPECT_EQ(found->marketplaceId, "A1PA6795UKMFR9");
  EXPECT_EQ(found->country, "DE");
  EXPECT_EQ(found->currency, "EUR");
  EXPECT_EQ(found->legalEntityId, alphaOwner.id);
  EXPECT_TRUE(found->active);
  EXPECT_EQ(found->version, 1);
  EXPECT_EQ(found->updatedAt.back(), 'Z');

  EXPECT_FALSE(betaStores.find(made.id)) << "another tenant must not see it";
  EXPECT_FALSE(findStore(betaDb, made.id));
  ASSERT_TRUE(findStore(alphaDb, made.id));
  EXPECT_EQ(findStore(alphaDb, made.id)->name, "Amazon DE");
  EXPECT_TRUE(betaStores.list(std::nullopt, 10).empty());
}

TEST_F(Stores, ReadsAStoreWithItsOwnerInOneGo) {
  Store made = store("Amazon DE", alphaOwner.id);
  alphaStores.insert(made);
  const auto both = findStoreAndOwner(alphaDb, made.id);
  ASSERT_TRUE(both);
  EXPECT_EQ(both->store.name, "Amazon DE");
  EXPECT_EQ(both->store.legalEntityId, alphaOwner.id);
  EXPECT_EQ(both->owner.id, alphaOwner.id);
  EXPECT_EQ(both->owner.registeredName, alphaOwner.registeredName);
  EXPECT_EQ(both->owner.baseCurrency, alphaOwner.baseCurrency);
  EXPECT_EQ(both->owner.createdAt.back(), 'Z');
  EXPECT_FALSE(findStoreAndOwner(betaDb, made.id)) << "another tenant must not see it";
  EXPECT_FALSE(findStoreAndOwner(alphaDb, made.id + 1));
}

TEST_F(Stores, KeepsAnInactiveStoreInactive) {
  Store made = store("Closed shop", alphaOwner.id);
  made.channel = "web";
  made.marketplaceId.reset();
  made.active = false;
  alphaStores.insert(made);
  const auto found = alphaStores.find(made.id);
  ASSERT_TRUE(found);
  EXPECT_FALSE(found->active);
  EXPECT_FALSE(found->marketplaceId);
}

TEST_F(Stores, NamesAreUniquePerTenantOnly) {
  alphaStores.insert(store("Amazon DE", alphaOwner.id));
  for (const std::string& name : {std::string("Amazon DE"), std::string("amazon de")}) {
    try {
      alphaStores.insert(store(name, alphaOwner.id));
      FAIL() << "a second store named '" << name << "' in one tenant must be refused";
    } catch (const db::DuplicateKey& e) {
      EXPECT_EQ(e.key(), "uq_stores_name");
    }
  }
  EXPECT_NO_THROW(betaStores.insert(store("Amazon DE", betaOwner.id)));
  EXPECT_NO_THROW(alphaStores.insert(store("Amazon FR", alphaOwner.id)));
}

TEST_F(Stores, RenamingOntoATakenNameIsADuplicate) {
  alphaStores.insert(store("Amazon DE", alphaOwner.id));
  Store other = store("eBay DE", alphaOwner.id);
  alphaStores.insert(other);
  other.name = "Amazon DE";
  try {
    alphaStores.update(other, 1);
    FAIL() << "renaming onto a taken name must be refused";
  } catch (const db::DuplicateKey& e) {
    EXPECT_EQ(e.key(), "uq_stores_name");
  }
  EXPECT_EQ(alphaStores.find(other.id)->name, "eBay DE");
}

TEST_F(Stores, UpdatesAndRemovesOnlyTheExpectedVersionOfItsOwnTenant) {
  Store made = store("Web shop", alphaOwner.id);
  alphaStores.insert(made);
  made.name = "Web shop EU";
  made.active = false;
  EXPECT_FALSE(alphaStores.update(made, 2)) << "a stale version must not write";
  EXPECT_FALSE(betaStores.update(made, 1)) << "another tenant must not write it";
  EXPECT_TRUE(alphaStores.update(made, 1));
  const auto found = alphaStores.find(made.id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->name, "Web shop EU");
  EXPECT_FALSE(found->active);
  EXPECT_EQ(found->version, 2);

  EXPECT_FALSE(betaStores.remove(made.id, 2));
  EXPECT_FALSE(alphaStores.remove(made.id, 1));
  EXPECT_TRUE(alphaStores.remove(made.id, 2));
  EXPECT_FALSE(alphaStores.find(made.id));
}

TEST_F(Stores, CountsTheStoresOfALegalEntity) {
  const LegalEntity second = entity("Second GmbH");
  alphaEntities.insert(second);
  alphaStores.insert(store("A", alphaOwner.id));
  alphaStores.insert(store("B", alphaOwner.id));
  alphaStores.insert(store("C", second.id));
  EXPECT_EQ(alphaStores.countForLegalEntity(alphaOwner.id), 2u);
  EXPECT_EQ(alphaStores.countForLegalEntity(second.id), 1u);
  EXPECT_EQ(alphaStores.countForLegalEntity(betaOwner.id), 0u);
}

TEST_F(Stores, ListsNewestFirstInPages) {
  std::vector<std::uint64_t> ids;
  for (int i = 0; i < 4; ++i) {
    const auto made = store("Store " + std::to_string(i), alphaOwner.id);
    ids.push_back(made.id);
    alphaStores.insert(made);
  }
  const auto first = alphaStores.list(std::nullopt, 3);
  ASSERT_EQ(first.size(), 3u);
  EXPECT_EQ(first[0].id, ids[3]);
  const auto second = alphaStores.list(first.back().id, 3);
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(second[0].id, ids[0]);
}

}  // namespace
}  // namespace caravan::organization
