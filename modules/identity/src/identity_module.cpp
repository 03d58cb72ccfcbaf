#include <caravan/embedded/caravan_embedded_identity_migrations.hpp>
#include <caravan/embedded/caravan_embedded_identity_openapi.hpp>
#include <caravan/identity/api_keys.hpp>
#include <caravan/identity/identity_module.hpp>
#include <caravan/platform/settings.hpp>

#include "admin_commands.hpp"
#include "api_key_authenticator.hpp"
#include "identity_services.hpp"

namespace caravan::identity {

void IdentityModule::registerWith(ModuleRegistry& registry) {
  registry.migrations(caravan_embedded_identity::migrations());
  registry.apiDocument(caravan_embedded_identity::openapi());

  auto& settings = registry.settings();
  const auto keyCache = std::chrono::seconds(settings.integer(
      "identity.key_cache_seconds", 30, 0, 3600,
      "seconds a verified API key is trusted without a database read (revocation delay)"));
  const auto sessionCache =
      std::chrono::seconds(settings.integer("identity.session_cache_seconds", 5, 0, 300,
                                            "seconds a verified session is trusted without a "
                                            "database read (logout delay on other instances)"));
  LoginSettings login;
  login.sessionLifetime = std::chrono::hours(
      settings.integer("identity.session_hours", 12, 1, 24 * 30, "how long a web session lasts"));
  login.accountFailuresBeforeLock =
      static_cast<int>(settings.integer("identity.login_failures_before_lock", 5, 1, 100,
                                        "failed logins for one e-mail before it is locked"));
  login.addressFailuresBeforeDelay = static_cast<int>(
      settings.integer("identity.address_failures_before_delay", 20, 1, 10000,
                       "failed logins from one client address before it must wait"));
  const auto opsLimit = static_cast<unsigned long long>(settings.integer(
      "identity.password_ops_limit", 2, 1, 10, "Argon2id passes per password hash"));
  const auto memLimitKib = static_cast<std::size_t>(settings.integer(
      "identity.password_memory_kib", 65536, 8, 1 << 20, "Argon2id memory per password hash, KiB"));
  const std::string dataDir = settings.string("data_dir", "var", "");

  auto& pool = registry.pool();
  auto& ids = registry.ids();
  auto& access = registry.access();
  auto services = std::make_shared<IdentityServices>(pool, ids, access,
                                                     PasswordHasher(opsLimit, memLimitKib * 1024),
                                                     login, sessionCache, keyCache);
  registry.authenticator(services->apiKeys);
  registry.authenticator(services->sessions);

  const std::vector<std::string> everyone = {roles::kOwner,   roles::kAdmin,   roles::kSales,
                                             roles::kSupport, roles::kFinance, roles::kCompliance,
                                             roles::kAuditor};
  auto everyoneAndOperators = everyone;
  everyoneAndOperators.push_back(roles::kOperator);
  registry.permission("identity.me", "see who the caller is; end one's own session",
                      everyoneAndOperators);
  access.declareOperatorRole(roles::kOperator);
  registry.permission("platform.tenants.read", "list and read every tenant", {roles::kOperator});
  registry.permission("platform.tenants.write", "create tenants with their owner",
                      {roles::kOperator});
  registry.permission("identity.users.read", "list and read users",
                      {roles::kOwner, roles::kAdmin, roles::kAuditor});
  registry.permission("identity.users.write", "create users, change their roles, disable them",
                      {roles::kOwner, roles::kAdmin});
  registry.permission("identity.api_keys.read", "list API keys (never their secrets)",
                      {roles::kOwner, roles::kAdmin, roles::kAuditor});
  registry.permission("identity.api_keys.write", "create and revoke API keys",
                      {roles::kOwner, roles::kAdmin});

  registry.route({"POST",
                  "/api/v1/auth/login",
                  kPublic,
                  "identity.login",
                  [services](RequestContext& r) { return identity::login(*services, r); },
                  {}});
  registry.route({"POST",
                  "/api/v1/auth/logout",
                  "identity.me",
                  "identity.logout",
                  [services](RequestContext& r) { return logout(*services, r); },
                  {}});
  registry.route({"GET", "/api/v1/me", "identity.me", "identity.me", me, {}});
  registry.route(
      {"GET", "/api/v1/users", "identity.users.read", "identity.users.list", listUsersHandler, {}});
  registry.route({"POST",
                  "/api/v1/users",
                  "identity.users.write",
                  "identity.users.create",
                  [services](RequestContext& r) { return createUserHandler(*services, r); },
                  {}});
  registry.route({"GET",
                  "/api/v1/users/{id}",
                  "identity.users.read",
                  "identity.users.get",
                  getUserHandler,
                  {}});
  registry.route({"PATCH",
                  "/api/v1/users/{id}",
                  "identity.users.write",
                  "identity.users.update",
                  [services](RequestContext& r) { return updateUserHandler(*services, r); },
                  {}});
  registry.route({"GET",
                  "/api/v1/api-keys",
                  "identity.api_keys.read",
                  "identity.api_keys.list",
                  listApiKeysHandler,
                  {}});
  registry.route({"POST",
                  "/api/v1/api-keys",
                  "identity.api_keys.write",
                  "identity.api_keys.create",
                  [&access](RequestContext& r) { return createApiKeyHandler(access, r); },
                  {}});
  registry.route({"DELETE",
                  "/api/v1/api-keys/{id}",
                  "identity.api_keys.write",
                  "identity.api_keys.revoke",
                  [services](RequestContext& r) { return revokeApiKeyHandler(*services, r); },
                  {}});

  registry.sharedTable("user_logins", "finds the tenant of the e-mail address given at login");
  registry.sharedTable("login_failures",
                       "counts failed logins per address before any tenant is known");

  // Staff are data subjects too: their access export and erasure reach these columns.
  registry.personalData(
      {"users",
       "id",
       {{.column = "email", .category = PersonalCategory::Contact, .erasure = Erasure::Redact},
        {.column = "display_name",
         .category = PersonalCategory::Identity,
         .erasure = Erasure::Nullify}}});
  registry.personalData({"user_logins",
                         "user_id",
                         {{.column = "email",
                           .category = PersonalCategory::Contact,
                           .erasure = Erasure::DeleteRow}}});

  registry.route({"GET",
                  "/api/v1/tenants",
                  "platform.tenants.read",
                  "identity.tenants.list",
                  listTenantsHandler,
                  {}});
  registry.route({"POST",
                  "/api/v1/tenants",
                  "platform.tenants.write",
                  "identity.tenants.create",
                  [services](RequestContext& r) { return createTenantHandler(*services, r); },
                  {}});
  registry.route({"GET",
                  "/api/v1/tenants/{id}",
                  "platform.tenants.read",
                  "identity.tenants.get",
                  getTenantHandler,
                  {}});

  // Ended sessions and old failure counts are kept a day (for support questions), then removed in
  // small batches.
  registry.job(
      {"identity.prune-sessions", std::chrono::hours(1), [&pool] {
         while (pool.acquire().execute(
                    "DELETE FROM sessions WHERE (expires_at < UTC_TIMESTAMP(6) - "
                    "INTERVAL 1 DAY OR revoked_at < UTC_TIMESTAMP(6) - INTERVAL 1 DAY) "
                    "LIMIT 1000") == 1000) {
         }
         pool.acquire().execute(
             "DELETE FROM login_failures WHERE last_failure_at < UTC_TIMESTAMP(6) - INTERVAL 1 DAY "
             "AND (locked_until IS NULL OR locked_until < UTC_TIMESTAMP(6)) LIMIT 10000");
       }});

  registerCommands(registry, services, dataDir);
}

}  // namespace caravan::identity
