#include <caravan/embedded/caravan_embedded_platform_web.hpp>
#include <caravan/platform/pagination.hpp>
#include <caravan/platform/platform.hpp>
#include <caravan/platform/platform_routes.hpp>

namespace caravan {

namespace {

Response text(int status, std::string contentType, std::string body) {
  Response response;
  response.status = status;
  response.contentType = std::move(contentType);
  response.body = std::move(body);
  return response;
}

// The web UI's files are compiled in (platform/web/); the strict Content-Security-Policy allows
// only same-origin styles and scripts, so pages keep their CSS and JS in these files.
Response webFile(const std::string& name) {
  static const std::map<std::string, std::string> types = {
      {".html", "text/html; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".json", "application/json"}};
  for (const auto& file : caravan_embedded_platform::web()) {
    if (file.name != name)
      continue;
    const auto dot = name.rfind('.');
    auto type = types.find(dot == std::string::npos ? "" : name.substr(dot));
    Response response = text(200, type == types.end() ? "application/octet-stream" : type->second,
                             std::string(file.content));
    return response;
  }
  throw NotFound("no such file");
}

Response readiness(Platform& platform) {
  auto body = makeObject();
  auto checks = makeObject();
  bool ready = true;
  try {
    auto session = platform.pool().acquire();
    session.query("SELECT 1").next();
    checks->set("database", "ok");
    const auto pending = platform.migrator().status(session).pending.size();
    checks->set("migrations", pending == 0 ? "current" : std::to_string(pending) + " pending");
    ready = pending == 0;
  } catch (const std::exception& e) {
    checks->set("database", "unreachable");
    ready = false;
  }
  try {
    platform.ensureNode();
  } catch (const std::exception&) {
    // reported below as not claimed
  }
  checks->set("id_node", platform.nodeClaimed() ? "claimed" : "not claimed");
  ready = ready && platform.nodeClaimed();
  body->set("status", ready ? "ready" : "not_ready");
  body->set("checks", checks);
  Response response = Response::json(ready ? 200 : 503, body);
  if (!ready)
    response.withHeader("Retry-After", "1");
  return response;
}

Response auditLog(RequestContext& request) {
  const auto page = PageRequest::from(request);
  auto tenant = request.tenantDb();
  std::string select =
      "SELECT id, occurred_at, actor, action, method, route, status, entity_type, entity_id, "
      "changed_fields, request_id FROM audit_log WHERE tenant_id = ?";
  db::Params params;
  if (auto type = request.queryParam("entity_type")) {
    select += " AND entity_type = ?";
    params.push_back(*type);
  }
  if (auto id = request.queryParam("entity_id")) {
    select += " AND entity_id = ?";
    params.push_back(*id);
  }
  auto rows = tenant.newestFirst(select, page.afterId(), page.limit + 1, params);
  const auto render = [](db::Rows& rows) {
    auto item = makeObject();
    item->set("id", rows.string(1));
    item->set("occurred_at", isoUtc(rows.string(2)));
    item->set("actor", rows.string(3));
    item->set("action", rows.string(4));
    item->set("method", rows.string(5));
    item->set("route", rows.string(6));
    item->set("status", rows.int64(7));
    item->set("entity_type", rows.optionalString(8).value_or(""));
    item->set("entity_id", rows.optionalString(9).value_or(""));
    item->set("changed_fields",
              rows.isNull(10) ? Poco::Dynamic::Var() : Poco::Dynamic::Var(rows.string(10)));
    item->set("request_id", rows.string(11));
    return item;
  };
  const auto keysOf = [](db::Rows& rows) { return std::vector<std::string>{rows.string(1)}; };
  return Response::json(200, rowsPage(rows, page, render, keysOf));
}

}  // namespace

void registerPlatformRoutes(Platform& platform) {
  auto& router = platform.router();
  router.add({"GET", "/healthz", kPublic, "platform.health",
              [](RequestContext&) {
                auto body = makeObject();
                body->set("status", "ok");
                return Response::json(200, body);
              },
              "platform"});
  router.add({"GET", "/readyz", kPublic, "platform.ready",
              [&platform](RequestContext&) { return readiness(platform); }, "platform"});
  router.add({"GET", "/metrics", kPublic, "platform.metrics",
              [&platform](RequestContext&) {
                return text(200, "text/plain; version=0.0.4", platform.metrics().render());
              },
              "platform"});
  router.add({"GET", "/api/v1/openapi.json", kPublic, "platform.openapi",
              [&platform](RequestContext&) { return Response::json(200, platform.openApi()); },
              "platform"});
  router.add(
      {"GET", "/api/v1/audit-log", "audit.read", "platform.audit_log.list", auditLog, "platform"});
  router.add({"GET", "/", kPublic, "platform.web",
              [](RequestContext&) { return webFile("index.html"); }, "platform"});
  router.add({"GET", "/web/{file}", kPublic, "platform.web_asset",
              [](RequestContext& request) { return webFile(request.pathParam("file")); },
              "platform"});
}

}  // namespace caravan
