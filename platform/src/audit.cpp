#include <caravan/platform/audit.hpp>
#include <caravan/platform/ids.hpp>
#include <caravan/platform/json.hpp>

namespace caravan {

void writeAudit(db::Session& session, IdGenerator& ids, const AuditEntry& entry) {
  const auto optional = [](const std::string& value) {
    return value.empty() ? db::Param{nullptr} : db::Param{value};
  };
  session.execute(
      "INSERT INTO audit_log (tenant_id, id, occurred_at, actor, action, method, route, status, "
      "entity_type, entity_id, changed_fields, request_id) "
      "VALUES (?, ?, UTC_TIMESTAMP(6), ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {entry.tenantId, ids.next(), entry.actor, entry.action, entry.method, entry.route,
       std::int64_t{entry.status}, optional(entry.entityType), optional(entry.entityId),
       entry.entityType.empty() && entry.changedFields.empty()
           ? db::Param{nullptr}
           : db::Param{toJson(stringArray(entry.changedFields))},
       entry.requestId});
}

}  // namespace caravan
