#pragma once

#include <caravan/platform/module.hpp>
#include <chrono>
#include <mutex>
#include <unordered_map>

namespace caravan::identity {

/// `Authorization: Bearer cvn_...`. A verified key is trusted for `cacheFor` without reading the
/// database again, so authentication costs a hash and a map lookup on the hot path; revoking a
/// key therefore takes effect within `cacheFor`.
class ApiKeyAuthenticator : public Authenticator {
 public:
  ApiKeyAuthenticator(db::Pool& pool, std::chrono::seconds cacheFor);
  std::optional<Principal> authenticate(const RequestContext& request) override;
  /// Drops a revoked key from this instance's cache (other instances: within `cacheFor`).
  void forget(std::uint64_t keyId);

 private:
  struct Cached {
    Principal principal;
    std::uint64_t keyId;
    std::chrono::steady_clock::time_point expires;
  };
  db::Pool& pool_;
  std::chrono::seconds cacheFor_;
  std::mutex mutex_;
  std::unordered_map<std::string, Cached> cache_;  // token hash -> principal
};

}  // namespace caravan::identity
