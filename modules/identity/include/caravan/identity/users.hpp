#pragma once

#include <caravan/platform/db.hpp>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace caravan::identity {

/// A member of a seller's staff who signs in to the web UI.
struct User {
  std::uint64_t tenantId = 0;
  std::uint64_t id = 0;
  std::string email;  ///< normalised: trimmed, lower-case
  std::optional<std::string> displayName;
  std::set<std::string> roles;
  std::string status;  ///< "active" or "disabled"
  std::optional<std::string> lastLoginAt;
  std::int64_t version = 1;
  std::string createdAt;
  std::string updatedAt;
};

/// The e-mail address in the form it is stored and compared in (trimmed, lower-case), or nullopt
/// when it is not a plausible address (one @, a dot in the domain, no spaces, at most 254).
std::optional<std::string> normaliseEmail(const std::string& text);

std::optional<User> findUser(db::TenantSession& db, std::uint64_t id);
/// Newest first, after `beforeId` when given.
std::vector<User> listUsers(db::TenantSession& db, std::optional<std::uint64_t> beforeId,
                            std::size_t limit);

}  // namespace caravan::identity
