#include <Poco/File.h>
#include <Poco/TemporaryFile.h>

#include <array>
#include <caravan/testing/mariadb_instance.hpp>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace caravan::testing {

namespace {
std::string scriptPath() {
  const char* path = std::getenv("CARAVAN_MARIADB_INSTANCE_SCRIPT");
  if (!path || !*path) {
    throw std::runtime_error(
        "CARAVAN_MARIADB_INSTANCE_SCRIPT is not set: run the suite with scripts/test");
  }
  return path;
}
}  // namespace

MariaDbInstance::MariaDbInstance() {
  char pattern[] = "/tmp/caravan-mdb.XXXXXX";
  if (!mkdtemp(pattern))
    throw std::runtime_error("cannot create a temporary directory");
  directory_ = pattern;
  start();
}

MariaDbInstance::~MariaDbInstance() {
  try {
    script("stop");
    Poco::File(directory_).remove(true);
  } catch (...) {
    // Best effort: a leftover temporary directory must not fail a test that passed.
  }
}

std::string MariaDbInstance::script(const std::string& action) {
  const std::string command =
      scriptPath() + " " + action + " " + directory_ + " 2>>" + directory_ + "/script.log";
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe)
    throw std::runtime_error("cannot run " + command);
  std::string output;
  std::array<char, 256> buffer{};
  while (fgets(buffer.data(), buffer.size(), pipe))
    output += buffer.data();
  const int status = pclose(pipe);
  if (status != 0) {
    std::ifstream log(directory_ + "/script.log");
    std::stringstream text;
    text << log.rdbuf();
    throw std::runtime_error("'" + command + "' failed with status " + std::to_string(status) +
                             ":\n" + text.str());
  }
  while (!output.empty() && (output.back() == '\n' || output.back() == '\r'))
    output.pop_back();
  return output;
}

void MariaDbInstance::kill() {
  script("kill");
}

void MariaDbInstance::start() {
  url_ = script("start");
}

}  // namespace caravan::testing
