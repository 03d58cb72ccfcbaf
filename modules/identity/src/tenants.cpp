#include <caravan/identity/tenants.hpp>
#include <caravan/platform/errors.hpp>
#include <caravan/platform/json.hpp>
#include <caravan/platform/text.hpp>

namespace caravan::identity {

Tenant createTenant(db::Session& session, IdGenerator& ids, const std::string& name,
                    const std::string& kind) {
  Tenant tenant{ids.next(), trim(name), kind};
  if (tenant.name.empty() || tenant.name.size() > 200) {
    throw ValidationError("name", "invalid_length", "must be 1 to 200 characters");
  }
  try {
    session.execute(
        "INSERT INTO tenants (id, name, kind, created_at) VALUES (?, ?, ?, UTC_TIMESTAMP(6))",
        {tenant.id, tenant.name, tenant.kind});
  } catch (const db::DuplicateKey&) {
    throw Conflict("a tenant named '" + tenant.name + "' exists", "duplicate");
  }
  return *findTenant(session, tenant.id);
}

namespace {
constexpr const char* kColumns = "SELECT id, name, kind, created_at FROM tenants ";
Tenant read(db::Rows& rows) {
  return Tenant{rows.uint64(1), rows.string(2), rows.string(3), isoUtc(rows.string(4))};
}
}  // namespace

std::optional<Tenant> findTenantByName(db::Session& session, const std::string& name) {
  auto rows = session.query(std::string(kColumns) + "WHERE name = ?", {trim(name)});
  if (!rows.next())
    return std::nullopt;
  return read(rows);
}

std::optional<Tenant> findTenant(db::Session& session, std::uint64_t id) {
  auto rows = session.query(std::string(kColumns) + "WHERE id = ?", {id});
  if (!rows.next())
    return std::nullopt;
  return read(rows);
}

Tenant operatorTenant(db::Session& session, IdGenerator& ids) {
  auto rows = session.query(std::string(kColumns) + "WHERE kind = ? LIMIT 1",
                            {std::string(kOperatorTenant)});
  if (rows.next())
    return read(rows);
  return createTenant(session, ids, "Platform operators", kOperatorTenant);
}

std::vector<Tenant> listTenants(db::Session& session, std::optional<std::uint64_t> beforeId,
                                std::size_t limit) {
  auto rows = beforeId
                  ? session.query(std::string(kColumns) + "WHERE id < ? ORDER BY id DESC LIMIT ?",
                                  {*beforeId, static_cast<std::int64_t>(limit)})
                  : session.query(std::string(kColumns) + "ORDER BY id DESC LIMIT ?",
                                  {static_cast<std::int64_t>(limit)});
  std::vector<Tenant> tenants;
  while (rows.next())
    tenants.push_back(read(rows));
  return tenants;
}

std::vector<FieldError> roleProblems(const AccessControl& access,
                                     const std::set<std::string>& roles, const std::string& kind) {
  std::vector<FieldError> errors;
  if (roles.empty())
    errors.push_back({"roles", "required", "name at least one role"});
  const bool operators = kind == kOperatorTenant;
  for (const auto& role : roles) {
    if (!access.isRole(role)) {
      errors.push_back({"roles", "unknown_role", "'" + role + "' is not a role"});
    } else if (access.isOperatorRole(role) != operators) {
      errors.push_back({"roles", "not_assignable",
                        operators ? "platform operators hold only operator roles"
                                  : "'" + role + "' is held only by platform operators"});
    }
  }
  return errors;
}

bool anyTenantExists(db::Session& session) {
  auto rows = session.query("SELECT 1 FROM tenants LIMIT 1");
  return rows.next();
}

}  // namespace caravan::identity
