#include <caravan/identity/tenants.hpp>
#include <caravan/platform/errors.hpp>
#include <caravan/platform/text.hpp>

namespace caravan::identity {

Tenant createTenant(db::Session& session, IdGenerator& ids, const std::string& name) {
  Tenant tenant{ids.next(), trim(name)};
  if (tenant.name.empty() || tenant.name.size() > 200) {
    throw ValidationError("name", "invalid_length", "must be 1 to 200 characters");
  }
  try {
    session.execute("INSERT INTO tenants (id, name, created_at) VALUES (?, ?, UTC_TIMESTAMP(6))",
                    {tenant.id, tenant.name});
  } catch (const db::DuplicateKey&) {
    throw Conflict("a tenant named '" + tenant.name + "' exists", "duplicate");
  }
  return tenant;
}

std::optional<Tenant> findTenantByName(db::Session& session, const std::string& name) {
  auto rows = session.query("SELECT id, name FROM tenants WHERE name = ?", {trim(name)});
  if (!rows.next())
    return std::nullopt;
  return Tenant{rows.uint64(1), rows.string(2)};
}

bool anyTenantExists(db::Session& session) {
  auto rows = session.query("SELECT 1 FROM tenants LIMIT 1");
  return rows.next();
}

}  // namespace caravan::identity
