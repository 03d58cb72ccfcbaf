#include <caravan/identity/users.hpp>
#include <caravan/platform/json.hpp>
#include <caravan/platform/text.hpp>

namespace caravan::identity {

namespace {

constexpr const char* kColumns =
    "SELECT tenant_id, id, email, display_name, roles, status, last_login_at, version, created_at, "
    "updated_at FROM users ";

User read(db::Rows& rows) {
  User user;
  user.tenantId = rows.uint64(1);
  user.id = rows.uint64(2);
  user.email = rows.string(3);
  user.displayName = rows.optionalString(4);
  for (auto& role : splitList(rows.string(5)))
    user.roles.insert(std::move(role));
  user.status = rows.string(6);
  if (auto at = rows.optionalString(7))
    user.lastLoginAt = isoUtc(*at);
  user.version = rows.int64(8);
  user.createdAt = isoUtc(rows.string(9));
  user.updatedAt = isoUtc(rows.string(10));
  return user;
}

}  // namespace

std::optional<std::string> normaliseEmail(const std::string& text) {
  std::string email = trim(text);
  for (auto& c : email)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const auto at = email.find('@');
  if (email.empty() || email.size() > 254 || at == 0 || at == std::string::npos ||
      email.find('@', at + 1) != std::string::npos) {
    return std::nullopt;
  }
  const std::string domain = email.substr(at + 1);
  const auto dot = domain.find('.');
  if (dot == std::string::npos || dot == 0 || domain.back() == '.' || at > 64)
    return std::nullopt;
  for (unsigned char c : email) {
    if (c <= 0x20 || c == 0x7F || c == ',' || c == ';' || c == '<' || c == '>' || c == '"')
      return std::nullopt;
  }
  return email;
}

std::optional<User> findUser(db::TenantSession& db, std::uint64_t id) {
  auto rows = db.query(std::string(kColumns) + "WHERE tenant_id = ? AND id = ?", {id});
  if (!rows.next())
    return std::nullopt;
  return read(rows);
}

std::vector<User> listUsers(db::TenantSession& db, std::optional<std::uint64_t> beforeId,
                            std::size_t limit) {
  auto rows = db.newestFirst(std::string(kColumns) + "WHERE tenant_id = ?", beforeId, limit);
  std::vector<User> users;
  while (rows.next())
    users.push_back(read(rows));
  return users;
}

}  // namespace caravan::identity
