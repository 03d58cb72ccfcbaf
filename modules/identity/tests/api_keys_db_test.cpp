// Tenants and API keys against a real database.
#include <gtest/gtest.h>

#include <caravan/identity/api_keys.hpp>
#include <caravan/identity/identity_module.hpp>
#include <caravan/identity/tenants.hpp>
#include <caravan/testing/test_database.hpp>

using namespace caravan;
using caravan::testing::TestPlatform;

namespace {
std::vector<std::unique_ptr<Module>> identityOnly() {
  std::vector<std::unique_ptr<Module>> modules;
  modules.push_back(std::make_unique<identity::IdentityModule>());
  return modules;
}
}  // namespace

class ApiKeys : public ::testing::Test {
 protected:
  TestPlatform test{identityOnly()};
  db::Session session = test.platform().pool().acquire();
  IdGenerator& ids = test.platform().ids();
  identity::Tenant tenant = identity::createTenant(session, ids, "  Acme GmbH ");
};

TEST_F(ApiKeys, TenantNamesAreTrimmedAndUnique) {
  EXPECT_EQ(tenant.name, "Acme GmbH");
  EXPECT_TRUE(identity::findTenantByName(session, "Acme GmbH"));
  EXPECT_THROW(identity::createTenant(session, ids, "Acme GmbH"), Conflict);
  EXPECT_THROW(identity::createTenant(session, ids, "   "), ValidationError);
}

TEST_F(ApiKeys, AVerifiedKeyYieldsItsTenantActorAndRoles) {
  const auto created = identity::createApiKey(session, ids, test.platform().access(), tenant.id,
                                              {roles::kSales, roles::kSupport}, "shop sync");
  const auto token = identity::ApiKeyToken::parse(created.token);
  ASSERT_TRUE(token);
  const auto principal = identity::verifyApiKey(session, *token);
  ASSERT_TRUE(principal);
  EXPECT_EQ(principal->tenantId, tenant.id);
  EXPECT_EQ(principal->actor, "key:" + std::to_string(created.id));
  EXPECT_EQ(principal->roles, (std::set<std::string>{"sales", "support"}));
  auto stored = session.query("SELECT key_hash FROM api_keys WHERE id = ?", {created.id});
  ASSERT_TRUE(stored.next());
  EXPECT_EQ(stored.string(1).find(token->secret), std::string::npos) << "only a hash is stored";
}

TEST_F(ApiKeys, WrongSecretsRevokedKeysAndOtherTenantsAreRefused) {
  const auto created = identity::createApiKey(session, ids, test.platform().access(), tenant.id,
                                              {roles::kOwner}, "");
  auto token = *identity::ApiKeyToken::parse(created.token);
  auto wrongSecret = token;
  wrongSecret.secret[0] = wrongSecret.secret[0] == 'A' ? 'B' : 'A';
  EXPECT_FALSE(identity::verifyApiKey(session, wrongSecret));
  auto otherTenant = token;
  otherTenant.tenantId += 1;
  EXPECT_FALSE(identity::verifyApiKey(session, otherTenant));
  session.execute("UPDATE api_keys SET revoked_at = UTC_TIMESTAMP(6) WHERE id = ?", {created.id});
  EXPECT_FALSE(identity::verifyApiKey(session, token));
}

TEST_F(ApiKeys, UnknownRolesAreRejectedWithTheField) {
  try {
    identity::createApiKey(session, ids, test.platform().access(), tenant.id,
                           {"owner", "superuser"}, "");
    FAIL() << "an unknown role must be refused";
  } catch (const ValidationError& e) {
    ASSERT_EQ(e.fieldErrors().size(), 1u);
    EXPECT_EQ(e.fieldErrors()[0].field, "roles");
    EXPECT_EQ(e.fieldErrors()[0].code, "unknown_role");
  }
  EXPECT_THROW(identity::createApiKey(session, ids, test.platform().access(), tenant.id, {}, ""),
               ValidationError);
}
