#include <Poco/File.h>
#include <Poco/Path.h>
#include <sys/stat.h>

#include <caravan/embedded/caravan_embedded_identity_migrations.hpp>
#include <caravan/embedded/caravan_embedded_identity_openapi.hpp>
#include <caravan/identity/api_keys.hpp>
#include <caravan/identity/identity_module.hpp>
#include <caravan/identity/tenants.hpp>
#include <caravan/platform/settings.hpp>
#include <caravan/platform/text.hpp>
#include <fstream>

#include "api_key_authenticator.hpp"

namespace caravan::identity {

namespace {

constexpr const char* kDemoTenant = "Demo Seller";

std::set<std::string> roleSet(const std::string& text) {
  const auto roles = splitList(text);
  return {roles.begin(), roles.end()};
}

const std::string& requiredFlag(const std::map<std::string, std::string>& flags,
                                const std::string& name) {
  auto found = flags.find(name);
  if (found == flags.end() || found->second.empty()) {
    throw ValidationError(name, "required", "is required");
  }
  return found->second;
}

Response me(RequestContext& request) {
  const Principal& principal = request.principal();
  auto body = makeObject();
  body->set("tenant_id", std::to_string(principal.tenantId));
  body->set("actor", principal.actor);
  auto roles = makeArray();
  for (const auto& role : principal.roles)
    roles->add(role);
  body->set("roles", roles);
  return Response::json(200, body);
}

}  // namespace

void IdentityModule::registerWith(ModuleRegistry& registry) {
  registry.migrations(caravan_embedded_identity::migrations());
  registry.apiDocument(caravan_embedded_identity::openapi());

  const auto cacheFor = std::chrono::seconds(registry.settings().integer(
      "identity.key_cache_seconds", 30, 0, 3600,
      "seconds a verified API key is trusted without a database read (revocation delay)"));
  const std::string dataDir = registry.settings().string("data_dir", "var", "");
  registry.authenticator(std::make_shared<ApiKeyAuthenticator>(registry.pool(), cacheFor));

  registry.permission("identity.me", "see who the caller is",
                      {roles::kOwner, roles::kAdmin, roles::kSales, roles::kSupport,
                       roles::kFinance, roles::kCompliance, roles::kAuditor});
  registry.route({"GET", "/api/v1/me", "identity.me", "identity.me", me, {}});

  auto& pool = registry.pool();
  auto& ids = registry.ids();
  auto& access = registry.access();

  registry.command({"create-tenant",
                    "--name NAME   create a seller organisation",
                    [&pool, &ids](const auto& flags, std::ostream& out) {
                      const auto tenant = pool.transact([&](db::Session& session) {
                        return createTenant(session, ids, requiredFlag(flags, "name"));
                      });
                      out << "tenant " << tenant.id << " '" << tenant.name << "' created\n";
                      return 0;
                    },
                    {}});

  registry.command(
      {"create-api-key",
       "--tenant NAME --roles r1,r2 [--label TEXT]   create an API key (printed once, last line)",
       [&pool, &ids, &access](const auto& flags, std::ostream& out) {
         const auto created = pool.transact([&](db::Session& session) {
           auto tenant = findTenantByName(session, requiredFlag(flags, "tenant"));
           if (!tenant)
             throw NotFound("no tenant named '" + flags.at("tenant") + "'");
           auto label =
               flags.count("label") ? flags.at("label") : std::string("created by caravan admin");
           return createApiKey(session, ids, access, tenant->id,
                               roleSet(requiredFlag(flags, "roles")), label);
         });
         out << "API key " << created.id << " created; it is shown only now:\n"
             << created.token << "\n";
         return 0;
       },
       {}});

  registry.command(
      {"bootstrap-demo",
       "  on an empty database, create a demo tenant with an owner API key",
       [&pool, &ids, &access, dataDir](const auto&, std::ostream& out) {
         const std::string keyFile = Poco::Path(dataDir).append("demo-api-key").toString();
         auto created = pool.transact([&](db::Session& session) -> std::optional<CreatedApiKey> {
           if (anyTenantExists(session))
             return std::nullopt;
           auto tenant = createTenant(session, ids, kDemoTenant);
           return createApiKey(session, ids, access, tenant.id, {roles::kOwner}, "demo owner key");
         });
         if (created) {
           Poco::File(dataDir).createDirectories();
           const mode_t previous = umask(077);  // the key file is readable by its owner only
           std::ofstream(keyFile) << created->token << "\n";
           umask(previous);
           out << "Created the demo tenant '" << kDemoTenant << "' with an owner API key (saved in "
               << keyFile << "):\n";
           out << created->token << "\n";
         } else if (Poco::File(keyFile).exists()) {
           std::string token;
           std::getline(std::ifstream(keyFile), token);
           out << "Demo owner API key (from " << keyFile << "):\n" << token << "\n";
         } else {
           out << "The database already has tenants; create a key with `caravan admin "
                  "create-api-key`.\n";
         }
         return 0;
       },
       {}});
}

}  // namespace caravan::identity
