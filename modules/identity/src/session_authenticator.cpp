#include "session_authenticator.hpp"

#include <caravan/platform/errors.hpp>
#include <caravan/platform/text.hpp>

namespace caravan::identity {

std::optional<std::string> cookieValue(const std::string& header, std::string_view name) {
  for (const auto& pair : splitList(header, ';')) {
    const auto equals = pair.find('=');
    if (equals != std::string::npos && std::string_view(pair).substr(0, equals) == name) {
      return pair.substr(equals + 1);
    }
  }
  return std::nullopt;
}

SessionAuthenticator::SessionAuthenticator(db::Pool& pool, std::chrono::seconds cacheFor)
    : pool_(pool), cacheFor_(cacheFor) {}

std::optional<Principal> SessionAuthenticator::authenticate(const RequestContext& request) {
  const auto header = request.header("Cookie");
  if (!header)
    return std::nullopt;
  const auto token = cookieValue(*header, kSessionCookie);
  if (!token || token->empty())
    return std::nullopt;
  const auto parts = parseToken(kSessionPrefix, *token);
  if (!parts)
    throw Unauthorized("the session cookie is not valid; sign in again");

  const std::string hash = sha256Hex(*token);
  std::optional<VerifiedSession> verified;
  const auto now = std::chrono::steady_clock::now();
  {
    std::lock_guard lock(mutex_);
    auto found = cache_.find(hash);
    if (found != cache_.end() && found->second.expires > now)
      verified = found->second.session;
  }
  if (!verified) {
    auto session = pool_.acquire();
    verified = verifySession(session, *parts);
    if (!verified)
      throw Unauthorized("the session has expired or ended; sign in again");
    std::lock_guard lock(mutex_);
    if (cache_.size() > 100000)
      cache_.clear();
    cache_[hash] = Cached{*verified, parts->id, now + cacheFor_};
  }
  const std::string& method = request.method();
  if (method != "GET" && method != "HEAD") {
    const auto csrf = request.header("X-CSRF-Token");
    if (!csrf || !constantTimeEquals(*csrf, verified->csrfToken)) {
      throw ApiError(
          403, "csrf_failed",
          "a state-changing request with a session needs the X-CSRF-Token given at login");
    }
  }
  return verified->principal;
}

void SessionAuthenticator::forget(std::uint64_t sessionId) {
  std::lock_guard lock(mutex_);
  for (auto it = cache_.begin(); it != cache_.end();) {
    it = it->second.sessionId == sessionId ? cache_.erase(it) : std::next(it);
  }
}

}  // namespace caravan::identity
