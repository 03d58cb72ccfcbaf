#pragma once

#include <caravan/identity/users.hpp>
#include <caravan/platform/access.hpp>
#include <caravan/platform/ids.hpp>

#include "passwords.hpp"

namespace caravan::identity {

/// What a new user is made of, as a caller (admin command, REST) gives it.
struct NewUser {
  std::string email;
  std::string password;
  std::optional<std::string> displayName;
  std::set<std::string> roles;
};

/// Creating and changing users: validation of e-mail, password and roles (every problem reported
/// at once), Argon2id hashing, and the login directory kept in step.
class Accounts {
 public:
  Accounts(IdGenerator& ids, const AccessControl& access, PasswordHasher hasher);

  /// Throws ValidationError naming each bad field, Conflict (field "email") for a taken address.
  User create(db::Session& session, std::uint64_t tenantId, const NewUser& user);
  const PasswordHasher& hasher() const { return hasher_; }
  const PasswordPolicy& policy() const { return policy_; }
  /// Field errors for giving `roles` to a user of `tenantId` (see roleProblems).
  std::vector<FieldError> checkRoles(db::Session& session, std::uint64_t tenantId,
                                     const std::set<std::string>& roles) const;

 private:
  IdGenerator& ids_;
  const AccessControl& access_;
  PasswordHasher hasher_;
  PasswordPolicy policy_;
};

std::string joinRoles(const std::set<std::string>& roles);

}  // namespace caravan::identity
