#include "segment_handlers.hpp"

#include <caravan/customers/segments.hpp>
#include <caravan/platform/ids.hpp>
#include <caravan/platform/pagination.hpp>

#include "customer_csv_export.hpp"
#include "customer_json.hpp"
#include "customer_repository.hpp"
#include "segment_repository.hpp"

namespace caravan::customers {

namespace {

const std::string kPath = "/api/v1/segments/";

JsonObject toJson(const Segment& segment, std::optional<std::uint64_t> count = std::nullopt) {
  auto body = makeObject();
  body->set("id", std::to_string(segment.id));
  body->set("name", segment.name);
  const auto rules = rulesJson(segment.rules);
  body->set("match", rules->get("match"));
  body->set("rules", rules->get("rules"));
  if (count)
    body->set("count", static_cast<Poco::UInt64>(*count));
  body->set("version", segment.version);
  body->set("created_at", segment.createdAt);
  body->set("updated_at", segment.updatedAt);
  return body;
}

Segment loadOr404(SegmentRepository& segments, std::uint64_t id) {
  auto segment = segments.find(id);
  if (!segment)
    throw NotFound("no segment with id " + std::to_string(id));
  return *segment;
}

[[noreturn]] void duplicateName(const std::string& name) {
  Conflict conflict("a segment named '" + name + "' exists", "duplicate");
  conflict.withField({"name", "duplicate", "is already used by another segment"});
  throw conflict;
}

Response withVersion(Response response, std::int64_t version) {
  response.withHeader("ETag", etagFor(version));
  return response;
}

}  // namespace

Response SegmentHandlers::create(RequestContext& request) const {
  const SegmentFields fields(extensions_.all<SegmentField>());
  JsonReader in(request.jsonBody());
  Segment segment;
  segment.name = in.requiredString("name", {.minLength = 1, .maxLength = 100});
  segment.rules = fields.read(in);
  in.finish();
  segment.id = request.ids().next();
  auto db = request.tenantDb();
  SegmentRepository segments(db, fields);
  try {
    segments.insert(segment);
  } catch (const db::DuplicateKey&) {
    duplicateName(segment.name);
  }
  segment = loadOr404(segments, segment.id);
  request.audit({.entityType = "segment",
                 .entityId = std::to_string(segment.id),
                 .changedFields = {"name", "rules"}});
  return withVersion(Response::json(201, toJson(segment, segments.count(segment.rules))),
                     segment.version)
      .withHeader("Location", kPath + std::to_string(segment.id));
}

Response SegmentHandlers::list(RequestContext& request) const {
  const SegmentFields fields(extensions_.all<SegmentField>());
  const auto page = PageRequest::from(request);
  auto db = request.tenantDb();
  SegmentRepository segments(db, fields);
  return Response::json(200, idPage(segments.list(page.afterId(), page.limit + 1), page,
                                    [](const Segment& segment) { return toJson(segment); }));
}

Response SegmentHandlers::get(RequestContext& request) const {
  const SegmentFields fields(extensions_.all<SegmentField>());
  auto db = request.tenantDb();
  SegmentRepository segments(db, fields);
  const auto segment = loadOr404(segments, request.idParam("id"));
  return withVersion(Response::json(200, toJson(segment, segments.count(segment.rules))),
                     segment.version);
}

Response SegmentHandlers::update(RequestContext& request) const {
  const SegmentFields fields(extensions_.all<SegmentField>());
  auto db = request.tenantDb();
  SegmentRepository segments(db, fields);
  auto segment = loadOr404(segments, request.idParam("id"));
  request.requireIfMatch(etagFor(segment.version));
  const auto expected = segment.version;
  JsonReader in(request.jsonBody());
  std::vector<std::string> changed;
  if (in.has("name")) {
    segment.name = in.requiredString("name", {.minLength = 1, .maxLength = 100});
    changed.push_back("name");
  }
  if (in.has("rules") || in.has("match")) {
    segment.rules = fields.read(in);
    changed.push_back("rules");
  }
  in.finish();
  try {
    if (!segments.update(segment, expected))
      throw PreconditionFailed();
  } catch (const db::DuplicateKey&) {
    duplicateName(segment.name);
  }
  segment = loadOr404(segments, segment.id);
  request.audit(
      {.entityType = "segment", .entityId = std::to_string(segment.id), .changedFields = changed});
  return withVersion(Response::json(200, toJson(segment, segments.count(segment.rules))),
                     segment.version);
}

Response SegmentHandlers::remove(RequestContext& request) const {
  const SegmentFields fields(extensions_.all<SegmentField>());
  auto db = request.tenantDb();
  SegmentRepository segments(db, fields);
  const auto segment = loadOr404(segments, request.idParam("id"));
  request.requireIfMatch(etagFor(segment.version));
  if (!segments.remove(segment.id, segment.version))
    throw PreconditionFailed();
  request.audit({.entityType = "segment", .entityId = std::to_string(segment.id)});
  return Response::noContent();
}

Response SegmentHandlers::members(RequestContext& request) const {
  const SegmentFields fields(extensions_.all<SegmentField>());
  const auto page = PageRequest::from(request);
  auto db = request.tenantDb();
  SegmentRepository segments(db, fields);
  const auto segment = loadOr404(segments, request.idParam("id"));
  const auto ids = segments.members(segment.rules, page.afterId(), page.limit + 1);
  CustomerRepository customers(db);
  return Response::json(200, idPage(customers.findMany(ids), page,
                                    [](const Customer& customer) { return toJson(customer); }));
}

Response SegmentHandlers::exportCsv(RequestContext& request) const {
  const SegmentFields fields(extensions_.all<SegmentField>());
  auto db = request.tenantDb();
  SegmentRepository segments(db, fields);
  const auto segment = loadOr404(segments, request.idParam("id"));
  CustomerRepository customers(db);
  Response response;
  response.contentType = "text/csv; charset=utf-8";
  response.body = exportHeader();
  // In pages of a thousand: a handful of queries per page, whatever the segment's size.
  std::optional<std::uint64_t> before;
  for (;;) {
    const auto ids = segments.members(segment.rules, before, 1000);
    for (const auto& customer : customers.findMany(ids))
      response.body += exportRecord(customer);
    if (ids.size() < 1000)
      break;
    before = ids.back();
  }
  response.withHeader("Content-Disposition",
                      "attachment; filename=\"segment-" + std::to_string(segment.id) + ".csv\"");
  return response;
}

Response SegmentHandlers::preview(RequestContext& request) const {
  const SegmentFields fields(extensions_.all<SegmentField>());
  JsonReader in(request.jsonBody());
  const auto rules = fields.read(in);
  in.finish();
  auto db = request.tenantDb();
  SegmentRepository segments(db, fields);
  auto body = rulesJson(rules);
  body->set("count", static_cast<Poco::UInt64>(segments.count(rules)));
  return Response::json(200, body);
}

}  // namespace caravan::customers
