#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <string>

namespace Poco {
class ThreadPool;
namespace Net {
class HTTPServer;
}
}  // namespace Poco

namespace caravan {

class Platform;

/// The HTTP front: routing, limits, authentication, permission checks, the request transaction
/// (with idempotency, audit and outbox), problem+json errors, metrics and the access log.
class HttpServer {
 public:
  explicit HttpServer(Platform& platform);
  ~HttpServer();

  /// Binds and starts serving; writes the port to http.port_file when configured.
  void start();
  unsigned short port() const;
  /// "https" when a certificate is configured, else "http".
  std::string scheme() const;
  /// Stops accepting, lets requests in flight finish until `deadline`, then closes the rest.
  void stop(std::chrono::milliseconds deadline);
  /// The count of requests inside a handler right now.
  int inFlight() const;

  struct State;  ///< shared with the request handlers, which may outlive a stop()

 private:
  Platform& platform_;
  std::shared_ptr<State> state_;
  std::unique_ptr<Poco::ThreadPool> pool_;
  std::unique_ptr<Poco::Net::HTTPServer> server_;
};

}  // namespace caravan
