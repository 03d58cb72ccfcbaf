#pragma once

#include <caravan/platform/access.hpp>
#include <caravan/platform/db.hpp>
#include <caravan/platform/ids.hpp>
#include <chrono>
#include <optional>
#include <string>

#include "tokens.hpp"

namespace caravan::identity {

inline constexpr std::string_view kSessionPrefix = "cvs_";
inline constexpr std::string_view kSessionCookie = "caravan_session";

struct CreatedSession {
  std::uint64_t id = 0;
  std::string token;      ///< goes into the HttpOnly cookie; only its hash is stored
  std::string csrfToken;  ///< the client echoes it in X-CSRF-Token on state-changing requests
  std::string expiresAt;
};

struct VerifiedSession {
  Principal principal;
  std::string csrfToken;
};

CreatedSession createSession(db::Session& session, IdGenerator& ids, std::uint64_t tenantId,
                             std::uint64_t userId, std::chrono::seconds lifetime);
/// The principal of a live session of an active user; nullopt when unknown, expired, revoked,
/// the user is disabled, or the secret does not match.
std::optional<VerifiedSession> verifySession(db::Session& session, const TokenParts& token);
void revokeSession(db::Session& session, std::uint64_t tenantId, std::uint64_t sessionId);

}  // namespace caravan::identity
