
#include <caravan/identity/api_keys.hpp>
#include <caravan/identity/tenants.hpp>
#include <caravan/platform/errors.hpp>
#include <caravan/platform/text.hpp>

#include "tokens.hpp"

namespace caravan::identity {

namespace {
constexpr std::string_view kPrefix = "cvn_";
}  // namespace

std::string ApiKeyToken::text() const {
  return formatToken(kPrefix, {tenantId, keyId, secret});
}

std::optional<ApiKeyToken> ApiKeyToken::parse(const std::string& text) {
  auto parts = parseToken(kPrefix, text);
  if (!parts)
    return std::nullopt;
  return ApiKeyToken{parts->tenantId, parts->id, parts->secret};
}

std::string hashToken(const std::string& token) {
  return sha256Hex(token);
}

CreatedApiKey createApiKey(db::Session& session, IdGenerator& ids, const AccessControl& access,
                           std::uint64_t tenantId, const std::set<std::string>& roles,
                           const std::string& label) {
  const auto tenant = findTenant(session, tenantId);
  if (!tenant)
    throw NotFound("no tenant with this id");
  std::vector<FieldError> errors = roleProblems(access, roles, tenant->kind);
  std::string joined;
  for (const auto& role : roles)
    joined += (joined.empty() ? "" : ",") + role;
  if (label.size() > 200)
    errors.push_back({"label", "too_long", "must be at most 200 characters"});
  if (!errors.empty())
    throw ValidationError(std::move(errors));

  ApiKeyToken token{tenantId, ids.next(), randomSecret()};
  const std::string text = token.text();
  session.execute(
      "INSERT INTO api_keys (tenant_id, id, label, key_hash, roles, created_at) "
      "VALUES (?, ?, ?, ?, ?, UTC_TIMESTAMP(6))",
      {tenantId, token.keyId, label, hashToken(text), joined});
  return {token.keyId, text};
}

std::optional<Principal> verifyApiKey(db::Session& session, const ApiKeyToken& token) {
  auto rows = session.query(
      "SELECT key_hash, roles FROM api_keys WHERE tenant_id = ? AND id = ? AND revoked_at IS NULL",
      {token.tenantId, token.keyId});
  if (!rows.next())
    return std::nullopt;
  if (!constantTimeEquals(rows.string(1), hashToken(token.text())))
    return std::nullopt;
  Principal principal;
  principal.tenantId = token.tenantId;
  principal.actor = "key:" + std::to_string(token.keyId);
  principal.credential = principal.actor;
  for (auto& role : splitList(rows.string(2)))
    principal.roles.insert(std::move(role));
  return principal;
}

}  // namespace caravan::identity
