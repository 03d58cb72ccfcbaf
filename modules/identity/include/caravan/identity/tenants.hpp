#pragma once

#include <caravan/platform/db.hpp>
#include <caravan/platform/ids.hpp>
#include <cstdint>
#include <optional>
#include <string>

namespace caravan::identity {

struct Tenant {
  std::uint64_t id = 0;
  std::string name;
};

/// Creates a tenant; a taken name is a Conflict. The name is trimmed, 1 to 200 characters.
Tenant createTenant(db::Session& session, IdGenerator& ids, const std::string& name);
std::optional<Tenant> findTenantByName(db::Session& session, const std::string& name);
bool anyTenantExists(db::Session& session);

}  // namespace caravan::identity
