#include "accounts.hpp"

#include <caravan/identity/tenants.hpp>

namespace caravan::identity {

std::string joinRoles(const std::set<std::string>& roles) {
  std::string joined;
  for (const auto& role : roles)
    joined += (joined.empty() ? "" : ",") + role;
  return joined;
}

Accounts::Accounts(IdGenerator& ids, const AccessControl& access, PasswordHasher hasher)
    : ids_(ids), access_(access), hasher_(std::move(hasher)) {}

std::vector<FieldError> Accounts::checkRoles(db::Session& session, std::uint64_t tenantId,
                                             const std::set<std::string>& roles) const {
  const auto tenant = findTenant(session, tenantId);
  if (!tenant)
    throw NotFound("no tenant with this id");
  return roleProblems(access_, roles, tenant->kind);
}

User Accounts::create(db::Session& session, std::uint64_t tenantId, const NewUser& input) {
  std::vector<FieldError> errors;
  const auto email = normaliseEmail(input.email);
  if (!email)
    errors.push_back({"email", "invalid_email", "must be an e-mail address"});
  if (auto problem = policy_.check("password", input.password, email.value_or(input.email))) {
    errors.push_back(*problem);
  }
  if (input.displayName && input.displayName->size() > 200) {
    errors.push_back({"display_name", "too_long", "must be at most 200 characters"});
  }
  auto roleErrors = checkRoles(session, tenantId, input.roles);
  errors.insert(errors.end(), roleErrors.begin(), roleErrors.end());
  if (!errors.empty())
    throw ValidationError(std::move(errors));

  User user;
  user.tenantId = tenantId;
  user.id = ids_.next();
  user.email = *email;
  user.displayName = input.displayName;
  user.roles = input.roles;
  user.status = "active";
  try {
    session.execute("INSERT INTO user_logins (email, tenant_id, user_id) VALUES (?, ?, ?)",
                    {user.email, tenantId, user.id});
  } catch (const db::DuplicateKey&) {
    Conflict conflict("a user with this e-mail address exists", "duplicate");
    conflict.withField({"email", "duplicate", "is already used by a user"});
    throw conflict;
  }
  db::TenantSession tenant(session, tenantId);
  tenant.execute(
      "INSERT INTO users (tenant_id, id, email, display_name, password_hash, roles, status, "
      "version, "
      "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'active', 1, UTC_TIMESTAMP(6), "
      "UTC_TIMESTAMP(6))",
      {user.id, user.email, user.displayName ? db::Param{*user.displayName} : db::Param{nullptr},
       hasher_.hash(input.password), joinRoles(user.roles)});
  return *findUser(tenant, user.id);
}

}  // namespace caravan::identity
