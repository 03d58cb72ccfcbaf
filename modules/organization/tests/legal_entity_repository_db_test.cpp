// The legal entity repository against a real database: versions, tenant walls, and the refusal
// to delete an entity that a store names.
#include <future>

#include "organization_db_fixture.hpp"

namespace caravan::organization {
namespace {

using LegalEntities = OrganizationDb;

TEST_F(LegalEntities, InsertsAndFindsWithinTheTenant) {
  LegalEntity made = entity("Nordwind Handels GmbH");
  made.registeredAddress.region = "Berlin";
  made.otherTaxId = "HRB 123456";
  made.invoiceSeriesPrefix = "DE/2026/";
  alphaEntities.insert(made);

  const auto found = alphaEntities.find(made.id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->registeredName, "Nordwind Handels GmbH");
  EXPECT_EQ(found->country, "DE");
  EXPECT_EQ(found->registeredAddress.line1, "Friedrichstraße 68");
  EXPECT_FALSE(found->registeredAddress.line2);
  EXPECT_EQ(found->registeredAddress.postalCode, "10117");
  EXPECT_EQ(found->registeredAddress.city, "Berlin");
  EXPECT_EQ(found->registeredAddress.region, "Berlin");
  EXPECT_EQ(found->vatId, "DE123456789");
  EXPECT_EQ(found->otherTaxId, "HRB 123456");
  EXPECT_EQ(found->baseCurrency, "EUR");
  EXPECT_EQ(found->invoiceSeriesPrefix, "DE/2026/");
  EXPECT_EQ(found->version, 1);
  EXPECT_EQ(found->createdAt.back(), 'Z');
  EXPECT_EQ(found->createdAt, found->updatedAt);

  EXPECT_FALSE(betaEntities.find(made.id)) << "another tenant must not see it";
  EXPECT_FALSE(betaEntities.find(made.id, Lock::Share));
  EXPECT_TRUE(betaEntities.list(std::nullopt, 10).empty());
}

TEST_F(LegalEntities, FindLegalEntityIsTheRepositorysFindForOtherModules) {
  const LegalEntity made = entity("Public face Ltd", "GB");
  alphaEntities.insert(made);
  const auto found = findLegalEntity(alphaDb, made.id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->registeredName, "Public face Ltd");
  EXPECT_EQ(found->country, "GB");
  EXPECT_FALSE(findLegalEntity(betaDb, made.id));
  EXPECT_FALSE(findLegalEntity(alphaDb, made.id + 1));
}

TEST_F(LegalEntities, UpdatesOnlyTheExpectedVersionOfItsOwnTenant) {
  LegalEntity made = entity("Before GmbH");
  alphaEntities.insert(made);
  made.registeredName = "After GmbH";
  made.registeredAddress.line2 = "3. OG";
  made.vatId.reset();
  EXPECT_FALSE(alphaEntities.update(made, 2)) << "a stale version must not write";
  EXPECT_FALSE(betaEntities.update(made, 1)) << "another tenant must not write it";
  EXPECT_TRUE(alphaEntities.update(made, 1));
  const auto found = alphaEntities.find(made.id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->registeredName, "After GmbH");
  EXPECT_EQ(found->registeredAddress.line2, "3. OG");
  EXPECT_FALSE(found->vatId);
  EXPECT_EQ(found->version, 2);
}

TEST_F(LegalEntities, RemovesOnlyTheExpectedVersionOfItsOwnTenant) {
  const LegalEntity made = entity("Short lived GmbH");
  alphaEntities.insert(made);
  EXPECT_EQ(betaEntities.remove(made.id, 1), RemoveOutcome::Stale);
  EXPECT_EQ(alphaEntities.remove(made.id, 2), RemoveOutcome::Stale);
  ASSERT_TRUE(alphaEntities.find(made.id));
  EXPECT_EQ(alphaEntities.remove(made.id, 1), RemoveOutcome::Removed);
  EXPECT_FALSE(alphaEntities.find(made.id));
  EXPECT_EQ(alphaEntities.remove(made.id, 1), RemoveOutcome::Stale);
}

TEST_F(LegalEntities, RefusesToRemoveAnEntityThatAStoreNames) {
  const LegalEntity owner = entity("Owner GmbH");
  alphaEntities.insert(owner);
  const Store amazon = store("Amazon DE", owner.id);
  alphaStores.insert(amazon);

  EXPECT_EQ(alphaEntities.remove(owner.id, 1), RemoveOutcome::InUse);
  EXPECT_TRUE(alphaEntities.find(owner.id)) << "nothing may be deleted when in use";

  // Once the store is gone the entity may go too.
  ASSERT_TRUE(alphaStores.remove(amazon.id, 1));
  EXPECT_EQ(alphaEntities.remove(owner.id, 1), RemoveOutcome::Removed);
}

TEST_F(LegalEntities, ARemovalWaitsForAStoreBeingCreatedForTheEntityAndThenRefuses) {
  const LegalEntity owner = entity("Contested GmbH");
  alphaEntities.insert(owner);

  // Request one: creating a store, it holds a share lock on the entity, not yet committed.
  db::Session creating = test.platform().pool().acquire();
  db::TenantSession creatingDb(creating, 1);
  creating.begin();
  ASSERT_TRUE(LegalEntityRepository(creatingDb).find(owner.id, Lock::Share));
  StoreRepository(creatingDb).insert(store("Amazon DE", owner.id));

  // Request two: deleting the entity. It cannot see the uncommitted store, so only the lock keeps
  // it from deleting an entity that is about to be named.
  auto removal = std::async(std::launch::async, [&] {
    db::Session deleting = test.platform().pool().acquire();
    db::TenantSession deletingDb(deleting, 1);
    deleting.begin();
    const auto outcome = LegalEntityRepository(deletingDb).remove(owner.id, 1);
    deleting.commit();
    return outcome;
  });
  EXPECT_EQ(removal.wait_for(std::chrono::milliseconds(300)), std::future_status::timeout)
      << "the removal must wait for the store's transaction";
  creating.commit();
  EXPECT_EQ(removal.get(), RemoveOutcome::InUse);
  EXPECT_TRUE(alphaEntities.find(owner.id));
}

TEST_F(LegalEntities, AStoreCreationWaitsForARemovalOfItsEntityAndThenFindsItGone) {
  const LegalEntity owner = entity("Vanishing GmbH");
  alphaEntities.insert(owner);

  db::Session deleting = test.platform().pool().acquire();
  db::TenantSession deletingDb(deleting, 1);
  deleting.begin();
  ASSERT_EQ(LegalEntityRepository(deletingDb).remove(owner.id, 1), RemoveOutcome::Removed);

  auto lookup = std::async(std::launch::async, [&] {
    db::Session creating = test.platform().pool().acquire();
    db::TenantSession creatingDb(creating, 1);
    creating.begin();
    const bool found = LegalEntityRepository(creatingDb).find(owner.id, Lock::Share).has_value();
    creating.rollback();
    return found;
  });
  EXPECT_EQ(lookup.wait_for(std::chrono::milliseconds(300)), std::future_status::timeout)
      << "the share lock must wait for the removal's transaction";
  deleting.commit();
  EXPECT_FALSE(lookup.get()) << "the entity is gone once the removal committed";
}

TEST_F(LegalEntities, StoresOfAnotherTenantDoNotHoldAnEntity) {
  // Tenant 2 has a store whose legal_entity_id happens to equal tenant 1's entity id: that is not
  // a reference to it.
  const LegalEntity owner = entity("Alpha GmbH");
  alphaEntities.insert(owner);
  betaStores.insert(store("Beta shop", owner.id));
  EXPECT_EQ(alphaStores.countForLegalEntity(owner.id), 0u);
  EXPECT_EQ(betaStores.countForLegalEntity(owner.id), 1u);
  EXPECT_EQ(alphaEntities.remove(owner.id, 1), RemoveOutcome::Removed);
}

TEST_F(LegalEntities, ListsNewestFirstInPages) {
  std::vector<std::uint64_t> ids;
  for (int i = 0; i < 5; ++i) {
    const auto made = entity("Entity " + std::to_string(i));
    ids.push_back(made.id);
    alphaEntities.insert(made);
  }
  betaEntities.insert(entity("Other tenant's"));
  const auto first = alphaEntities.list(std::nullopt, 3);
  ASSERT_EQ(first.size(), 3u);
  EXPECT_EQ(first[0].id, ids[4]);
  EXPECT_EQ(first[2].id, ids[2]);
  const auto second = alphaEntities.list(first.back().id, 3);
  ASSERT_EQ(second.size(), 2u);
  EXPECT_EQ(second[0].id, ids[1]);
  EXPECT_EQ(second[1].id, ids[0]);
}

}  // namespace
}  // namespace caravan::organization
