#include <Poco/File.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <caravan/testing/server_process.hpp>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace caravan::testing {

std::string binaryPath() {
  const char* path = std::getenv("CARAVAN_BINARY");
  if (!path || !*path)
    throw std::runtime_error("CARAVAN_BINARY is not set: run the suite with scripts/test");
  return path;
}

namespace {

std::string makeDirectory() {
  char pattern[] = "/tmp/caravan-srv.XXXXXX";
  if (!mkdtemp(pattern))
    throw std::runtime_error("cannot create a temporary directory");
  return pattern;
}

// Starts the binary with `--set key=value` for each setting; its output goes to `logFile`.
// The environment is cleared of CARAVAN_* variables so that the test alone decides.
pid_t spawn(const std::vector<std::string>& args,
            const std::map<std::string, std::string>& settings, const std::string& logFile) {
  std::vector<std::string> argv = {binaryPath()};
  for (const auto& [key, value] : settings) {
    argv.push_back("--set");
    argv.push_back(key + "=" + value);
  }
  argv.insert(argv.end(), args.begin(), args.end());
  const pid_t pid = fork();
  if (pid < 0)
    throw std::runtime_error("fork failed");
  if (pid == 0) {
    const int fd = open(logFile.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    dup2(fd, 1);
    dup2(fd, 2);
    for (char** entry = environ; *entry;) {
      std::string text(*entry);
      if (text.rfind("CARAVAN_", 0) == 0) {
        unsetenv(text.substr(0, text.find('=')).c_str());
      } else {
        ++entry;
      }
    }
    std::vector<char*> raw;
    for (auto& arg : argv)
      raw.push_back(arg.data());
    raw.push_back(nullptr);
    execv(raw[0], raw.data());
    _exit(127);
  }
  return pid;
}

std::string readFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

int waitFor(pid_t pid, int seconds) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    const pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid)
      return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return -1;
}

}  // namespace

CommandResult runCaravan(const std::string& databaseUrl, const std::vector<std::string>& args,
                         const std::map<std::string, std::string>& settings) {
  const std::string directory = makeDirectory();
  auto all = settings;
  all["db.url"] = databaseUrl;
  all.emplace("data_dir", directory);
  const std::string logFile = directory + "/output.log";
  const pid_t pid = spawn(args, all, logFile);
  CommandResult result;
  result.exitCode = waitFor(pid, 60);
  if (result.exitCode == -1) {
    ::kill(pid, SIGKILL);
    waitpid(pid, nullptr, 0);
  }
  result.output = readFile(logFile);
  Poco::File(directory).remove(true);
  return result;
}

ServerProcess::ServerProcess(const std::string& databaseUrl,
                             const std::map<std::string, std::string>& settings)
    : directory_(makeDirectory()) {
  auto all = settings;
  all["db.url"] = databaseUrl;
  all.emplace("http.port", "0");
  all["http.port_file"] = directory_ + "/port";
  all.emplace("data_dir", directory_);
  all.emplace("db.pool_size", "16");
  all.emplace("http.threads", "32");
  pid_ = spawn({"serve"}, all, directory_ + "/server.log");
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (std::chrono::steady_clock::now() < deadline) {
    if (!running())
      throw std::runtime_error("caravan serve exited during start-up:\n" + log());
    std::ifstream in(directory_ + "/port");
    if (in >> port_ && port_ != 0) {
      try {
        std::unique_ptr<Poco::Net::HTTPClientSession> client;
        if (all.count("http.tls_certificate")) {
          client = std::make_unique<Poco::Net::HTTPSClientSession>(
              "127.0.0.1", port_,
              new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "",
                                     Poco::Net::Context::VERIFY_NONE));
        } else {
          client = std::make_unique<Poco::Net::HTTPClientSession>("127.0.0.1", port_);
        }
        auto& session = *client;
        Poco::Net::HTTPRequest request("GET", "/healthz");
        session.sendRequest(request);
        Poco::Net::HTTPResponse response;
        session.receiveResponse(response);
        if (response.getStatus() == 200)
          return;
      } catch (const Poco::Exception&) {
        // not listening yet
      }
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  kill();
  throw std::runtime_error("caravan serve did not answer /healthz within 30 s:\n" + log());
}

ServerProcess::~ServerProcess() {
  if (pid_ > 0)
    terminate();
  try {
    Poco::File(directory_).remove(true);
  } catch (...) {
    // leftover temporary files do not fail a test
  }
}

bool ServerProcess::running() {
  if (pid_ <= 0)
    return false;
  int status = 0;
  if (waitpid(pid_, &status, WNOHANG) == pid_) {
    pid_ = -1;
    return false;
  }
  return true;
}

void ServerProcess::signalTerminate() {
  if (pid_ > 0)
    ::kill(pid_, SIGTERM);
}

int ServerProcess::wait(int seconds) {
  if (pid_ <= 0)
    return -1;
  const int code = waitFor(pid_, seconds);
  if (code != -1)
    pid_ = -1;
  return code;
}

int ServerProcess::terminate(int seconds) {
  if (pid_ <= 0)
    return -1;
  signalTerminate();
  const int code = wait(seconds);
  if (code == -1)
    kill();
  return code;
}

void ServerProcess::kill() {
  if (pid_ <= 0)
    return;
  ::kill(pid_, SIGKILL);
  waitpid(pid_, nullptr, 0);
  pid_ = -1;
}

std::string ServerProcess::log() const {
  return readFile(directory_ + "/server.log");
}

}  // namespace caravan::testing
