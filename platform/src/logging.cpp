#include <Poco/AutoPtr.h>
#include <Poco/ConsoleChannel.h>
#include <Poco/FormattingChannel.h>
#include <Poco/Logger.h>
#include <Poco/PatternFormatter.h>

#include <caravan/platform/errors.hpp>
#include <caravan/platform/logging.hpp>

namespace caravan {

void configureLogging(const std::string& level) {
  // logfmt: one line per event, key=value pairs after the message source; messages carry ids and
  // route names, never personal data (names, e-mails, addresses, raw paths or bodies).
  const std::string pattern = "ts=%Y-%m-%dT%H:%M:%S.%iZ level=%p source=%s %t";
  Poco::AutoPtr<Poco::PatternFormatter> formatter(new Poco::PatternFormatter(pattern));
  formatter->setProperty("times", "UTC");
  Poco::AutoPtr<Poco::ConsoleChannel> console(new Poco::ConsoleChannel);
  Poco::AutoPtr<Poco::FormattingChannel> channel(new Poco::FormattingChannel(formatter, console));
  try {
    Poco::Logger::root().setChannel(channel);
    Poco::Logger::root().setLevel(level);
    Poco::Logger::setChannel("", channel);
    Poco::Logger::setLevel("", Poco::Logger::parseLevel(level));
  } catch (const Poco::Exception&) {
    throw ConfigError(
        "log.level must be one of fatal, critical, error, warning, notice, information, debug, "
        "trace");
  }
}

}  // namespace caravan
