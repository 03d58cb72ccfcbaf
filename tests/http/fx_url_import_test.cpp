// Importing a rate file from a URL: only allow-listed hosts, no redirects, nothing fetched for a
// refused URL. A file server on loopback stands in for the ECB (tests never use the internet).
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>

#include <atomic>
#include <caravan/testing/shared_data.hpp>

#include "http_fixture.hpp"

namespace caravan::testing {
namespace {

/// Serves /daily.xml (the ECB's daily file, labelled as octet-stream as some mirrors do),
/// /moved (a redirect), /page.html (not a rate file); 404 otherwise. Counts requests.
class RateFileServer {
 public:
  RateFileServer() : socket_(Poco::Net::SocketAddress("127.0.0.1", 0)) {
    auto params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(2);
    server_ = std::make_unique<Poco::Net::HTTPServer>(new Factory(*this), socket_, params);
    server_->start();
  }
  ~RateFileServer() { server_->stopAll(true); }

  std::string url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(socket_.address().port()) + path;
  }
  int requests() const { return requests_.load(); }

 private:
  class Handler : public Poco::Net::HTTPRequestHandler {
   public:
    explicit Handler(RateFileServer& owner) : owner_(owner) {}
    void handleRequest(Poco::Net::HTTPServerRequest& request,
                       Poco::Net::HTTPServerResponse& response) override {
      ++owner_.requests_;
      const std::string path = request.getURI();
      if (path == "/daily.xml") {
        const std::string body = readSharedData("ecb/eurofxref-daily.xml");
        response.setContentType("application/octet-stream");
        response.sendBuffer(body.data(), body.size());
      } else if (path == "/moved") {
        response.redirect("http://169.254.169.254/latest/meta-data/");
      } else if (path == "/page.html") {
        response.setContentType("text/html");
        response.send() << "<html><body>rates moved</body></html>";
      } else {
        response.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_NOT_FOUND);
        response.send();
      }
    }

   private:
    RateFileServer& owner_;
  };
  class Factory : public Poco::Net::HTTPRequestHandlerFactory {
   public:
    explicit Factory(RateFileServer& owner) : owner_(owner) {}
    Poco::Net::HTTPRequestHandler* createRequestHandler(
        const Poco::Net::HTTPServerRequest&) override {
      return new Handler(owner_);
    }

   private:
    RateFileServer& owner_;
  };

  Poco::Net::ServerSocket socket_;
  std::unique_ptr<Poco::Net::HTTPServer> server_;
  std::atomic<int> requests_{0};
};

std::string urlBody(const std::string& url) {
  return R"({"url": ")" + url + R"("})";
}

class FxUrlImportTest : public HttpFixture {
 protected:
  std::map<std::string, std::string> serverSettings() override {
    return {{"pricing.rate_import_hosts", "www.ecb.europa.eu, 127.0.0.1"},
            {"pricing.rate_import_allow_http", "true"}};
  }
  HttpResult importUrl(HttpClient& api, const std::string& url) {
    return api.request("POST", "/api/v1/fx-rates/import", urlBody(url));
  }
  RateFileServer files_;
};

TEST_F(FxUrlImportTest, ImportsFromAnAllowedHost) {
  auto finance = client(keyFor("Acme", "finance"));
  const auto result = importUrl(*finance, files_.url("/daily.xml"));
  ASSERT_EQ(result.status, 200) << result.body;
  EXPECT_EQ(str(result.json(), "first_date"), "2022-07-08");
  EXPECT_EQ(str(result.json(), "url"), files_.url("/daily.xml"));
  const auto converted =
      finance->get("/api/v1/fx/convert?amount=10.00&from=EUR&to=JPY&at=2022-07-08");
  ASSERT_EQ(converted.status, 200) << converted.body;
  EXPECT_EQ(str(converted.json(), "rate"), "138.05");
}

TEST_F(FxUrlImportTest, RefusesRedirectsMissingFilesAndOtherContent) {
  auto finance = client(keyFor("Acme", "finance"));
  expectProblem(importUrl(*finance, files_.url("/moved")), 422, "fetch_failed");
  expectProblem(importUrl(*finance, files_.url("/nothing.xml")), 422, "fetch_failed");
  const auto html = importUrl(*finance, files_.url("/page.html"));
  EXPECT_EQ(errorCodes(expectProblem(html, 400, "validation_failed")).at("url"), "invalid_file");
  expectProblem(finance->get("/api/v1/fx/convert?amount=1.00&from=EUR&to=USD&at=2022-07-08"), 422,
                "no_rate");
}

TEST_F(FxUrlImportTest, NeverFetchesAHostThatIsNotAllowed) {
  auto finance = client(keyFor("Acme", "finance"));
  const int before = files_.requests();
  const std::string port = files_.url("").substr(std::string("http://127.0.0.1:").size());
  for (const std::string& url : std::vector<std::string>{
           "http://localhost:" + port + "/daily.xml", "http://127.0.0.2:" + port + "/daily.xml",
           "http://user:secret@127.0.0.1:" + port + "/daily.xml", "file:///etc/passwd",
           "gopher://127.0.0.1/", "http://169.254.169.254/latest/meta-data/"}) {
    const auto refused = importUrl(*finance, url);
    EXPECT_EQ(errorCodes(expectProblem(refused, 400, "validation_failed")).at("url"), "not_allowed")
        << url;
  }
  EXPECT_EQ(files_.requests(), before) << "a refused URL is never fetched";
  const auto sales = client(keyFor("Acme", "sales"));
  expectProblem(importUrl(*sales, files_.url("/daily.xml")), 403, "forbidden");
}

class FxUrlImportDefaultsTest : public HttpFixture {};

TEST_F(FxUrlImportDefaultsTest, OnlyTheEcbOverHttpsByDefault) {
  auto finance = client(keyFor("Acme", "finance"));
  RateFileServer files;
  const auto local =
      finance->request("POST", "/api/v1/fx-rates/import", urlBody(files.url("/daily.xml")));
  EXPECT_EQ(errorCodes(expectProblem(local, 400, "validation_failed")).at("url"), "not_allowed");
  const auto plain =
      finance->request("POST", "/api/v1/fx-rates/import",
                       urlBody("http://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml"));
  EXPECT_EQ(errorCodes(expectProblem(plain, 400, "validation_failed")).at("url"), "not_allowed")
      << "plain HTTP is off unless configured";
  EXPECT_EQ(files.requests(), 0);
}

}  // namespace
}  // namespace caravan::testing
