#pragma once

#include <caravan/platform/access.hpp>
#include <caravan/platform/embedded_file.hpp>
#include <caravan/platform/extensions.hpp>
#include <caravan/platform/http.hpp>
#include <caravan/platform/outbox.hpp>
#include <caravan/platform/personal_data.hpp>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace caravan {

class Platform;
class Settings;

/// Finds the principal behind a request's credentials. Returns nullopt when the request carries no
/// credentials of its kind (the next authenticator is asked); throws Unauthorized for credentials
/// of its kind that are wrong, expired or revoked.
class Authenticator {
 public:
  virtual ~Authenticator() = default;
  virtual std::optional<Principal> authenticate(const RequestContext& request) = 0;
};

/// `caravan admin <name> --flag value ...`
struct AdminCommand {
  std::string name;
  std::string usage;  ///< one line: flags and what it does
  /// Returns the process exit code; writes its result to `out`.
  std::function<int(const std::map<std::string, std::string>& flags, std::ostream& out)> run;
  std::string module = {};
};

/// Work that runs every `interval`: on one instance at a time (a database lock guards it), or on
/// every instance when `everyInstance` is set (heartbeats).
struct Job {
  std::string name;
  std::chrono::milliseconds interval;
  std::function<void()> run;
  bool everyInstance = false;
  std::string module = {};
};

/// What a module sees while it registers: the shared services, and the calls through which it
/// contributes its parts. Everything a module adds is recorded with the module's name.
class ModuleRegistry {
 public:
  ModuleRegistry(Platform& platform, std::string module);

  const std::string& moduleName() const { return module_; }
  Settings& settings();
  db::Pool& pool();
  IdGenerator& ids();
  Outbox& outbox();
  AccessControl& access();

  void migrations(const std::vector<EmbeddedFile>& files);
  /// The module's OpenAPI fragment ({"paths": ..., "components": {"schemas": ...}}).
  void apiDocument(const std::vector<EmbeddedFile>& files);
  void route(Route route);
  void permission(const std::string& permission, const std::string& description,
                  const std::vector<std::string>& grantedToRoles);
  void onEvent(const std::string& topic, const std::string& consumer, EventHandler handler);
  void job(Job job);
  void personalData(PersonalDataTable table);
  /// Declares a table that deliberately serves all tenants (a login directory, the outbox): it is
  /// exempt from the rule that every key leads with tenant_id. `reason` says why.
  void sharedTable(const std::string& table, const std::string& reason);
  void authenticator(std::shared_ptr<Authenticator> authenticator);
  void command(AdminCommand command);
  /// Contributes `item` to another module's extension point (see Extensions).
  template <typename Interface>
  void contribute(std::shared_ptr<Interface> item) {
    mutableExtensions().add<Interface>(std::move(item), module_);
  }
  /// Every module's contributions, for the module that owns an extension point to read at
  /// request time (keep the reference; it lives as long as the platform).
  const Extensions& extensions() const;

 private:
  Extensions& mutableExtensions();
  Platform& platform_;
  std::string module_;
};

/// A business capability: one folder under modules/, one class, one registration function.
/// A module adds only what it registers here; the platform knows nothing of any module.
class Module {
 public:
  virtual ~Module() = default;
  virtual std::string_view name() const = 0;
  virtual void registerWith(ModuleRegistry& registry) = 0;
};

}  // namespace caravan
