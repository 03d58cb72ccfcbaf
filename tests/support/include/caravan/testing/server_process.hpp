#pragma once

#include <sys/types.h>

#include <map>
#include <string>
#include <vector>

namespace caravan::testing {

/// The built `caravan` binary (CARAVAN_BINARY, set by scripts/test).
std::string binaryPath();

struct CommandResult {
  int exitCode = -1;
  std::string output;  ///< standard output and standard error together
};

/// Runs `caravan ARGS` against `databaseUrl` and waits for it.
CommandResult runCaravan(const std::string& databaseUrl, const std::vector<std::string>& args,
                         const std::map<std::string, std::string>& settings = {});

/// `caravan serve` on a free loopback port, against `databaseUrl`. The constructor returns once
/// the server answers /healthz; the destructor stops it with SIGTERM.
class ServerProcess {
 public:
  explicit ServerProcess(const std::string& databaseUrl,
                         const std::map<std::string, std::string>& settings = {});
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;

  unsigned short port() const { return port_; }
  /// SIGTERM, then waits up to `seconds`; returns the exit code (-1 if it had to be killed).
  int terminate(int seconds = 20);
  /// Sends SIGTERM and returns at once.
  void signalTerminate();
  /// Waits for the process to end; returns its exit code, -1 on timeout.
  int wait(int seconds);
  /// SIGKILL, as in a crash.
  void kill();
  bool running();
  /// What the server wrote to standard error so far.
  std::string log() const;

 private:
  pid_t pid_ = -1;
  std::string directory_;
  unsigned short port_ = 0;
};

}  // namespace caravan::testing
