#include "duplicate_scan_handlers.hpp"

#include <caravan/platform/json.hpp>

#include "duplicate_scan.hpp"

namespace caravan::customers {

namespace {

JsonObject scanJson(const DuplicateScan& scan) {
  const auto optional = [](const std::optional<std::string>& value) {
    return value ? Poco::Dynamic::Var(*value) : Poco::Dynamic::Var();
  };
  auto body = makeObject();
  body->set("id", std::to_string(scan.id));
  body->set("status", scan.status);
  body->set("keys_read", scan.counts.keysRead);
  body->set("pairs_found", scan.counts.pairsFound);
  body->set("pairs_removed", scan.counts.pairsRemoved);
  body->set("failure", optional(scan.failure));
  body->set("created_at", scan.createdAt);
  body->set("started_at", optional(scan.startedAt));
  body->set("finished_at", optional(scan.finishedAt));
  return body;
}

}  // namespace

Response requestDuplicateScanRoute(RequestContext& request) {
  auto db = request.tenantDb();
  const auto scan = requestDuplicateScan(db, request.ids());
  request.audit({.entityType = "customer_duplicate_scan", .entityId = std::to_string(scan.id)});
  return Response::json(202, scanJson(scan))
      .withHeader("Location", "/api/v1/customers/duplicates/scans/" + std::to_string(scan.id));
}

Response getDuplicateScan(RequestContext& request) {
  auto db = request.tenantDb();
  const auto id = request.idParam("id");
  const auto scan = findDuplicateScan(db, id);
  if (!scan)
    throw NotFound("no duplicate scan with id " + std::to_string(id));
  return Response::json(200, scanJson(*scan));
}

}  // namespace caravan::customers
