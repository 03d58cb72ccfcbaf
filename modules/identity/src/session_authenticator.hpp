#pragma once

#include <caravan/platform/module.hpp>
#include <chrono>
#include <mutex>
#include <unordered_map>

#include "sessions.hpp"

namespace caravan::identity {

/// The web UI's session cookie (`caravan_session`). State-changing requests must echo the
/// session's CSRF token in `X-CSRF-Token` (the cookie is also SameSite=Strict). A verified session
/// is trusted for `cacheFor` without a database read; logout on this instance takes effect at
/// once, on others within `cacheFor`.
class SessionAuthenticator : public Authenticator {
 public:
  SessionAuthenticator(db::Pool& pool, std::chrono::seconds cacheFor);
  std::optional<Principal> authenticate(const RequestContext& request) override;
  /// Drops a revoked session from this instance's cache.
  void forget(std::uint64_t sessionId);

 private:
  struct Cached {
    VerifiedSession session;
    std::uint64_t sessionId;
    std::chrono::steady_clock::time_point expires;
  };
  db::Pool& pool_;
  std::chrono::seconds cacheFor_;
  std::mutex mutex_;
  std::unordered_map<std::string, Cached> cache_;  // token hash -> session
};

/// The value of cookie `name` in a Cookie header, if present.
std::optional<std::string> cookieValue(const std::string& header, std::string_view name);

}  // namespace caravan::identity
