#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <gtest/gtest.h>

#include <caravan/testing/http_client.hpp>

namespace caravan::testing {

JsonObject HttpResult::json() const {
  try {
    Poco::JSON::Parser parser;
    return parser.parse(body).extract<Poco::JSON::Object::Ptr>();
  } catch (const std::exception& e) {
    ADD_FAILURE() << "response body is not a JSON object: " << body.substr(0, 500);
    return makeObject();
  }
}

std::string HttpResult::header(const std::string& name) const {
  std::string lower = name;
  for (auto& c : lower)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto found = headers.find(lower);
  return found == headers.end() ? std::string() : found->second;
}

HttpClient::HttpClient(unsigned short port)
    : port_(port), session_(std::make_unique<Poco::Net::HTTPClientSession>("127.0.0.1", port)) {
  session_->setTimeout(Poco::Timespan(30, 0));
}

HttpClient::~HttpClient() = default;

HttpResult HttpClient::request(const std::string& method, const std::string& path,
                               const std::string& body,
                               const std::map<std::string, std::string>& headers,
                               const std::string& contentType) {
  Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
  request.setKeepAlive(true);
  if (!bearer_.empty())
    request.set("Authorization", "Bearer " + bearer_);
  if (!body.empty() || method == "POST" || method == "PATCH" || method == "PUT") {
    request.setContentType(contentType);
    request.setContentLength64(static_cast<Poco::Int64>(body.size()));
  }
  for (const auto& [name, value] : headers)
    request.set(name, value);
  HttpResult result;
  Poco::Net::HTTPResponse response;
  try {
    session_->sendRequest(request) << body;
    std::istream& in = session_->receiveResponse(response);
    Poco::StreamCopier::copyToString(in, result.body);
  } catch (const Poco::Exception&) {
    // A connection the server closed (after a 413, or at shutdown): retry once on a fresh one.
    session_ = std::make_unique<Poco::Net::HTTPClientSession>("127.0.0.1", port_);
    session_->setTimeout(Poco::Timespan(30, 0));
    session_->sendRequest(request) << body;
    std::istream& in = session_->receiveResponse(response);
    Poco::StreamCopier::copyToString(in, result.body);
  }
  result.status = static_cast<int>(response.getStatus());
  for (const auto& [name, value] : response) {
    std::string lower = name;
    for (auto& c : lower)
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    result.headers[lower] = value;
  }
  if (!response.getKeepAlive())
    session_->reset();
  return result;
}

}  // namespace caravan::testing
