#pragma once

#include <atomic>
#include <caravan/platform/access.hpp>
#include <caravan/platform/db.hpp>
#include <caravan/platform/ids.hpp>
#include <caravan/platform/metrics.hpp>
#include <caravan/platform/migrator.hpp>
#include <caravan/platform/module.hpp>
#include <caravan/platform/outbox.hpp>
#include <caravan/platform/router.hpp>
#include <caravan/platform/settings.hpp>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace caravan {

/// The platform's own settings (keys `http.*`, `db.*`, `log.*`, `shutdown.*`, `data_dir`).
struct PlatformSettings {
  std::string dataDir;
  std::string httpHost;
  int httpPort = 8080;
  std::string httpPortFile;    ///< when set, the bound port is written here (tests use port 0)
  std::string tlsCertificate;  ///< PEM file; with tlsPrivateKey, the server speaks HTTPS only
  std::string tlsPrivateKey;
  int httpThreads = 128;
  int httpQueue = 256;
  std::size_t maxBodyBytes = 1 << 20;
  std::chrono::milliseconds shutdownDeadline{10000};
  db::PoolSettings pool;
  bool migrateOnStart = false;
  std::string logLevel;
  bool accessLog = true;
  std::chrono::milliseconds outboxPoll{500};

  static PlatformSettings read(Settings& settings);
};

/// The shared layer every module registers with. Built once in main, handed to modules at
/// registration, owns the long-lived services.
class Platform {
 public:
  explicit Platform(Settings settings);
  ~Platform();

  /// Registers a module; call in the order of the module list.
  void add(Module& module);
  /// Checks what the modules registered: every route's permission is declared, no configuration
  /// key is unknown. Throws ConfigError.
  void seal();

  Settings& settings() { return settings_; }
  const PlatformSettings& config() const { return config_; }
  db::Pool& pool() { return *pool_; }
  IdGenerator& ids() { return ids_; }
  Outbox& outbox() { return *outbox_; }
  AccessControl& access() { return access_; }
  Router& router() { return router_; }
  Migrator& migrator() { return migrator_; }
  Metrics& metrics() { return metrics_; }
  const std::vector<PersonalDataTable>& personalData() const { return personalData_; }
  const std::vector<AdminCommand>& commands() const { return commands_; }
  const std::vector<Job>& jobs() const { return jobs_; }
  /// Tables that serve all tenants on purpose (name -> reason), exempt from tenant-led keys.
  const std::map<std::string, std::string>& sharedTables() const { return sharedTables_; }
  const std::vector<std::shared_ptr<Authenticator>>& authenticators() const {
    return authenticators_;
  }

  /// The merged OpenAPI 3.1 document of every module's fragment.
  JsonObject openApi() const;
  /// Routes that the OpenAPI document does not describe (method + pattern); empty when complete.
  std::vector<std::string> undocumentedRoutes() const;
  /// Personal-data declarations naming a table or column that the schema does not have.
  std::vector<std::string> checkPersonalData(db::Session& session) const;

  /// Claims a node id for the id generator from `platform_nodes` and keeps it alive.
  void claimNode();
  /// Claims a node if this instance has none yet (the database was down at start).
  void ensureNode();
  /// Keeps the claimed node alive (or claims one, if the database was down at start).
  void heartbeatNode();
  void releaseNode();
  bool nodeClaimed() const { return nodeClaimed_; }

 private:
  friend class ModuleRegistry;
  void addHousekeepingJobs();
  void addGauges();

  Settings settings_;
  PlatformSettings config_;
  std::unique_ptr<db::Pool> pool_;
  IdGenerator ids_;
  std::unique_ptr<Outbox> outbox_;
  AccessControl access_;
  Extensions extensions_;
  Router router_;
  Migrator migrator_;
  Metrics metrics_;
  std::vector<PersonalDataTable> personalData_;
  std::vector<AdminCommand> commands_;
  std::vector<Job> jobs_;
  std::map<std::string, std::string> sharedTables_;
  std::vector<std::shared_ptr<Authenticator>> authenticators_;
  std::vector<std::pair<std::string, std::string>> apiDocuments_;  // module, JSON text
  std::string nodeHolder_;
  std::atomic<bool> nodeClaimed_ = false;
  std::mutex nodeMutex_;
  bool sealed_ = false;
};

}  // namespace caravan
