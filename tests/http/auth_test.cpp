// Sign-in, sessions, CSRF, lockouts, users and API keys over HTTP against the real server.
#include "http_fixture.hpp"

namespace caravan::testing {
namespace {

constexpr const char* kPassword = "quiet-lantern-47-orbit";

class AuthTest : public HttpFixture {
 protected:
  // The cheapest Argon2id cost and no caches: these tests check behaviour, not hashing strength.
  std::map<std::string, std::string> serverSettings() override {
    return {{"identity.password_ops_limit", "1"},
            {"identity.password_memory_kib", "8"},
            {"identity.key_cache_seconds", "0"},
            {"identity.session_cache_seconds", "0"},
            {"identity.login_failures_before_lock", "3"}};
  }

  void createUser(const std::string& tenantName, const std::string& email,
                  const std::string& roles) {
    tenant(tenantName);
    runCaravanOk(database().url(),
                 {"--set", "identity.password_ops_limit=1", "--set",
                  "identity.password_memory_kib=8", "admin", "create-user", "--tenant", tenantName,
                  "--email", email, "--password", kPassword, "--roles", roles});
  }

  HttpResult login(HttpClient& http, const std::string& email, const std::string& password) {
    return http.post("/api/v1/auth/login",
                     "{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}");
  }

  // The session cookie's value from a login answer's Set-Cookie.
  static std::string sessionCookie(const HttpResult& result) {
    const std::string header = result.header("Set-Cookie");
    const auto start = header.find("caravan_session=");
    if (start == std::string::npos)
      return {};
    const auto end = header.find(';', start);
    return header.substr(start, end - start);
  }
};

TEST_F(AuthTest, ALoginSetsAStrictHttpOnlyCookieAndTheSessionWorks) {
  createUser("Acme", "ana@example.com", "sales");
  auto http = client();
  const auto result = login(*http, "Ana@Example.com", kPassword);
  ASSERT_EQ(result.status, 200) << result.body;
  const std::string header = result.header("Set-Cookie");
  EXPECT_NE(header.find("HttpOnly"), std::string::npos) << header;
  EXPECT_NE(header.find("Secure"), std::string::npos) << header;
  EXPECT_NE(header.find("SameSite=Strict"), std::string::npos) << header;
  const auto body = result.json();
  EXPECT_EQ(str(body->getObject("user"), "email"), "ana@example.com");
  EXPECT_FALSE(str(body, "csrf_token").empty());
  EXPECT_EQ(result.body.find("password"), std::string::npos) << "no hash or password in the answer";

  const auto me = http->get("/api/v1/me", {{"Cookie", sessionCookie(result)}});
  ASSERT_EQ(me.status, 200) << me.body;
  EXPECT_EQ(str(me.json(), "tenant_id"), str(body, "tenant_id"));
  EXPECT_EQ(str(me.json()->getObject("user"), "email"), "ana@example.com");
}

TEST_F(AuthTest, StateChangingRequestsWithASessionNeedTheCsrfToken) {
  createUser("Acme", "olga@example.com", "owner");
  auto http = client();
  const auto signedIn = login(*http, "olga@example.com", kPassword);
  ASSERT_EQ(signedIn.status, 200) << signedIn.body;
  const std::string cookie = sessionCookie(signedIn);
  const std::string csrf = str(signedIn.json(), "csrf_token");

  const auto without = http->post("/api/v1/products", productBody("CSRF-1"), {{"Cookie", cookie}});
  expectProblem(without, 403, "csrf_failed");
  const auto wrong = http->post("/api/v1/products", productBody("CSRF-1"),
                                {{"Cookie", cookie}, {"X-CSRF-Token", "x"}});
  expectProblem(wrong, 403, "csrf_failed");
  const auto with = http->post("/api/v1/products", productBody("CSRF-1"),
                               {{"Cookie", cookie}, {"X-CSRF-Token", csrf}});
  EXPECT_EQ(with.status, 201) << with.body;
  EXPECT_EQ(http->get("/api/v1/products", {{"Cookie", cookie}}).status, 200)
      << "reads need no token";
}

TEST_F(AuthTest, LogoutEndsTheSession) {
  createUser("Acme", "ana@example.com", "sales");
  auto http = client();
  const auto signedIn = login(*http, "ana@example.com", kPassword);
  const std::string cookie = sessionCookie(signedIn);
  const std::string csrf = str(signedIn.json(), "csrf_token");
  const auto out = http->request("POST", "/api/v1/auth/logout", "",
                                 {{"Cookie", cookie}, {"X-CSRF-Token", csrf}});
  EXPECT_EQ(out.status, 204) << out.body;
  EXPECT_NE(out.header("Set-Cookie").find("Max-Age=0"), std::string::npos);
  expectProblem(http->get("/api/v1/me", {{"Cookie", cookie}}), 401, "unauthenticated");
}

TEST_F(AuthTest, WrongPasswordAndUnknownUserGetTheSameAnswer) {
  createUser("Acme", "ana@example.com", "sales");
  auto http = client();
  const auto wrong = login(*http, "ana@example.com", "not-her-password-at-all");
  const auto unknown = login(*http, "nobody@example.com", kPassword);
  const auto first = expectProblem(wrong, 401, "unauthenticated");
  const auto second = expectProblem(unknown, 401, "unauthenticated");
  EXPECT_EQ(str(first, "detail"), str(second, "detail"));
  EXPECT_EQ(wrong.header("Set-Cookie"), "");
}

TEST_F(AuthTest, RepeatedFailuresLockTheAddressWithRetryAfter) {
  createUser("Acme", "ana@example.com", "sales");
  auto http = client();
  for (int i = 0; i < 3; ++i)
    EXPECT_EQ(login(*http, "ana@example.com", "not-her-password-at-all").status, 401);
  const auto locked = login(*http, "ana@example.com", kPassword);
  expectProblem(locked, 429, "too_many_requests");
  EXPECT_FALSE(locked.header("Retry-After").empty());
}

TEST_F(AuthTest, LoginInputIsValidated) {
  auto http = client();
  const auto missing = http->post("/api/v1/auth/login", R"({"email": "a@b.example"})");
  expectProblem(missing, 400, "validation_failed");
  EXPECT_EQ(errorFields(missing.json()), std::vector<std::string>{"password"});
  expectProblem(http->post("/api/v1/auth/login", R"({"email": 5, "password": true})"), 400,
                "validation_failed");
}

TEST_F(AuthTest, OwnersManageUsersWithEveryProblemReportedAtOnce) {
  auto owner = client(keyFor("Acme", "owner"));
  const auto bad = owner->post("/api/v1/users",
                               R"({"email": "nope", "password": "short", "roles": ["wizard"]})");
  expectProblem(bad, 400, "validation_failed");
  const auto fields = errorFields(bad.json());
  EXPECT_EQ(std::set<std::string>(fields.begin(), fields.end()),
            (std::set<std::string>{"email", "password", "roles"}));

  const auto created = owner->post(
      "/api/v1/users",
      R"({"email": "Sam@Example.com", "password": "quiet-lantern-47-orbit", "roles": ["support"]})");
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(str(created.json(), "email"), "sam@example.com");
  const std::string id = str(created.json(), "id");
  const auto duplicate = owner->post(
      "/api/v1/users",
      R"({"email": "sam@example.com", "password": "another-long-passphrase", "roles": ["sales"]})");
  expectProblem(duplicate, 409, "duplicate");

  const auto disabled = owner->request("PATCH", "/api/v1/users/" + id, R"({"status": "disabled"})",
                                       {{"If-Match", created.header("ETag")}});
  ASSERT_EQ(disabled.status, 200) << disabled.body;
  EXPECT_EQ(str(disabled.json(), "status"), "disabled");
  expectProblem(login(*client(), "sam@example.com", kPassword), 401, "unauthenticated");
}

TEST_F(AuthTest, OnlyOwnersGrantTheOwnerRole) {
  auto admin = client(keyFor("Acme", "admin"));
  const auto result = admin->post(
      "/api/v1/users",
      R"({"email": "boss@example.com", "password": "quiet-lantern-47-orbit", "roles": ["owner"]})");
  expectProblem(result, 403, "forbidden");
  const auto key = admin->post("/api/v1/api-keys", R"({"label": "sneaky", "roles": ["owner"]})");
  expectProblem(key, 403, "forbidden");
}

TEST_F(AuthTest, ApiKeysAreShownOnceListedWithoutSecretsAndRevocable) {
  auto owner = client(keyFor("Acme", "owner"));
  const auto created =
      owner->post("/api/v1/api-keys", R"({"label": "Shop sync", "roles": ["sales"]})");
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string token = str(created.json(), "key");
  const std::string id = str(created.json(), "id");
  ASSERT_EQ(token.rfind("cvn_", 0), 0u);

  const auto listed = owner->get("/api/v1/api-keys");
  ASSERT_EQ(listed.status, 200);
  EXPECT_EQ(listed.body.find(token), std::string::npos) << "the secret is never shown again";
  EXPECT_NE(listed.body.find("Shop sync"), std::string::npos);

  auto sync = client(token);
  EXPECT_EQ(sync->get("/api/v1/products").status, 200);
  EXPECT_EQ(owner->request("DELETE", "/api/v1/api-keys/" + id).status, 204);
  expectProblem(sync->get("/api/v1/products"), 401, "unauthenticated");
  const auto audit = auditEntries(*owner, "&entity_type=api_key&entity_id=" + id);
  ASSERT_EQ(audit.size(), 2u) << "creation and revocation are audited";
  EXPECT_EQ(str(audit[0], "action"), "identity.api_keys.revoke");
  EXPECT_EQ(str(audit[1], "action"), "identity.api_keys.create");
  // The owner's own key came from the command line, audited with the actor "system".
  const auto setup = auditEntries(*owner, "&entity_type=api_key");
  EXPECT_EQ(setup.size(), 3u);
  EXPECT_EQ(str(setup.back(), "actor"), "system");
  EXPECT_EQ(str(setup.back(), "action"), "identity.admin.create-api-key");
}

}  // namespace
}  // namespace caravan::testing

namespace caravan::testing {
namespace {

// Default caches: a verified key is trusted for 30 s, but the instance that revokes it forgets it.
class CachedAuthTest : public HttpFixture {};

TEST_F(CachedAuthTest, ARevokedKeyStopsWorkingAtOnceOnTheRevokingInstance) {
  auto owner = client(keyFor("Acme", "owner"));
  const auto created =
      owner->post("/api/v1/api-keys", R"({"label": "Cached", "roles": ["sales"]})");
  ASSERT_EQ(created.status, 201) << created.body;
  auto sync = client(str(created.json(), "key"));
  ASSERT_EQ(sync->get("/api/v1/products").status, 200);  // now cached
  ASSERT_EQ(owner->request("DELETE", "/api/v1/api-keys/" + str(created.json(), "id")).status, 204);
  expectProblem(sync->get("/api/v1/products"), 401, "unauthenticated");
}

}  // namespace
}  // namespace caravan::testing
