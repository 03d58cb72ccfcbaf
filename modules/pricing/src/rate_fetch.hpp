#pragma once

#include <chrono>
#include <set>
#include <string>

namespace caravan::pricing {

/// Which URLs the server may fetch rate files from on a user's behalf. Fetching a URL a user typed
/// is a server-side request forgery risk (the server can reach what the user cannot: the
/// database, metadata services, the intranet), so only allow-listed hosts are fetched, over HTTPS
/// unless plain HTTP is allowed, without following redirects, within a size and a time limit.
struct FetchPolicy {
  std::set<std::string> hosts;  ///< exact host names, lower case
  bool allowHttp = false;
  std::size_t maxBytes = 64 << 20;
  std::chrono::seconds timeout{30};
};

/// A fetched file and the media type the server gave it.
struct FetchedFile {
  std::string body;
  std::string contentType;
};

/// Fetches `url` under `policy`. Throws ValidationError on field "url" when the URL breaks the
/// policy ("not_allowed", "invalid_url"), and Unprocessable ("fetch_failed") when the download
/// fails, times out, answers other than 200, or is larger than allowed.
FetchedFile fetchRateFile(const std::string& url, const FetchPolicy& policy);

}  // namespace caravan::pricing
