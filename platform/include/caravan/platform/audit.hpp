#pragma once

#include <caravan/platform/db.hpp>
#include <cstdint>
#include <string>
#include <vector>

namespace caravan {

class IdGenerator;

/// One line of the append-only audit log. Names, never values: the log holds no personal data.
struct AuditEntry {
  std::uint64_t tenantId = 0;
  std::string actor;   ///< "user:<id>", "key:<id>", "anonymous", "system"
  std::string action;  ///< route name or event, e.g. "identity.login.failed"
  std::string method;
  std::string route;
  int status = 0;
  std::string entityType = {};
  std::string entityId = {};
  std::vector<std::string> changedFields = {};
  std::string requestId = {};
};

/// Writes `entry` in `session`'s transaction. The platform records every mutating request this
/// way; modules call it for events that are not requests of their own (a failed login, whose
/// request rolls back).
void writeAudit(db::Session& session, IdGenerator& ids, const AuditEntry& entry);

}  // namespace caravan
