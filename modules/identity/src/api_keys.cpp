#include <Poco/Base64Encoder.h>
#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>
#include <sys/random.h>

#include <caravan/identity/api_keys.hpp>
#include <caravan/platform/errors.hpp>
#include <caravan/platform/text.hpp>
#include <charconv>
#include <sstream>

namespace caravan::identity {

namespace {

constexpr std::string_view kPrefix = "cvn_";

std::string randomSecret() {
  unsigned char bytes[32];
  std::size_t filled = 0;
  while (filled < sizeof bytes) {
    const auto got = getrandom(bytes + filled, sizeof bytes - filled, 0);
    if (got < 0)
      throw std::runtime_error("the system random source failed");
    filled += static_cast<std::size_t>(got);
  }
  std::ostringstream out;
  Poco::Base64Encoder encoder(out, Poco::BASE64_URL_ENCODING | Poco::BASE64_NO_PADDING);
  encoder.rdbuf()->setLineLength(0);
  encoder.write(reinterpret_cast<const char*>(bytes), sizeof bytes);
  encoder.close();
  return out.str();
}

bool parseNumber(std::string_view text, std::uint64_t& value) {
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size() && value != 0;
}

bool constantTimeEquals(const std::string& a, const std::string& b) {
  if (a.size() != b.size())
    return false;
  unsigned char difference = 0;
  for (std::size_t i = 0; i < a.size(); ++i)
    difference |= static_cast<unsigned char>(a[i] ^ b[i]);
  return difference == 0;
}

}  // namespace

std::string ApiKeyToken::text() const {
  return std::string(kPrefix) + std::to_string(tenantId) + "_" + std::to_string(keyId) + "_" +
         secret;
}

std::optional<ApiKeyToken> ApiKeyToken::parse(const std::string& text) {
  if (text.size() > 200 || text.rfind(kPrefix, 0) != 0)
    return std::nullopt;
  const std::string_view rest = std::string_view(text).substr(kPrefix.size());
  const auto first = rest.find('_');
  if (first == std::string_view::npos)
    return std::nullopt;
  const auto second = rest.find('_', first + 1);
  if (second == std::string_view::npos)
    return std::nullopt;
  ApiKeyToken token;
  if (!parseNumber(rest.substr(0, first), token.tenantId) ||
      !parseNumber(rest.substr(first + 1, second - first - 1), token.keyId)) {
    return std::nullopt;
  }
  token.secret = std::string(rest.substr(second + 1));
  if (token.secret.size() < 32)
    return std::nullopt;
  return token;
}

std::string hashToken(const std::string& token) {
  Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
  engine.update(token);
  return Poco::DigestEngine::digestToHex(engine.digest());
}

CreatedApiKey createApiKey(db::Session& session, IdGenerator& ids, const AccessControl& access,
                           std::uint64_t tenantId, const std::set<std::string>& roles,
                           const std::string& label) {
  std::vector<FieldError> errors;
  if (roles.empty())
    errors.push_back({"roles", "required", "name at least one role"});
  std::string joined;
  for (const auto& role : roles) {
    if (!access.isRole(role)) {
      errors.push_back({"roles", "unknown_role", "'" + role + "' is not a role"});
    }
    joined += (joined.empty() ? "" : ",") + role;
  }
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
  for (auto& role : splitList(rows.string(2)))
    principal.roles.insert(std::move(role));
  return principal;
}

}  // namespace caravan::identity
