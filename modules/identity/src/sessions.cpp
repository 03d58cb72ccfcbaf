#include "sessions.hpp"

#include <caravan/platform/json.hpp>
#include <caravan/platform/text.hpp>

namespace caravan::identity {

CreatedSession createSession(db::Session& session, IdGenerator& ids, std::uint64_t tenantId,
                             std::uint64_t userId, std::chrono::seconds lifetime) {
  CreatedSession created;
  created.id = ids.next();
  created.token = formatToken(kSessionPrefix, {tenantId, created.id, randomSecret()});
  created.csrfToken = randomSecret();
  db::TenantSession tenant(session, tenantId);
  tenant.execute(
      "INSERT INTO sessions (tenant_id, id, user_id, token_hash, csrf_token, created_at, "
      "expires_at) "
      "VALUES (?, ?, ?, ?, ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) + INTERVAL ? SECOND)",
      {created.id, userId, sha256Hex(created.token), created.csrfToken,
       static_cast<std::int64_t>(lifetime.count())});
  auto rows =
      tenant.query("SELECT expires_at FROM sessions WHERE tenant_id = ? AND id = ?", {created.id});
  rows.next();
  created.expiresAt = isoUtc(rows.string(1));
  return created;
}

std::optional<VerifiedSession> verifySession(db::Session& session, const TokenParts& token) {
  db::TenantSession tenant(session, token.tenantId);
  auto rows = tenant.query(
      "SELECT s.token_hash, s.csrf_token, u.id, u.roles FROM sessions s "
      "JOIN users u ON u.tenant_id = s.tenant_id AND u.id = s.user_id "
      "WHERE s.tenant_id = ? AND s.id = ? AND s.revoked_at IS NULL "
      "AND s.expires_at > UTC_TIMESTAMP(6) AND u.status = 'active'",
      {token.id});
  if (!rows.next())
    return std::nullopt;
  if (!constantTimeEquals(rows.string(1), sha256Hex(formatToken(kSessionPrefix, token)))) {
    return std::nullopt;
  }
  VerifiedSession verified;
  verified.csrfToken = rows.string(2);
  verified.principal.tenantId = token.tenantId;
  verified.principal.actor = "user:" + std::to_string(rows.uint64(3));
  verified.principal.credential = "session:" + std::to_string(token.id);
  for (auto& role : splitList(rows.string(4)))
    verified.principal.roles.insert(std::move(role));
  return verified;
}

void revokeSession(db::Session& session, std::uint64_t tenantId, std::uint64_t sessionId) {
  db::TenantSession(session, tenantId)
      .execute(
          "UPDATE sessions SET revoked_at = UTC_TIMESTAMP(6) WHERE tenant_id = ? AND id = ? AND "
          "revoked_at IS NULL",
          {sessionId});
}

}  // namespace caravan::identity
