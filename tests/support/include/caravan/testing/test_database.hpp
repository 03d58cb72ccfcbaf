#pragma once

#include <caravan/platform/db.hpp>
#include <caravan/platform/platform.hpp>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace caravan::testing {

/// The MariaDB server that scripts/test started (CARAVAN_TEST_DB_URL). A test run without it
/// fails with a message saying how to run the suite.
std::string serverUrl();

/// A fresh, empty database for one test, dropped when the object goes away.
class TestDatabase {
 public:
  /// On `server` (default: serverUrl()).
  explicit TestDatabase(const std::string& server = serverUrl());
  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;

  const std::string& name() const { return name_; }
  /// mysql://...:port/<name>
  std::string url() const;
  /// A session on this database, outside any platform.
  db::Session session();

 private:
  std::string server_;
  std::string name_;
  std::unique_ptr<db::Pool> pool_;
};

/// A platform with the given modules on a fresh database, migrated, with an id node claimed:
/// what `caravan serve` has, without the HTTP server.
class TestPlatform {
 public:
  explicit TestPlatform(std::vector<std::unique_ptr<Module>> modules = {},
                        std::map<std::string, std::string> overrides = {});
  ~TestPlatform();
  Platform& platform() { return *platform_; }
  TestDatabase& database() { return database_; }

 private:
  TestDatabase database_;
  std::vector<std::unique_ptr<Module>> modules_;
  std::unique_ptr<Platform> platform_;
};

}  // namespace caravan::testing
