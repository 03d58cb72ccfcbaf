// HTTPS through Poco NetSSL when a certificate is configured, with HSTS; nothing in clear text.
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/StreamCopier.h>

#include <filesystem>

#include "http_fixture.hpp"

namespace caravan::testing {
namespace {

/// A directory removed with everything in it when the test process ends: it holds a private key.
struct TemporaryDirectory {
  std::string path;
  ~TemporaryDirectory() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
};

class TlsTest : public HttpFixture {
 protected:
  static std::string directory() {
    static const TemporaryDirectory made{[] {
      char pattern[] = "/tmp/caravan-tls.XXXXXX";
      if (!mkdtemp(pattern))
        throw std::runtime_error("cannot create a temporary directory");
      const std::string dir = pattern;
      // A throwaway self-signed certificate, made here: tests download nothing.
      const std::string command =
          "openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 -keyout " + dir +
          "/key.pem -out " + dir + "/cert.pem >/dev/null 2>&1";
      if (std::system(command.c_str()) != 0)
        throw std::runtime_error("openssl could not make a certificate");
      return dir;
    }()};
    return made.path;
  }
  std::map<std::string, std::string> serverSettings() override {
    return {{"http.tls_certificate", directory() + "/cert.pem"},
            {"http.tls_private_key", directory() + "/key.pem"}};
  }
};

TEST_F(TlsTest, ServesHttpsWithStrictTransportSecurity) {
  Poco::Net::Context::Ptr context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "",
                                                           Poco::Net::Context::VERIFY_NONE);
  Poco::Net::HTTPSClientSession session("127.0.0.1", port(), context);
  Poco::Net::HTTPRequest request("GET", "/readyz", Poco::Net::HTTPMessage::HTTP_1_1);
  session.sendRequest(request);
  Poco::Net::HTTPResponse response;
  std::string body;
  Poco::StreamCopier::copyToString(session.receiveResponse(response), body);
  EXPECT_EQ(response.getStatus(), 200) << body;
  EXPECT_EQ(response.get("Strict-Transport-Security", ""), "max-age=31536000; includeSubDomains");
}

TEST_F(TlsTest, AnswersNothingInClearText) {
  HttpClient plain(port());
  EXPECT_THROW(plain.get("/healthz"), Poco::Exception);
}

}  // namespace
}  // namespace caravan::testing
