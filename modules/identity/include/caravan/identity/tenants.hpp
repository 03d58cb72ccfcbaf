#pragma once

#include <caravan/platform/access.hpp>
#include <caravan/platform/db.hpp>
#include <caravan/platform/errors.hpp>
#include <caravan/platform/ids.hpp>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace caravan::identity {

inline constexpr const char* kSellerTenant = "seller";
inline constexpr const char* kOperatorTenant = "operator";

struct Tenant {
  std::uint64_t id = 0;
  std::string name;
  std::string kind = kSellerTenant;  ///< "seller", or "operator" for the platform's operators
  std::string createdAt = {};
};

/// Creates a tenant; a taken name is a Conflict. The name is trimmed, 1 to 200 characters.
Tenant createTenant(db::Session& session, IdGenerator& ids, const std::string& name,
                    const std::string& kind = kSellerTenant);
std::optional<Tenant> findTenant(db::Session& session, std::uint64_t id);
/// The operators' tenant, created on first use.
Tenant operatorTenant(db::Session& session, IdGenerator& ids);
/// Every tenant, newest first (for platform operators; not tenant-scoped).
std::vector<Tenant> listTenants(db::Session& session, std::optional<std::uint64_t> beforeId,
                                std::size_t limit);

/// Problems with giving `roles` to a user or key of a tenant of `kind`: no role, unknown roles, an
/// operator role in a seller's tenant (sellers can never reach other tenants), or a seller role in
/// the operators' tenant.
std::vector<FieldError> roleProblems(const AccessControl& access,
                                     const std::set<std::string>& roles, const std::string& kind);
std::optional<Tenant> findTenantByName(db::Session& session, const std::string& name);
bool anyTenantExists(db::Session& session);

}  // namespace caravan::identity
