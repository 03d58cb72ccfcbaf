#include <caravan/testing/test_database.hpp>
#include <cstdlib>
#include <random>
#include <stdexcept>

namespace caravan::testing {

std::string serverUrl() {
  const char* url = std::getenv("CARAVAN_TEST_DB_URL");
  if (!url || !*url) {
    throw std::runtime_error(
        "CARAVAN_TEST_DB_URL is not set: run the suite with scripts/test, which starts a "
        "throwaway MariaDB for it");
  }
  return url;
}

namespace {
std::string withDatabase(const std::string& server, const std::string& database) {
  std::string url = server;
  while (!url.empty() && url.back() == '/')
    url.pop_back();
  // Drop a database already named in the server URL.
  const auto scheme = url.find("://");
  const auto slash = url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  if (slash != std::string::npos)
    url = url.substr(0, slash);
  return url + "/" + database;
}

std::unique_ptr<db::Pool> poolFor(const std::string& url) {
  db::PoolSettings settings;
  settings.url = db::Url::parse(url);
  settings.maxSize = 4;
  return std::make_unique<db::Pool>(settings);
}
}  // namespace

TestDatabase::TestDatabase(const std::string& server) : server_(server) {
  std::random_device random;
  name_ = "caravan_t_" + std::to_string(random()) + std::to_string(random() % 100000);
  auto admin = poolFor(withDatabase(server_, ""));
  admin->acquire().executeDirect("CREATE DATABASE " + name_ +
                                 " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
  pool_ = poolFor(url());
}

TestDatabase::~TestDatabase() {
  pool_.reset();
  try {
    poolFor(withDatabase(server_, ""))->acquire().executeDirect("DROP DATABASE IF EXISTS " + name_);
  } catch (...) {
    // The server may be gone (a test that killed it); the whole instance is thrown away anyway.
  }
}

std::string TestDatabase::url() const {
  return withDatabase(server_, name_);
}

db::Session TestDatabase::session() {
  return pool_->acquire();
}

TestPlatform::TestPlatform(std::vector<std::unique_ptr<Module>> modules,
                           std::map<std::string, std::string> overrides)
    : modules_(std::move(modules)) {
  overrides["db.url"] = database_.url();
  overrides.emplace("db.pool_size", "8");
  platform_ = std::make_unique<Platform>(Settings::load("", overrides, {}));
  for (auto& module : modules_)
    platform_->add(*module);
  platform_->seal();
  auto session = platform_->pool().acquire();
  platform_->migrator().migrate(session);
  platform_->claimNode();
}

TestPlatform::~TestPlatform() {
  platform_->outbox().stopDispatcher();
  platform_->releaseNode();
}

}  // namespace caravan::testing
