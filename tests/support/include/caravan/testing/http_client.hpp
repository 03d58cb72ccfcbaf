#pragma once

#include <caravan/platform/json.hpp>
#include <map>
#include <memory>
#include <string>

namespace Poco::Net {
class HTTPClientSession;
}

namespace caravan::testing {

struct HttpResult {
  int status = 0;
  std::map<std::string, std::string> headers;  ///< names lower-cased
  std::string body;

  /// The body parsed as a JSON object (fails the test if it is not one).
  JsonObject json() const;
  std::string header(const std::string& name) const;
};

/// A keep-alive HTTP/1.1 client for the server under test.
class HttpClient {
 public:
  explicit HttpClient(unsigned short port);
  ~HttpClient();

  void setBearer(const std::string& token) { bearer_ = token; }
  HttpResult request(const std::string& method, const std::string& path,
                     const std::string& body = "",
                     const std::map<std::string, std::string>& headers = {},
                     const std::string& contentType = "application/json");
  HttpResult get(const std::string& path, const std::map<std::string, std::string>& headers = {}) {
    return request("GET", path, "", headers);
  }
  HttpResult post(const std::string& path, const std::string& body,
                  const std::map<std::string, std::string>& headers = {}) {
    return request("POST", path, body, headers);
  }

 private:
  unsigned short port_;
  std::string bearer_;
  std::unique_ptr<Poco::Net::HTTPClientSession> session_;
};

}  // namespace caravan::testing
