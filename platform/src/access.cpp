#include <caravan/platform/access.hpp>
#include <caravan/platform/errors.hpp>

namespace caravan {

void AccessControl::declarePermission(const std::string& permission,
                                      const std::string& description) {
  if (permission.empty() || permission == kPublic) {
    throw ConfigError("'" + permission + "' cannot be declared as a permission");
  }
  if (!permissions_.emplace(permission, description).second) {
    throw ConfigError("permission '" + permission + "' is declared twice");
  }
}

void AccessControl::grant(const std::string& role, const std::string& permission) {
  if (!isDeclared(permission)) {
    throw ConfigError("cannot grant undeclared permission '" + permission + "' to " + role);
  }
  grants_[role].insert(permission);
}

bool AccessControl::isDeclared(const std::string& permission) const {
  return permissions_.count(permission) > 0;
}

bool AccessControl::isRole(const std::string& role) const {
  return grants_.count(role) > 0;
}

bool AccessControl::allows(const Principal& principal, const std::string& permission) const {
  if (permission == kPublic)
    return true;
  if (!principal.authenticated())
    return false;
  for (const auto& role : principal.roles) {
    auto found = grants_.find(role);
    if (found != grants_.end() && found->second.count(permission))
      return true;
  }
  return false;
}

std::vector<std::string> AccessControl::roles() const {
  std::vector<std::string> names;
  for (const auto& [role, permissions] : grants_)
    names.push_back(role);
  return names;
}

void AccessControl::declareOperatorRole(const std::string& role) {
  operatorRoles_.insert(role);
}

std::vector<std::string> AccessControl::tenantRoles() const {
  std::vector<std::string> names;
  for (const auto& [role, permissions] : grants_) {
    if (!operatorRoles_.count(role))
      names.push_back(role);
  }
  return names;
}

std::set<std::string> AccessControl::permissionsOf(const std::string& role) const {
  auto found = grants_.find(role);
  return found == grants_.end() ? std::set<std::string>{} : found->second;
}

}  // namespace caravan
