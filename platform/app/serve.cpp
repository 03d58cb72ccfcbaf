#include "serve.hpp"

#include <Poco/Logger.h>
#include <Poco/Util/ServerApplication.h>

#include <caravan/platform/http_server.hpp>
#include <caravan/platform/logging.hpp>
#include <caravan/platform/platform.hpp>
#include <caravan/platform/scheduler.hpp>

namespace caravan::app {

namespace {

class ServeApplication : public Poco::Util::ServerApplication {
 public:
  explicit ServeApplication(Platform& platform) : platform_(platform) {}

 protected:
  int main(const std::vector<std::string>&) override {
    const auto& config = platform_.config();
    // Poco's LoggingSubsystem reset the channels during initialize(): set ours again.
    configureLogging(config.logLevel);
    auto& log = Poco::Logger::get("caravan");
    log.information("database " + config.pool.url.redacted());
    try {
      if (config.migrateOnStart) {
        auto session = platform_.pool().acquire();
        const auto status = platform_.migrator().migrate(session);
        log.information(std::to_string(status.applied.size()) + " migrations applied");
      }
      {
        auto session = platform_.pool().acquire();
        if (const auto pending = platform_.migrator().status(session).pending.size()) {
          log.warning(
              std::to_string(pending) +
              " migrations are pending: run `caravan migrate`; /readyz answers 503 until then");
        }
      }
      platform_.claimNode();
      log.information("id node " + std::to_string(platform_.ids().node()));
    } catch (const ConfigError&) {
      throw;  // an edited migration or a full node table: do not serve
    } catch (const std::exception& e) {
      // The database may come up later: serve 503s meanwhile and claim the node when it does.
      log.warning(std::string("database not available at start (") + e.what() +
                  "); serving 503 until it is");
    }

    Scheduler scheduler(platform_.pool(), platform_.jobs());
    HttpServer http(platform_);
    platform_.outbox().startDispatcher(config.outboxPoll);
    scheduler.start();
    http.start();
    log.information("listening on " + http.scheme() + "://" + config.httpHost + ":" +
                    std::to_string(http.port()) + "/");

    waitForTerminationRequest();

    log.information("stopping: finishing " + std::to_string(http.inFlight()) +
                    " requests in flight");
    http.stop(config.shutdownDeadline);
    scheduler.stop();
    platform_.outbox().stopDispatcher();
    platform_.releaseNode();
    platform_.pool().close();
    log.information("stopped");
    return Poco::Util::Application::EXIT_OK;
  }

 private:
  Platform& platform_;
};

}  // namespace

int serve(Platform& platform, const char* argv0) {
  ServeApplication application(platform);
  // Options were parsed by the command line already; the application gets the program name only.
  char* args[] = {const_cast<char*>(argv0), nullptr};
  return application.run(1, args);
}

}  // namespace caravan::app
