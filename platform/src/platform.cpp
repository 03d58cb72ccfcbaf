#include <Poco/Environment.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Logger.h>
#include <Poco/Process.h>

#include <caravan/embedded/caravan_embedded_platform_migrations.hpp>
#include <caravan/embedded/caravan_embedded_platform_openapi.hpp>
#include <caravan/platform/platform.hpp>
#include <caravan/platform/platform_routes.hpp>
#include <fstream>
#include <set>

namespace caravan {

PlatformSettings PlatformSettings::read(Settings& s) {
  PlatformSettings config;
  config.dataDir =
      s.string("data_dir", "var", "directory for the managed database and local files");
  config.httpHost = s.string("http.host", "127.0.0.1", "address the HTTP server listens on");
  config.httpPort =
      static_cast<int>(s.integer("http.port", 8080, 0, 65535, "HTTP port; 0 picks a free one"));
  config.httpPortFile = s.string("http.port_file", "", "write the bound HTTP port to this file");
  config.tlsCertificate =
      s.string("http.tls_certificate", "", "PEM certificate (chain) file: serve HTTPS");
  config.tlsPrivateKey =
      s.string("http.tls_private_key", "", "PEM private key file of the certificate");
  if (config.tlsCertificate.empty() != config.tlsPrivateKey.empty()) {
    throw ConfigError("http.tls_certificate and http.tls_private_key go together");
  }
  config.httpThreads = static_cast<int>(
      s.integer("http.threads", 128, 2, 4096, "most connections served at once (one thread each)"));
  config.httpQueue = static_cast<int>(
      s.integer("http.queue", 256, 1, 65536, "connections waiting for a thread before refusal"));
  config.maxBodyBytes = static_cast<std::size_t>(
      s.integer("http.max_body_bytes", 1 << 20, 1024, 1LL << 30, "largest request body accepted"));
  config.shutdownDeadline =
      std::chrono::milliseconds(s.integer("shutdown.deadline_ms", 10000, 0, 600000,
                                          "time in-flight requests get to finish on SIGTERM"));
  const std::string url = s.string("db.url", "", "mysql://user@host:port/database");
  // Without a URL, commands that need no database (config, help) still work; the pool refuses.
  config.pool.configured = !url.empty();
  if (!url.empty())
    config.pool.url = db::Url::parse(url);
  const std::string passwordFile =
      s.string("db.password_file", "", "file holding the database password (overrides the URL's)");
  if (!passwordFile.empty()) {
    std::ifstream in(passwordFile);
    if (!in)
      throw ConfigError("db.password_file '" + passwordFile + "' cannot be read");
    std::getline(in, config.pool.url.password);
  }
  config.pool.maxSize = static_cast<std::size_t>(
      s.integer("db.pool_size", 32, 1, 1000, "most database connections this process opens"));
  config.pool.waitTimeout = std::chrono::milliseconds(s.integer(
      "db.pool_wait_ms", 2000, 0, 60000, "how long a request waits for a free connection"));
  config.pool.connectTimeout = std::chrono::seconds(
      s.integer("db.connect_timeout_s", 2, 1, 60, "timeout for opening a database connection"));
  config.pool.readTimeout = std::chrono::seconds(
      s.integer("db.read_timeout_s", 30, 1, 3600, "timeout for one database round trip"));
  config.migrateOnStart =
      s.boolean("db.migrate_on_start", false, "apply pending migrations when `serve` starts");
  config.logLevel =
      s.string("log.level", "information", "fatal, error, warning, information, debug");
  config.accessLog =
      s.boolean("log.access", true, "log one line per request (route, status, time)");
  config.outboxPoll = std::chrono::milliseconds(s.integer(
      "outbox.poll_ms", 500, 10, 60000, "how often the outbox dispatcher looks for work"));
  return config;
}

Platform::Platform(Settings settings)
    : settings_(std::move(settings)), config_(PlatformSettings::read(settings_)) {
  pool_ = std::make_unique<db::Pool>(config_.pool);
  outbox_ = std::make_unique<Outbox>(*pool_, ids_);
  migrator_.add("platform", caravan_embedded_platform::migrations());
  apiDocuments_.emplace_back("platform",
                             std::string(caravan_embedded_platform::openapi().front().content));
  access_.declarePermission("audit.read", "read the audit log");
  for (const char* role : {roles::kOwner, roles::kAdmin, roles::kCompliance, roles::kAuditor}) {
    access_.grant(role, "audit.read");
  }
  sharedTables_["outbox_events"] = "events of every tenant, read across tenants by the dispatcher";
  registerPlatformRoutes(*this);
  addHousekeepingJobs();
  addGauges();
}

void Platform::addGauges() {
  metrics_.gauge("caravan_db_pool_open", "Database connections open",
                 [this] { return static_cast<double>(pool_->stats().open); });
  metrics_.gauge("caravan_db_pool_in_use", "Database connections leased to requests and jobs",
                 [this] { return static_cast<double>(pool_->stats().inUse); });
  metrics_.gauge("caravan_db_pool_waiting", "Requests waiting for a database connection",
                 [this] { return static_cast<double>(pool_->stats().waiting); });
  metrics_.gauge("caravan_db_pool_timeouts",
                 "Requests that gave up waiting for a connection (total)",
                 [this] { return static_cast<double>(pool_->stats().timeouts); });
  metrics_.gauge("caravan_outbox_lag_seconds", "Age of the oldest undelivered event",
                 [this] { return outbox_->lagSeconds(); });
}

void Platform::addHousekeepingJobs() {
  jobs_.push_back({"platform.node-heartbeat", std::chrono::seconds(30), [this] { heartbeatNode(); },
                   true, "platform"});
  // Delivered events are kept a week for inspection, then removed in small batches so that the
  // delete never holds locks for long.
  jobs_.push_back({"platform.outbox-prune", std::chrono::hours(1),
                   [this] {
                     while (pool_->acquire().execute(
                                "DELETE FROM outbox_events WHERE created_at < UTC_TIMESTAMP(6) - "
                                "INTERVAL 7 DAY AND NOT EXISTS (SELECT 1 FROM outbox_deliveries d "
                                "WHERE d.event_id = outbox_events.id) LIMIT 1000") == 1000) {
                     }
                   },
                   false, "platform"});
  // Idempotency keys protect retries within a day; older ones are forgotten.
  jobs_.push_back({"platform.idempotency-prune", std::chrono::hours(1),
                   [this] {
                     while (
                         pool_->acquire().execute(
                             "DELETE FROM idempotency_keys WHERE created_at < UTC_TIMESTAMP(6) - "
                             "INTERVAL 24 HOUR LIMIT 1000") == 1000) {
                     }
                   },
                   false, "platform"});
}

Platform::~Platform() = default;

void Platform::add(Module& module) {
  if (sealed_)
    throw ConfigError("modules must be added before the platform is sealed");
  ModuleRegistry registry(*this, std::string(module.name()));
  module.registerWith(registry);
}

void Platform::seal() {
  for (const auto& route : router_.routes()) {
    if (route.permission.empty()) {
      throw ConfigError("route " + route.method + " " + route.pattern + " (module " + route.module +
                        ") declares no permission; every route must (use kPublic for open ones)");
    }
    if (route.permission != kPublic && !access_.isDeclared(route.permission)) {
      throw ConfigError("route " + route.method + " " + route.pattern +
                        " requires undeclared permission '" + route.permission + "'");
    }
  }
  settings_.checkNoUnknownKeys();
  sealed_ = true;
}

JsonObject Platform::openApi() const {
  auto document = makeObject();
  document->set("openapi", "3.1.0");
  auto info = makeObject();
  info->set("title", "Caravan API");
  info->set("version", "1");
  document->set("info", info);
  auto paths = makeObject();
  auto components = makeObject();
  for (const auto& [module, text] : apiDocuments_) {
    Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(true));
    auto fragment = parser.parse(text).extract<Poco::JSON::Object::Ptr>();
    // Paths merge by method; components (schemas, parameters, responses) merge by name.
    auto mergeInto = [](JsonObject target, JsonObject source) {
      for (const auto& name : source->getNames()) {
        if (!target->has(name))
          target->set(name, makeObject());
        auto into = target->getObject(name);
        auto from = source->getObject(name);
        for (const auto& key : from->getNames())
          into->set(key, from->get(key));
      }
    };
    if (auto modulePaths = fragment->getObject("paths"))
      mergeInto(paths, modulePaths);
    if (auto moduleComponents = fragment->getObject("components"))
      mergeInto(components, moduleComponents);
  }
  document->set("paths", paths);
  auto securitySchemes = makeObject();
  auto bearer = makeObject();
  bearer->set("type", "http");
  bearer->set("scheme", "bearer");
  securitySchemes->set("bearer", bearer);
  if (components->has("securitySchemes")) {
    auto fromModules = components->getObject("securitySchemes");
    for (const auto& name : fromModules->getNames())
      securitySchemes->set(name, fromModules->get(name));
  }
  components->set("securitySchemes", securitySchemes);
  document->set("components", components);
  document->set("security", Poco::JSON::Array::Ptr(new Poco::JSON::Array));
  return document;
}

std::vector<std::string> Platform::undocumentedRoutes() const {
  std::vector<std::string> missing;
  auto document = openApi();
  auto paths = document->getObject("paths");
  for (const auto& route : router_.routes()) {
    std::string method = route.method;
    for (auto& c : method)
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto path = paths->getObject(route.pattern);
    auto operation = path ? path->getObject(method) : nullptr;
    if (!operation || !operation->has("summary") || !operation->getObject("responses")) {
      missing.push_back(route.method + " " + route.pattern);
    }
  }
  return missing;
}

std::vector<std::string> Platform::checkPersonalData(db::Session& session) const {
  std::vector<std::string> problems;
  for (const auto& table : personalData_) {
    std::set<std::string> columns;
    auto rows = session.query(
        "SELECT column_name FROM information_schema.columns "
        "WHERE table_schema = DATABASE() AND table_name = ?",
        {table.table});
    while (rows.next())
      columns.insert(rows.string(1));
    if (columns.empty()) {
      problems.push_back(table.module + ": table " + table.table + " does not exist");
      continue;
    }
    if (!columns.count(table.subjectColumn)) {
      problems.push_back(table.module + ": " + table.table + "." + table.subjectColumn +
                         " (subject column) does not exist");
    }
    for (const auto& column : table.columns) {
      if (!columns.count(column.column)) {
        problems.push_back(table.module + ": " + table.table + "." + column.column +
                           " does not exist");
      }
    }
  }
  return problems;
}

void Platform::ensureNode() {
  if (!nodeClaimed_)
    claimNode();
}

void Platform::claimNode() {
  std::lock_guard lock(nodeMutex_);
  if (nodeClaimed_)
    return;
  nodeHolder_ = Poco::Environment::nodeName() + ":" + std::to_string(Poco::Process::id());
  const auto node = pool_->transact([&](db::Session& session) {
    auto lock = session.query("SELECT GET_LOCK('caravan.nodes', 10)");
    if (!lock.next() || lock.isNull(1) || lock.int64(1) != 1) {
      throw Unavailable("could not lock the node registry", 1);
    }
    std::set<std::uint32_t> taken;
    auto rows = session.query(
        "SELECT node_id FROM platform_nodes "
        "WHERE heartbeat_at > UTC_TIMESTAMP(6) - INTERVAL 5 MINUTE");
    while (rows.next())
      taken.insert(static_cast<std::uint32_t>(rows.uint64(1)));
    std::uint32_t chosen = 0;
    while (chosen <= IdGenerator::kMaxNode && taken.count(chosen))
      ++chosen;
    if (chosen > IdGenerator::kMaxNode) {
      session.query("SELECT RELEASE_LOCK('caravan.nodes')");
      throw ConfigError("all 1024 id nodes are in use");
    }
    session.execute(
        "INSERT INTO platform_nodes (node_id, holder, heartbeat_at) VALUES (?, ?, "
        "UTC_TIMESTAMP(6)) "
        "ON DUPLICATE KEY UPDATE holder = VALUES(holder), heartbeat_at = VALUES(heartbeat_at)",
        {std::uint64_t{chosen}, nodeHolder_});
    session.query("SELECT RELEASE_LOCK('caravan.nodes')");
    return chosen;
  });
  ids_.setNode(node);
  nodeClaimed_ = true;
}

void Platform::heartbeatNode() {
  if (!nodeClaimed_) {
    claimNode();
    return;
  }
  std::lock_guard lock(nodeMutex_);
  pool_->acquire().execute(
      "UPDATE platform_nodes SET heartbeat_at = UTC_TIMESTAMP(6) WHERE node_id = ? AND holder = ?",
      {std::uint64_t{ids_.node()}, nodeHolder_});
}

void Platform::releaseNode() {
  std::lock_guard lock(nodeMutex_);
  if (!nodeClaimed_)
    return;
  try {
    pool_->acquire().execute("DELETE FROM platform_nodes WHERE node_id = ? AND holder = ?",
                             {std::uint64_t{ids_.node()}, nodeHolder_});
  } catch (const std::exception& e) {
    Poco::Logger::get("caravan").warning(std::string("could not release the id node: ") + e.what());
  }
  nodeClaimed_ = false;
}

// ---------------------------------------------------------------------------------------------

ModuleRegistry::ModuleRegistry(Platform& platform, std::string module)
    : platform_(platform), module_(std::move(module)) {}

Settings& ModuleRegistry::settings() {
  return platform_.settings_;
}
db::Pool& ModuleRegistry::pool() {
  return *platform_.pool_;
}
IdGenerator& ModuleRegistry::ids() {
  return platform_.ids_;
}
Outbox& ModuleRegistry::outbox() {
  return *platform_.outbox_;
}
AccessControl& ModuleRegistry::access() {
  return platform_.access_;
}

void ModuleRegistry::migrations(const std::vector<EmbeddedFile>& files) {
  platform_.migrator_.add(module_, files);
}

void ModuleRegistry::apiDocument(const std::vector<EmbeddedFile>& files) {
  for (const auto& file : files) {
    try {
      Poco::JSON::Parser parser;
      parser.parse(std::string(file.content)).extract<Poco::JSON::Object::Ptr>();
    } catch (const Poco::Exception& e) {
      throw ConfigError(module_ + "/" + std::string(file.name) +
                        " is not a JSON object: " + e.displayText());
    }
    platform_.apiDocuments_.emplace_back(module_, std::string(file.content));
  }
}

void ModuleRegistry::route(Route route) {
  route.module = module_;
  if (route.name.empty())
    throw ConfigError("route " + route.pattern + " has no name");
  platform_.router_.add(std::move(route));
}

void ModuleRegistry::permission(const std::string& permission, const std::string& description,
                                const std::vector<std::string>& grantedToRoles) {
  platform_.access_.declarePermission(permission, description);
  for (const auto& role : grantedToRoles)
    platform_.access_.grant(role, permission);
}

void ModuleRegistry::onEvent(const std::string& topic, const std::string& consumer,
                             EventHandler handler) {
  platform_.outbox_->subscribe(topic, consumer, std::move(handler));
}

void ModuleRegistry::job(Job job) {
  job.module = module_;
  platform_.jobs_.push_back(std::move(job));
}

void ModuleRegistry::personalData(PersonalDataTable table) {
  table.module = module_;
  for (const auto& column : table.columns) {
    if (column.erasure == Erasure::Retain && column.retainReason.empty()) {
      throw ConfigError(module_ + ": " + table.table + "." + column.column +
                        " is retained on erasure but names no reason");
    }
  }
  platform_.personalData_.push_back(std::move(table));
}

Extensions& ModuleRegistry::mutableExtensions() {
  return platform_.extensions_;
}

const Extensions& ModuleRegistry::extensions() const {
  return platform_.extensions_;
}

void ModuleRegistry::sharedTable(const std::string& table, const std::string& reason) {
  if (reason.empty())
    throw ConfigError(module_ + ": shared table " + table + " needs a reason");
  platform_.sharedTables_[table] = module_ + ": " + reason;
}

void ModuleRegistry::authenticator(std::shared_ptr<Authenticator> authenticator) {
  platform_.authenticators_.push_back(std::move(authenticator));
}

void ModuleRegistry::command(AdminCommand command) {
  command.module = module_;
  for (const auto& existing : platform_.commands_) {
    if (existing.name == command.name)
      throw ConfigError("admin command '" + command.name + "' registered twice");
  }
  platform_.commands_.push_back(std::move(command));
}

}  // namespace caravan
