#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace caravan {

/// Who is making a request. The tenant comes only from here, never from the request itself.
struct Principal {
  std::uint64_t tenantId = 0;
  /// For the audit log: "key:<id>", "user:<id>", "system", or "anonymous". Never an e-mail.
  std::string actor = "anonymous";
  std::set<std::string> roles;
  /// The credential used: "key:<id>" or "session:<id>" (logout revokes the session it names).
  std::string credential;
  bool authenticated() const { return tenantId != 0; }
};

/// The built-in roles. Modules grant their permissions to these at registration.
namespace roles {
inline constexpr const char* kOwner = "owner";
inline constexpr const char* kAdmin = "admin";
inline constexpr const char* kSales = "sales";
inline constexpr const char* kSupport = "support";
inline constexpr const char* kFinance = "finance";
inline constexpr const char* kCompliance = "compliance";
inline constexpr const char* kAuditor = "auditor";
/// Platform operators: administer tenants. Never held inside a seller's tenant.
inline constexpr const char* kOperator = "operator";
}  // namespace roles

/// The permission a route needs; `kPublic` routes need no authentication at all.
inline constexpr const char* kPublic = "public";

/// Permissions and the roles that hold them. Deny by default: a role holds only what was granted
/// to it, and a permission nobody declared cannot be granted or required.
class AccessControl {
 public:
  void declarePermission(const std::string& permission, const std::string& description);
  /// Grants a declared permission to a role (roles come into being when first granted).
  void grant(const std::string& role, const std::string& permission);

  /// Marks a role as the platform operators': sellers can neither hold nor grant it.
  void declareOperatorRole(const std::string& role);
  bool isOperatorRole(const std::string& role) const { return operatorRoles_.count(role) > 0; }

  bool isDeclared(const std::string& permission) const;
  bool isRole(const std::string& role) const;
  bool allows(const Principal& principal, const std::string& permission) const;

  std::vector<std::string> roles() const;
  /// The roles a seller's users and keys may hold (all but the operator roles).
  std::vector<std::string> tenantRoles() const;
  const std::map<std::string, std::string>& permissions() const { return permissions_; }
  std::set<std::string> permissionsOf(const std::string& role) const;

 private:
  std::map<std::string, std::string> permissions_;
  std::map<std::string, std::set<std::string>> grants_;  // role -> permissions
  std::set<std::string> operatorRoles_;
};

}  // namespace caravan
