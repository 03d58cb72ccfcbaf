#pragma once

#include <caravan/platform/access.hpp>
#include <caravan/platform/db.hpp>
#include <caravan/platform/ids.hpp>
#include <cstdint>
#include <optional>
#include <set>
#include <string>

namespace caravan::identity {

/// The parts of an API key token: `cvn_<tenant id>_<key id>_<secret>`.
struct ApiKeyToken {
  std::uint64_t tenantId = 0;
  std::uint64_t keyId = 0;
  std::string secret;

  std::string text() const;
  /// nullopt for anything that is not a well-formed token.
  static std::optional<ApiKeyToken> parse(const std::string& text);
};

struct CreatedApiKey {
  std::uint64_t id = 0;
  std::string token;  ///< shown once; only its hash is stored
};

/// Creates a key for `tenantId` holding `roles` (each must be a known role of `access`).
CreatedApiKey createApiKey(db::Session& session, IdGenerator& ids, const AccessControl& access,
                           std::uint64_t tenantId, const std::set<std::string>& roles,
                           const std::string& label);

/// The principal for a token, or nullopt if the key does not exist, is revoked, or the secret
/// does not match (compared in constant time).
std::optional<Principal> verifyApiKey(db::Session& session, const ApiKeyToken& token);

/// SHA-256 of the token text, hex.
std::string hashToken(const std::string& token);

}  // namespace caravan::identity
