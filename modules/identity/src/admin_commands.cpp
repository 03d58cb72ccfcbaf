#include "admin_commands.hpp"

#include <Poco/File.h>
#include <Poco/Path.h>
#include <sys/stat.h>

#include <caravan/identity/api_keys.hpp>
#include <caravan/identity/tenants.hpp>
#include <caravan/platform/audit.hpp>
#include <caravan/platform/text.hpp>
#include <fstream>

#include "identity_services.hpp"

namespace caravan::identity {

namespace {

constexpr const char* kDemoTenant = "Demo Seller";
constexpr const char* kDemoEmail = "owner@demo.caravan.test";

using Flags = std::map<std::string, std::string>;

std::set<std::string> roleSet(const std::string& text) {
  const auto roles = splitList(text);
  return {roles.begin(), roles.end()};
}

const std::string& requiredFlag(const Flags& flags, const std::string& name) {
  auto found = flags.find(name);
  if (found == flags.end() || found->second.empty())
    throw ValidationError(name, "required", "is required");
  return found->second;
}

std::optional<std::string> optionalFlag(const Flags& flags, const std::string& name) {
  auto found = flags.find(name);
  if (found == flags.end())
    return std::nullopt;
  return found->second;
}

Tenant tenantNamed(db::Session& session, const std::string& name) {
  auto tenant = findTenantByName(session, name);
  if (!tenant)
    throw NotFound("no tenant named '" + name + "'");
  return *tenant;
}

// Files in the data directory readable by their owner only (they hold credentials).
void writePrivateFile(const std::string& path, const std::string& text) {
  Poco::File(Poco::Path(path).parent()).createDirectories();
  const mode_t previous = umask(077);
  std::ofstream(path) << text;
  umask(previous);
}

// Changes made from the command line are audited like requests, with the actor "system".
void auditCommand(db::Session& session, IdGenerator& ids, std::uint64_t tenantId,
                  const std::string& command, const std::string& entityType,
                  std::uint64_t entityId) {
  writeAudit(session, ids,
             {tenantId, "system", "identity.admin." + command, "CLI", "caravan admin " + command, 0,
              entityType, std::to_string(entityId)});
}

std::string readFirstLine(const std::string& path) {
  std::string line;
  std::ifstream in(path);
  std::getline(in, line);
  return line;
}

}  // namespace

void registerCommands(ModuleRegistry& registry, std::shared_ptr<IdentityServices> services,
                      const std::string& dataDir) {
  auto& pool = registry.pool();
  auto& ids = registry.ids();
  auto& access = registry.access();

  registry.command(
      {"create-tenant",
       "--name NAME [--admin-email E --admin-password P]   a seller organisation (and its owner)",
       [&pool, &ids, services](const Flags& flags, std::ostream& out) {
         const auto email = optionalFlag(flags, "admin-email");
         const auto password = optionalFlag(flags, "admin-password");
         if (email.has_value() != password.has_value()) {
           throw ValidationError(email ? "admin-password" : "admin-email", "required",
                                 "--admin-email and --admin-password go together");
         }
         pool.transact([&](db::Session& session) {
           const auto tenant = createTenant(session, ids, requiredFlag(flags, "name"));
           auditCommand(session, ids, tenant.id, "create-tenant", "tenant", tenant.id);
           out << "tenant " << tenant.id << " '" << tenant.name << "' created\n";
           if (email) {
             const auto user = services->accounts.create(
                 session, tenant.id, {*email, *password, std::nullopt, {roles::kOwner}});
             auditCommand(session, ids, tenant.id, "create-tenant", "user", user.id);
             out << "owner " << user.email << " (user " << user.id << ") created\n";
           }
         });
         return 0;
       },
       {}});

  registry.command(
      {"create-user",
       "--tenant NAME --email E --password P --roles r1,r2 [--name DISPLAY]   a staff user",
       [&pool, &ids, services](const Flags& flags, std::ostream& out) {
         const auto user = pool.transact([&](db::Session& session) {
           const auto tenant = tenantNamed(session, requiredFlag(flags, "tenant"));
           auto made = services->accounts.create(
               session, tenant.id,
               {requiredFlag(flags, "email"), requiredFlag(flags, "password"),
                optionalFlag(flags, "name"), roleSet(requiredFlag(flags, "roles"))});
           auditCommand(session, ids, tenant.id, "create-user", "user", made.id);
           return made;
         });
         out << "user " << user.id << " " << user.email << " created\n";
         return 0;
       },
       {}});

  registry.command(
      {"create-operator",
       "--email E --password P [--name DISPLAY]   a platform operator (administers tenants)",
       [&pool, &ids, services](const Flags& flags, std::ostream& out) {
         const auto user = pool.transact([&](db::Session& session) {
           const auto tenant = operatorTenant(session, ids);
           auto made = services->accounts.create(session, tenant.id,
                                                 {requiredFlag(flags, "email"),
                                                  requiredFlag(flags, "password"),
                                                  optionalFlag(flags, "name"),
                                                  {roles::kOperator}});
           auditCommand(session, ids, tenant.id, "create-operator", "user", made.id);
           return made;
         });
         out << "operator " << user.email << " (user " << user.id << ") created\n";
         return 0;
       },
       {}});

  registry.command(
      {"create-api-key",
       "--tenant NAME --roles r1,r2 [--label TEXT]   an API key (printed once, last line)",
       [&pool, &ids, &access](const Flags& flags, std::ostream& out) {
         const auto created = pool.transact([&](db::Session& session) {
           const auto tenant = tenantNamed(session, requiredFlag(flags, "tenant"));
           auto made =
               createApiKey(session, ids, access, tenant.id, roleSet(requiredFlag(flags, "roles")),
                            optionalFlag(flags, "label").value_or("created by caravan admin"));
           auditCommand(session, ids, tenant.id, "create-api-key", "api_key", made.id);
           return made;
         });
         out << "API key " << created.id << " created; it is shown only now:\n"
             << created.token << "\n";
         return 0;
       },
       {}});

  registry.command(
      {"bootstrap-demo",
       "  on an empty database: a demo tenant, its owner login and an owner API key",
       [&pool, &ids, &access, services, dataDir](const Flags&, std::ostream& out) {
         const std::string keyFile = Poco::Path(dataDir).append("demo-api-key").toString();
         const std::string loginFile = Poco::Path(dataDir).append("demo-login").toString();
         const std::string password = "demo-" + randomSecret().substr(0, 16);
         auto created = pool.transact([&](db::Session& session) -> std::optional<CreatedApiKey> {
           if (anyTenantExists(session))
             return std::nullopt;
           auto tenant = createTenant(session, ids, kDemoTenant);
           services->accounts.create(session, tenant.id,
                                     {kDemoEmail, password, "Demo owner", {roles::kOwner}});
           return createApiKey(session, ids, access, tenant.id, {roles::kOwner}, "demo owner key");
         });
         if (created) {
           writePrivateFile(keyFile, created->token + "\n");
           writePrivateFile(loginFile, std::string(kDemoEmail) + "\n" + password + "\n");
           out << "Created the demo tenant '" << kDemoTenant << "'.\n";
         } else if (!Poco::File(keyFile).exists()) {
           out << "The database already has tenants; add users with `caravan admin create-user`.\n";
           return 0;
         }
         if (Poco::File(loginFile).exists()) {
           std::ifstream login(loginFile);
           std::string email, secret;
           std::getline(login, email);
           std::getline(login, secret);
           out << "Sign in as " << email << " with password " << secret << " (kept in " << loginFile
               << ")\n";
         }
         out << "API key with the owner role (kept in " << keyFile << "):\n"
             << readFirstLine(keyFile) << "\n";
         return 0;
       },
       {}});
}

}  // namespace caravan::identity
