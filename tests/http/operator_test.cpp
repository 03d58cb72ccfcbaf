// Platform operators administer tenants; sellers can never hold or grant the operator role, and
// operators see no seller's business data.
#include "http_fixture.hpp"

namespace caravan::testing {
namespace {

constexpr const char* kPassword = "quiet-lantern-47-orbit";

class OperatorTest : public HttpFixture {
 protected:
  std::map<std::string, std::string> serverSettings() override {
    return {{"identity.password_ops_limit", "1"}, {"identity.password_memory_kib", "8"}};
  }
  std::vector<std::string> cheap(std::vector<std::string> args) {
    args.insert(args.begin(), {"--set", "identity.password_ops_limit=1", "--set",
                               "identity.password_memory_kib=8"});
    return args;
  }
  /// An API key of the platform operators (their tenant is made by create-operator).
  std::string operatorKey() {
    runCaravanOk(database().url(), cheap({"admin", "create-operator", "--email",
                                          "ops@caravan.example", "--password", kPassword}));
    return lastLine(runCaravanOk(database().url(), {"admin", "create-api-key", "--tenant",
                                                    "Platform operators", "--roles", "operator"}));
  }
};

TEST_F(OperatorTest, OperatorsListAndCreateTenantsWithTheirOwners) {
  tenant("Acme");
  auto ops = client(operatorKey());
  const auto listed = ops->get("/api/v1/tenants");
  ASSERT_EQ(listed.status, 200) << listed.body;
  EXPECT_NE(listed.body.find("\"Acme\""), std::string::npos) << listed.body;

  const auto created = ops->post("/api/v1/tenants",
                                 R"({"name": "Nordic Home", "owner_email": "founder@nordic.example",
                                                        "owner_password": "quiet-lantern-47-orbit"})");
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(str(created.json(), "kind"), "seller");
  EXPECT_EQ(ops->get("/api/v1/tenants/" + str(created.json(), "id")).status, 200);

  // The new owner signs in to their own tenant.
  const auto login = client()->post(
      "/api/v1/auth/login",
      R"({"email": "founder@nordic.example", "password": "quiet-lantern-47-orbit"})");
  ASSERT_EQ(login.status, 200) << login.body;
  EXPECT_EQ(str(login.json(), "tenant_id"), str(created.json(), "id"));
  expectProblem(
      ops->post("/api/v1/tenants", R"({"name": "Nordic Home", "owner_email": "x@y.example",
                                                 "owner_password": "quiet-lantern-47-orbit"})"),
      409, "duplicate");
}

TEST_F(OperatorTest, OperatorsSeeNoSellersBusinessData) {
  auto ops = client(operatorKey());
  const auto products = ops->get("/api/v1/products");
  expectProblem(products, 403, "forbidden");
  expectProblem(ops->get("/api/v1/audit-log"), 403, "forbidden");
  expectProblem(ops->get("/api/v1/users"), 403, "forbidden");
}

TEST_F(OperatorTest, SellersCannotReachOrGrantTheOperatorRole) {
  auto owner = client(keyFor("Acme", "owner"));
  const auto list = owner->get("/api/v1/tenants");
  const auto problem = expectProblem(list, 403, "forbidden");
  EXPECT_NE(str(problem, "detail").find("platform.tenants.read"), std::string::npos);

  const auto user = owner->post(
      "/api/v1/users", R"({"email": "mole@acme.example", "password": "quiet-lantern-47-orbit",
                                                     "roles": ["operator"]})");
  expectProblem(user, 400, "validation_failed");
  EXPECT_EQ(errorCodes(user.json()).at("roles"), "not_assignable");
  const auto key = owner->post("/api/v1/api-keys", R"({"label": "mole", "roles": ["operator"]})");
  expectProblem(key, 400, "validation_failed");
  EXPECT_EQ(errorCodes(key.json()).at("roles"), "not_assignable");

  const auto cli = runCaravan(
      database().url(), {"admin", "create-api-key", "--tenant", "Acme", "--roles", "operator"});
  EXPECT_NE(cli.exitCode, 0) << cli.output;
  EXPECT_NE(cli.output.find("held only by platform operators"), std::string::npos) << cli.output;
}

TEST_F(OperatorTest, TheOperatorsTenantHoldsNoSellerRoles) {
  operatorKey();
  const auto cli =
      runCaravan(database().url(),
                 cheap({"admin", "create-user", "--tenant", "Platform operators", "--email",
                        "sneaky@caravan.example", "--password", kPassword, "--roles", "owner"}));
  EXPECT_NE(cli.exitCode, 0) << cli.output;
  EXPECT_NE(cli.output.find("platform operators hold only operator roles"), std::string::npos)
      << cli.output;
}

}  // namespace
}  // namespace caravan::testing
