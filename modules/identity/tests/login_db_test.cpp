// Users, logins, lockouts and sessions against a real database.
#include <gtest/gtest.h>

#include <caravan/identity/identity_module.hpp>
#include <caravan/identity/tenants.hpp>
#include <caravan/testing/test_database.hpp>

#include "accounts.hpp"
#include "login.hpp"
#include "sessions.hpp"

using namespace caravan;
using namespace caravan::identity;
using caravan::testing::TestPlatform;

namespace {
std::vector<std::unique_ptr<Module>> identityOnly() {
  std::vector<std::unique_ptr<Module>> modules;
  modules.push_back(std::make_unique<IdentityModule>());
  return modules;
}
constexpr const char* kPassword = "quiet-lantern-47-orbit";
}  // namespace

class Logins : public ::testing::Test {
 protected:
  Logins() {
    LoginSettings settings;
    settings.accountFailuresBeforeLock = 3;
    settings.addressFailuresBeforeDelay = 1000;
    service =
        std::make_unique<LoginService>(platform().pool(), platform().ids(), accounts, settings);
    platform().pool().transact([&](db::Session& session) {
      tenant = createTenant(session, platform().ids(), "Acme");
      user = accounts.create(session, tenant.id,
                             {" Ana@Example.COM ", kPassword, "Ana", {roles::kSales}});
    });
  }
  Platform& platform() { return test.platform(); }

  LoginOutcome attempt(const std::string& email, const std::string& password) {
    return platform().pool().transact([&](db::Session& session) {
      return service->login(session, email, password, "192.0.2.1", "test");
    });
  }
  int failedStatus(const std::string& email, const std::string& password) {
    try {
      attempt(email, password);
      return 200;
    } catch (const ApiError& e) {
      return e.status();
    }
  }

  TestPlatform test{identityOnly()};
  Accounts accounts{platform().ids(), platform().access(), PasswordHasher(1, 8192)};
  std::unique_ptr<LoginService> service;
  Tenant tenant;
  User user;
};

TEST_F(Logins, NormalisesTheEmailAndRefusesADuplicateAcrossTenants) {
  EXPECT_EQ(user.email, "ana@example.com");
  EXPECT_EQ(user.roles, std::set<std::string>{"sales"});
  auto session = platform().pool().acquire();
  const auto other = createTenant(session, platform().ids(), "Other");
  try {
    accounts.create(session, other.id,
                    {"ANA@example.com", "another-long-passphrase", std::nullopt, {"owner"}});
    FAIL() << "an e-mail address belongs to one user";
  } catch (const Conflict& e) {
    ASSERT_EQ(e.fieldErrors().size(), 1u);
    EXPECT_EQ(e.fieldErrors()[0].field, "email");
  }
}

TEST_F(Logins, ReportsEveryProblemWithANewUserAtOnce) {
  auto session = platform().pool().acquire();
  try {
    accounts.create(session, tenant.id,
                    {"not-an-address", "password1234", std::nullopt, {"wizard"}});
    FAIL() << "invalid input must be refused";
  } catch (const ValidationError& e) {
    std::set<std::string> fields;
    for (const auto& error : e.fieldErrors())
      fields.insert(error.field);
    EXPECT_EQ(fields, (std::set<std::string>{"email", "password", "roles"}));
  }
}

TEST_F(Logins, ARightPasswordOpensASessionThatVerifies) {
  const auto outcome = attempt("ANA@example.com", kPassword);
  EXPECT_EQ(outcome.user.id, user.id);
  auto session = platform().pool().acquire();
  const auto parts = parseToken(kSessionPrefix, outcome.session.token);
  ASSERT_TRUE(parts);
  const auto verified = verifySession(session, *parts);
  ASSERT_TRUE(verified);
  EXPECT_EQ(verified->principal.tenantId, tenant.id);
  EXPECT_EQ(verified->principal.actor, "user:" + std::to_string(user.id));
  EXPECT_EQ(verified->principal.roles, std::set<std::string>{"sales"});
  EXPECT_EQ(verified->csrfToken, outcome.session.csrfToken);
  revokeSession(session, tenant.id, parts->id);
  EXPECT_FALSE(verifySession(session, *parts)) << "a revoked session is over";
}

TEST_F(Logins, WrongPasswordAndUnknownAddressFailAlike) {
  EXPECT_EQ(failedStatus("ana@example.com", "wrong-password-here"), 401);
  EXPECT_EQ(failedStatus("nobody@example.com", kPassword), 401);
  auto session = platform().pool().acquire();
  auto rows = session.query("SELECT COUNT(*) FROM login_failures");
  ASSERT_TRUE(rows.next());
  EXPECT_EQ(rows.int64(1), 2) << "failures count for unknown addresses too";
  auto audit =
      session.query("SELECT COUNT(*) FROM audit_log WHERE action = 'identity.login.failed'");
  ASSERT_TRUE(audit.next());
  EXPECT_EQ(audit.int64(1), 2);
}

TEST_F(Logins, LocksAnAddressAfterRepeatedFailuresWhetherOrNotItExists) {
  for (int i = 0; i < 3; ++i)
    EXPECT_EQ(failedStatus("ana@example.com", "wrong-password-here"), 401);
  EXPECT_EQ(failedStatus("ana@example.com", kPassword), 429)
      << "locked even with the right password";
  for (int i = 0; i < 3; ++i)
    EXPECT_EQ(failedStatus("ghost@example.com", "whatever-password"), 401);
  EXPECT_EQ(failedStatus("ghost@example.com", "whatever-password"), 429)
      << "an unknown address locks the same way, so a lockout reveals nothing";
}

TEST_F(Logins, ASuccessClearsTheFailureCount) {
  EXPECT_EQ(failedStatus("ana@example.com", "wrong-password-here"), 401);
  EXPECT_EQ(failedStatus("ana@example.com", "wrong-password-here"), 401);
  EXPECT_EQ(failedStatus("ana@example.com", kPassword), 200);
  EXPECT_EQ(failedStatus("ana@example.com", "wrong-password-here"), 401);
  EXPECT_EQ(failedStatus("ana@example.com", kPassword), 200)
      << "the count restarted after the success";
}

TEST_F(Logins, ADisabledUserCannotSignIn) {
  platform().pool().acquire().execute("UPDATE users SET status = 'disabled' WHERE id = ?",
                                      {user.id});
  EXPECT_EQ(failedStatus("ana@example.com", kPassword), 401);
}

TEST(AddressThrottleTest, MakesAnAddressWaitAfterItsFreeFailures) {
  AddressThrottle throttle(2);
  throttle.failed("198.51.100.7");
  throttle.failed("198.51.100.7");
  EXPECT_EQ(throttle.waitFor("198.51.100.7"), 0);
  throttle.failed("198.51.100.7");
  EXPECT_GT(throttle.waitFor("198.51.100.7"), 0);
  EXPECT_EQ(throttle.waitFor("198.51.100.8"), 0) << "other addresses are not affected";
}

TEST_F(Logins, APruningJobRemovesSessionsEndedOverADayAgo) {
  const auto old = attempt("ana@example.com", kPassword);
  const auto fresh = attempt("ana@example.com", kPassword);
  auto session = platform().pool().acquire();
  session.execute("UPDATE sessions SET expires_at = UTC_TIMESTAMP(6) - INTERVAL 2 DAY WHERE id = ?",
                  {old.session.id});
  const auto& jobs = platform().jobs();
  auto job = std::find_if(jobs.begin(), jobs.end(),
                          [](const Job& j) { return j.name == "identity.prune-sessions"; });
  ASSERT_NE(job, jobs.end());
  job->run();
  auto rows = session.query("SELECT id FROM sessions");
  std::vector<std::uint64_t> left;
  while (rows.next())
    left.push_back(rows.uint64(1));
  EXPECT_EQ(left, std::vector<std::uint64_t>{fresh.session.id});
}

TEST_F(Logins, AnExpiredSessionNoLongerVerifies) {
  const auto outcome = attempt("ana@example.com", kPassword);
  auto session = platform().pool().acquire();
  const auto parts = parseToken(kSessionPrefix, outcome.session.token);
  ASSERT_TRUE(verifySession(session, *parts));
  session.execute(
      "UPDATE sessions SET expires_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND WHERE id = ?",
      {outcome.session.id});
  EXPECT_FALSE(verifySession(session, *parts));
}
