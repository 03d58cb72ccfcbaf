// What authentication costs per request once a credential has been verified (the hot path):
// an API key (Authorization: Bearer) and a web session cookie, through the real authenticators.
// The first request of each credential reads the database; the benchmark measures the rest.
// Needs CARAVAN_BENCH_DB_URL (a server URL); bench/auth-cost starts a throwaway server.
#include <benchmark/benchmark.h>

#include <caravan/identity/api_keys.hpp>
#include <caravan/identity/identity_module.hpp>
#include <caravan/identity/tenants.hpp>
#include <caravan/platform/platform.hpp>
#include <cstdlib>
#include <iostream>

#include "accounts.hpp"
#include "api_key_authenticator.hpp"
#include "session_authenticator.hpp"
#include "sessions.hpp"

using namespace caravan;

namespace {

// Only what an authenticator reads: the method and the headers.
class HeadersOnly : public RequestContext {
 public:
  HeadersOnly(std::string method, std::map<std::string, std::string> headers)
      : method_(std::move(method)), headers_(std::move(headers)) {}
  const std::string& method() const override { return method_; }
  const std::string& requestId() const override { return method_; }
  const std::string& pathParam(const std::string&) const override {
    throw std::logic_error("unused");
  }
  std::optional<std::string> queryParam(const std::string&) const override { return std::nullopt; }
  std::optional<std::string> header(const std::string& name) const override {
    auto found = headers_.find(name);
    if (found == headers_.end())
      return std::nullopt;
    return found->second;
  }
  std::string_view body() const override { return {}; }
  JsonObject jsonBody() const override { throw std::logic_error("unused"); }
  const Principal& principal() const override { throw std::logic_error("unused"); }
  db::Session& db() override { throw std::logic_error("unused"); }
  db::TenantSession tenantDb() override { throw std::logic_error("unused"); }
  IdGenerator& ids() override { throw std::logic_error("unused"); }
  void publish(const std::string&, const JsonObject&) override { throw std::logic_error("unused"); }
  void audit(AuditNote) override {}

 private:
  std::string method_;
  std::map<std::string, std::string> headers_;
};

struct Setup {
  std::unique_ptr<Platform> platform;
  identity::IdentityModule module;
  std::string apiKey;
  std::string sessionCookie;

  Setup() {
    const char* server = std::getenv("CARAVAN_BENCH_DB_URL");
    if (!server) {
      std::cerr << "CARAVAN_BENCH_DB_URL is not set; run bench/auth-cost\n";
      std::exit(2);
    }
    std::string url = server;
    {
      db::PoolSettings admin;
      admin.url = db::Url::parse(url);
      admin.url.database.clear();
      db::Pool pool(admin);
      pool.acquire().executeDirect("DROP DATABASE IF EXISTS caravan_auth_bench");
      pool.acquire().executeDirect("CREATE DATABASE caravan_auth_bench CHARACTER SET utf8mb4");
    }
    if (url.back() != '/')
      url += '/';
    platform = std::make_unique<Platform>(
        Settings::load("", {{"db.url", url + "caravan_auth_bench"}}, {}));
    platform->add(module);
    platform->seal();
    auto session = platform->pool().acquire();
    platform->migrator().migrate(session);
    platform->claimNode();
    auto tenant = identity::createTenant(session, platform->ids(), "Bench");
    apiKey = identity::createApiKey(session, platform->ids(), platform->access(), tenant.id,
                                    {roles::kSales}, "bench")
                 .token;
    identity::Accounts accounts(platform->ids(), platform->access(),
                                identity::PasswordHasher(1, 8192));
    auto user =
        accounts.create(session, tenant.id,
                        {"bench@example.com", "quiet-lantern-47-orbit", std::nullopt, {"sales"}});
    sessionCookie =
        std::string(identity::kSessionCookie) + "=" +
        identity::createSession(session, platform->ids(), tenant.id, user.id, std::chrono::hours(1))
            .token;
  }
};

Setup& setup() {
  static Setup instance;
  return instance;
}

void ApiKeyVerifiedBefore(benchmark::State& state) {
  identity::ApiKeyAuthenticator authenticator(setup().platform->pool(), std::chrono::seconds(3600));
  HeadersOnly request("GET", {{"Authorization", "Bearer " + setup().apiKey}});
  authenticator.authenticate(request);  // the one database read
  for (auto _ : state)
    benchmark::DoNotOptimize(authenticator.authenticate(request));
}
BENCHMARK(ApiKeyVerifiedBefore);

void SessionCookieVerifiedBefore(benchmark::State& state) {
  identity::SessionAuthenticator authenticator(setup().platform->pool(),
                                               std::chrono::seconds(3600));
  HeadersOnly request("GET", {{"Cookie", "theme=dark; " + setup().sessionCookie + "; lang=de"}});
  authenticator.authenticate(request);
  for (auto _ : state)
    benchmark::DoNotOptimize(authenticator.authenticate(request));
}
BENCHMARK(SessionCookieVerifiedBefore);

void ApiKeyFirstSeen(benchmark::State& state) {
  // A cache that never holds: every call reads and updates the database (the cold path).
  identity::ApiKeyAuthenticator authenticator(setup().platform->pool(), std::chrono::seconds(0));
  HeadersOnly request("GET", {{"Authorization", "Bearer " + setup().apiKey}});
  for (auto _ : state)
    benchmark::DoNotOptimize(authenticator.authenticate(request));
}
BENCHMARK(ApiKeyFirstSeen)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
