#include "rate_fetch.hpp"

#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/URI.h>

#include <caravan/platform/errors.hpp>
#include <caravan/platform/text.hpp>
#include <memory>

namespace caravan::pricing {

namespace {

[[noreturn]] void refuse(const std::string& code, const std::string& message) {
  throw ValidationError("url", code, message);
}

}  // namespace

FetchedFile fetchRateFile(const std::string& url, const FetchPolicy& policy) {
  Poco::URI uri;
  try {
    uri = Poco::URI(url);
  } catch (const Poco::SyntaxException&) {
    refuse("invalid_url", "is not a URL");
  }
  const std::string scheme = asciiLower(uri.getScheme());
  if (scheme != "https" && !(scheme == "http" && policy.allowHttp))
    refuse("not_allowed",
           policy.allowHttp ? "must be an http or https URL" : "must be an https URL");
  if (!uri.getUserInfo().empty())
    refuse("not_allowed", "must not carry a user name or password");
  const std::string host = asciiLower(uri.getHost());
  if (host.empty())
    refuse("invalid_url", "names no host");
  if (!policy.hosts.count(host)) {
    std::string allowed;
    for (const auto& known : policy.hosts)
      allowed += (allowed.empty() ? "" : ", ") + known;
    refuse("not_allowed", "may only name " +
                              (allowed.empty() ? "no host (none configured)" : allowed) +
                              " (pricing.rate_import_hosts)");
  }

  try {
    std::unique_ptr<Poco::Net::HTTPClientSession> session;
    if (scheme == "https") {
      // The system's CA certificates, peer and host name verified.
      static const Poco::Net::Context::Ptr context =
          new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", "", "",
                                 Poco::Net::Context::VERIFY_RELAXED, 9, true);
      session =
          std::make_unique<Poco::Net::HTTPSClientSession>(uri.getHost(), uri.getPort(), context);
    } else
      session = std::make_unique<Poco::Net::HTTPClientSession>(uri.getHost(), uri.getPort());
    session->setTimeout(Poco::Timespan(policy.timeout.count(), 0));
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, uri.getPathAndQuery(),
                                   Poco::Net::HTTPMessage::HTTP_1_1);
    request.set("User-Agent", "Caravan rate import");
    session->sendRequest(request);
    Poco::Net::HTTPResponse response;
    std::istream& in = session->receiveResponse(response);
    if (response.getStatus() != Poco::Net::HTTPResponse::HTTP_OK) {
      throw Unprocessable("the rate file server answered " + std::to_string(response.getStatus()) +
                              " " + response.getReason() + " (redirects are not followed)",
                          "fetch_failed");
    }
    if (response.hasContentLength() &&
        response.getContentLength64() > static_cast<Poco::Int64>(policy.maxBytes)) {
      throw Unprocessable(
          "the rate file is larger than " + std::to_string(policy.maxBytes) + " bytes",
          "fetch_failed");
    }
    FetchedFile file{{}, response.getContentType()};
    char buffer[64 * 1024];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
      file.body.append(buffer, static_cast<std::size_t>(in.gcount()));
      if (file.body.size() > policy.maxBytes) {
        throw Unprocessable(
            "the rate file is larger than " + std::to_string(policy.maxBytes) + " bytes",
            "fetch_failed");
      }
    }
    return file;
  } catch (const Poco::Exception& e) {
    // The message names the network failure, never anything the server returned.
    throw Unprocessable("the rate file could not be fetched: " + e.displayText(), "fetch_failed");
  }
}

}  // namespace caravan::pricing
