#include "api_key_authenticator.hpp"

#include <caravan/identity/api_keys.hpp>
#include <caravan/platform/errors.hpp>

namespace caravan::identity {

ApiKeyAuthenticator::ApiKeyAuthenticator(db::Pool& pool, std::chrono::seconds cacheFor)
    : pool_(pool), cacheFor_(cacheFor) {}

std::optional<Principal> ApiKeyAuthenticator::authenticate(const RequestContext& request) {
  auto header = request.header("Authorization");
  if (!header)
    return std::nullopt;
  constexpr std::string_view kScheme = "Bearer ";
  if (header->size() <= kScheme.size() || header->compare(0, kScheme.size(), kScheme) != 0) {
    return std::nullopt;
  }
  const std::string text = header->substr(kScheme.size());
  auto token = ApiKeyToken::parse(text);
  if (!token)
    throw Unauthorized("the bearer token is not a Caravan API key");

  const std::string hash = hashToken(text);
  const auto now = std::chrono::steady_clock::now();
  {
    std::lock_guard lock(mutex_);
    auto found = cache_.find(hash);
    if (found != cache_.end() && found->second.expires > now)
      return found->second.principal;
    if (cache_.size() > 10000)
      cache_.clear();  // bound memory against floods of distinct keys
  }
  auto session = pool_.acquire();
  auto principal = verifyApiKey(session, *token);
  if (!principal)
    throw Unauthorized("the API key is unknown or revoked");
  session.execute(
      "UPDATE api_keys SET last_used_at = UTC_TIMESTAMP(6) WHERE tenant_id = ? AND id = ?",
      {token->tenantId, token->keyId});
  std::lock_guard lock(mutex_);
  cache_[hash] = Cached{*principal, token->keyId, now + cacheFor_};
  return principal;
}

void ApiKeyAuthenticator::forget(std::uint64_t keyId) {
  std::lock_guard lock(mutex_);
  for (auto it = cache_.begin(); it != cache_.end();) {
    it = it->second.keyId == keyId ? cache_.erase(it) : std::next(it);
  }
}

}  // namespace caravan::identity
