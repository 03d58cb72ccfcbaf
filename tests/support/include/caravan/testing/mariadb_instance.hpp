#pragma once

#include <string>

namespace caravan::testing {

/// A MariaDB server of the test's own, for tests that kill and restart it (the shared server must
/// stay up for the other tests). Started with scripts/mariadb-instance.
class MariaDbInstance {
 public:
  MariaDbInstance();
  ~MariaDbInstance();
  MariaDbInstance(const MariaDbInstance&) = delete;

  /// mysql://root@127.0.0.1:<port>/ (no database)
  const std::string& serverUrl() const { return url_; }
  /// SIGKILL: the server dies as in a crash or an OOM kill.
  void kill();
  /// Starts it again on the same port and data directory.
  void start();

 private:
  std::string script(const std::string& action);
  std::string directory_;
  std::string url_;
};

}  // namespace caravan::testing
