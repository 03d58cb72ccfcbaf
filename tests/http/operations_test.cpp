// What operators and other programs rely on: health and readiness, metrics, request ids,
// security headers, the web page, and an API description that covers every route.

#include <caravan/platform/platform.hpp>
#include <module_list.hpp>
#include <regex>
#include <sstream>

#include "http_fixture.hpp"

namespace caravan::testing {
namespace {

class OperationsTest : public HttpFixture {};

bool isHex(const std::string& text) {
  return !text.empty() && text.find_first_not_of("0123456789abcdef") == std::string::npos;
}

/// The value of the sample `series` (name with labels, exactly as rendered), or -1 when absent.
double sample(const std::string& metrics, const std::string& series) {
  std::istringstream lines(metrics);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.size() > series.size() && line.compare(0, series.size(), series) == 0 &&
        line[series.size()] == ' ') {
      return std::stod(line.substr(series.size() + 1));
    }
  }
  return -1;
}

TEST_F(OperationsTest, HealthzAnswersWithoutCredentials) {
  const auto result = client()->get("/healthz");
  ASSERT_EQ(result.status, 200);
  EXPECT_EQ(result.header("Content-Type"), "application/json");
  EXPECT_EQ(str(result.json(), "status"), "ok");
}

TEST_F(OperationsTest, ReadyzReportsItsChecks) {
  const auto result = client()->get("/readyz");
  ASSERT_EQ(result.status, 200) << result.body;
  const auto body = result.json();
  EXPECT_EQ(str(body, "status"), "ready");
  ASSERT_TRUE(body->isObject("checks")) << result.body;
  const auto checks = body->getObject("checks");
  EXPECT_EQ(str(checks, "database"), "ok");
  EXPECT_EQ(str(checks, "migrations"), "current");
  EXPECT_EQ(str(checks, "id_node"), "claimed");
  EXPECT_EQ(result.header("Retry-After"), "");
}

TEST_F(OperationsTest, MetricsArePrometheusTextWithRouteLabels) {
  auto api = client(keyFor("Acme", "owner"));
  const auto product = createProduct(*api, "MET-1");
  ASSERT_EQ(api->get("/api/v1/products").status, 200);
  ASSERT_EQ(api->get("/api/v1/products/" + str(product, "id")).status, 200);
  ASSERT_EQ(api->get("/api/v1/no-such-thing/4242").status, 404);

  // The same keep-alive connection: each request was recorded before the next was read.
  auto result = api->get("/metrics");
  ASSERT_EQ(result.status, 200);
  EXPECT_EQ(result.header("Content-Type"), "text/plain; version=0.0.4");
  const std::string& text = result.body;
  EXPECT_NE(text.find("# TYPE caravan_http_requests_total counter\n"), std::string::npos) << text;
  EXPECT_GE(
      sample(
          text,
          R"(caravan_http_requests_total{route="catalog.products.create",method="POST",status="201"})"),
      1)
      << text;
  const std::string listSeries =
      R"(caravan_http_requests_total{route="catalog.products.list",method="GET",status="200"})";
  const double listed = sample(text, listSeries);
  EXPECT_GE(listed, 1) << text;
  EXPECT_GE(
      sample(
          text,
          R"(caravan_http_requests_total{route="catalog.products.get",method="GET",status="200"})"),
      1)
      << text;
  EXPECT_GE(
      sample(text, R"(caravan_http_requests_total{route="unmatched",method="GET",status="404"})"),
      1)
      << text;
  EXPECT_GE(
      sample(
          text,
          R"(caravan_http_request_duration_seconds_count{route="catalog.products.list",method="GET"})"),
      1)
      << text;
  EXPECT_NE(text.find("# TYPE caravan_db_pool_open gauge\n"), std::string::npos) << text;
  EXPECT_GE(sample(text, "caravan_db_pool_open"), 1) << text;
  // Labels carry route names, never paths: ids (and whatever else a path holds) stay out.
  EXPECT_EQ(text.find(str(product, "id")), std::string::npos);
  EXPECT_EQ(text.find("4242"), std::string::npos);
  EXPECT_EQ(text.find("no-such-thing"), std::string::npos);

  // Every line is a comment or `name{labels} value`.
  const std::regex sampleLine(
      R"(^[a-zA-Z_:][a-zA-Z0-9_:]*(\{[a-zA-Z_][a-zA-Z0-9_]*="[^"]*"(,[a-zA-Z_][a-zA-Z0-9_]*="[^"]*")*\})? [-+0-9.eEinfINFaN]+$)");
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.rfind("# HELP ", 0) == 0 || line.rfind("# TYPE ", 0) == 0)
      continue;
    EXPECT_TRUE(std::regex_match(line, sampleLine)) << "not a Prometheus sample: " << line;
  }

  // Counters count.
  for (int i = 0; i < 3; ++i)
    ASSERT_EQ(api->get("/api/v1/products").status, 200);
  result = api->get("/metrics");
  EXPECT_EQ(sample(result.body, listSeries), listed + 3);
}

TEST_F(OperationsTest, EveryResponseCarriesARequestId) {
  auto api = client();
  auto owner = client(keyFor("Acme", "owner"));
  // Generated when the client sends none, and new for each request.
  std::set<std::string> seen;
  for (const auto& result :
       {api->get("/healthz"), api->get("/nope"), api->get("/api/v1/products"),
        owner->get("/api/v1/products"), owner->post("/api/v1/products", "{")}) {
    const std::string id = result.header("X-Request-Id");
    EXPECT_EQ(id.size(), 16u) << id;
    EXPECT_TRUE(isHex(id)) << id;
    seen.insert(id);
  }
  EXPECT_EQ(seen.size(), 5u) << "request ids repeat";

  // A plain id from a proxy is echoed, on success and in problems.
  const std::string plain = "lb-7f2c_91.a-B";
  auto result = api->get("/healthz", {{"X-Request-Id", plain}});
  EXPECT_EQ(result.header("X-Request-Id"), plain);
  result = api->get("/api/v1/products", {{"X-Request-Id", plain}});
  EXPECT_EQ(result.header("X-Request-Id"), plain);
  EXPECT_EQ(str(result.json(), "request_id"), plain);
  const std::string longest(64, 'r');
  EXPECT_EQ(api->get("/healthz", {{"X-Request-Id", longest}}).header("X-Request-Id"), longest);

  // Anything else is replaced: it would go into the logs.
  for (const std::string& bad :
       {std::string("has spaces in it"), std::string(65, 'r'), std::string("semi;colon"),
        std::string("quote\"d"), std::string("caf\xc3\xa9")}) {
    SCOPED_TRACE("client id: " + bad);
    result = api->get("/api/v1/products", {{"X-Request-Id", bad}});
    const std::string id = result.header("X-Request-Id");
    EXPECT_NE(id, bad);
    EXPECT_EQ(id.size(), 16u) << id;
    EXPECT_TRUE(isHex(id)) << id;
    EXPECT_EQ(str(result.json(), "request_id"), id);
  }
}

TEST_F(OperationsTest, SecurityHeadersOnEveryKindOfResponse) {
  auto api = client(keyFor("Acme", "owner"));
  const auto product = createProduct(*api, "SEC-1");
  std::vector<std::pair<std::string, HttpResult>> results;
  results.emplace_back("json", api->get("/api/v1/products"));
  results.emplace_back("problem", client()->get("/api/v1/products"));
  results.emplace_back("404", client()->get("/nothing"));
  results.emplace_back("405", client()->request("DELETE", "/"));
  results.emplace_back("html", client()->get("/"));
  results.emplace_back("metrics", client()->get("/metrics"));
  results.emplace_back("204", api->request("DELETE", "/api/v1/products/" + str(product, "id"), "",
                                           {{"If-Match", "\"1\""}}));
  for (const auto& [kind, result] : results) {
    SCOPED_TRACE(kind);
    EXPECT_EQ(result.header("X-Content-Type-Options"), "nosniff");
    EXPECT_EQ(result.header("Referrer-Policy"), "no-referrer");
    const std::string csp = result.header("Content-Security-Policy");
    EXPECT_NE(csp.find("default-src 'self'"), std::string::npos) << csp;
    EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos) << csp;
    EXPECT_EQ(result.header("Cache-Control"), "no-store");
    EXPECT_FALSE(result.header("X-Request-Id").empty());
  }
}

TEST_F(OperationsTest, RootServesTheWebPage) {
  const auto result = client()->get("/");
  ASSERT_EQ(result.status, 200);
  EXPECT_EQ(result.header("Content-Type").rfind("text/html", 0), 0u)
      << result.header("Content-Type");
  EXPECT_NE(result.body.find("<html"), std::string::npos);
  EXPECT_NE(result.body.find("/api/v1/openapi.json"), std::string::npos);
}

TEST_F(OperationsTest, WebPageWorksUnderItsOwnContentSecurityPolicy) {
  // A browser applies the page's CSP to the page itself: inline <style> or <script> blocks are
  // ignored unless the policy allows them (a source expression such as 'unsafe-inline', a hash
  // or a nonce), and the page then renders unstyled.
  const auto result = client()->get("/");
  ASSERT_EQ(result.status, 200);
  const std::string csp = result.header("Content-Security-Policy");
  const auto directive = [&](const std::string& name) {
    const auto at = csp.find(name + " ");
    if (at == std::string::npos)
      return std::string();
    const auto end = csp.find(';', at);
    return csp.substr(at, end == std::string::npos ? std::string::npos : end - at);
  };
  const auto allowsInline = [&](const std::string& name) {
    std::string policy = directive(name);
    if (policy.empty())
      policy = directive("default-src");
    return policy.find("'unsafe-inline'") != std::string::npos ||
           policy.find("'sha256-") != std::string::npos ||
           policy.find("'nonce-") != std::string::npos;
  };
  if (result.body.find("<style") != std::string::npos ||
      result.body.find(" style=") != std::string::npos) {
    EXPECT_TRUE(allowsInline("style-src"))
        << "GET / uses inline styles that its own Content-Security-Policy blocks: " << csp;
  }
  if (result.body.find("<script>") != std::string::npos) {
    EXPECT_TRUE(allowsInline("script-src"))
        << "GET / uses an inline script that its own Content-Security-Policy blocks: " << csp;
  }
  // What the page links from the same origin must be served.
  int linked = 0;
  for (auto at = result.body.find("href=\"/web/"); at != std::string::npos;
       at = result.body.find("href=\"/web/", at + 1)) {
    const auto start = at + 6;
    const std::string path = result.body.substr(start, result.body.find('"', start) - start);
    const auto asset = client()->get(path);
    EXPECT_EQ(asset.status, 200) << path;
    if (path.size() > 4 && path.substr(path.size() - 4) == ".css") {
      EXPECT_EQ(asset.header("Content-Type").rfind("text/css", 0), 0u) << path;
    }
    ++linked;
  }
  EXPECT_GE(linked, 1) << "the entry page links its stylesheet";
  EXPECT_EQ(client()->get("/web/no-such-file.css").status, 404);
}

TEST_F(OperationsTest, OpenApiDescribesEveryRoute) {
  const auto result = client()->get("/api/v1/openapi.json");
  ASSERT_EQ(result.status, 200);
  EXPECT_EQ(result.header("Content-Type"), "application/json");
  const auto document = result.json();
  EXPECT_EQ(str(document, "openapi"), "3.1.0");
  ASSERT_TRUE(document->isObject("info"));
  EXPECT_FALSE(str(document->getObject("info"), "title").empty());
  ASSERT_TRUE(document->isObject("paths")) << result.body.substr(0, 500);
  const auto paths = document->getObject("paths");

  const auto routes = runCaravanOk(database().url(), {"routes"});
  std::istringstream lines(routes);
  std::string line;
  std::size_t checked = 0;
  std::set<std::string> patterns;
  while (std::getline(lines, line)) {
    std::istringstream fields(line);
    std::string method, pattern, permission, name;
    if (!(fields >> method >> pattern >> permission >> name))
      continue;
    SCOPED_TRACE(line);
    ++checked;
    patterns.insert(pattern);
    std::string lower = method;
    for (auto& c : lower)
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    ASSERT_TRUE(paths->isObject(pattern)) << "no paths entry for " << pattern;
    const auto path = paths->getObject(pattern);
    ASSERT_TRUE(path->isObject(lower)) << "no " << lower << " operation for " << pattern;
    const auto operation = path->getObject(lower);
    EXPECT_TRUE(operation->has("summary") && !str(operation, "summary").empty()) << "no summary";
    ASSERT_TRUE(operation->isObject("responses")) << "no responses";
    EXPECT_GT(operation->getObject("responses")->size(), 0u) << "empty responses";
    // Routes that need a permission say how to authenticate.
    if (permission != "public") {
      EXPECT_TRUE(operation->has("security")) << "no security requirement";
    }
  }
  EXPECT_GE(checked, 12u) << "`caravan routes` printed:\n" << routes;
  for (const char* expected :
       {"/healthz", "/readyz", "/metrics", "/api/v1/openapi.json", "/api/v1/audit-log",
        "/api/v1/me", "/api/v1/products", "/api/v1/products/{id}"}) {
    EXPECT_TRUE(patterns.count(expected)) << expected << " missing from `caravan routes`:\n"
                                          << routes;
  }
  // The document describes no route that does not exist.
  for (const auto& pattern : paths->getNames())
    EXPECT_TRUE(patterns.count(pattern)) << "stale path " << pattern;
}

// In process: the application's own module list, the platform's own check.
TEST(OpenApiCompleteness, EveryRegisteredRouteIsDocumented) {
  auto modules = app::makeModules();
  Platform platform(Settings::load("", {{"db.url", "mysql://root@127.0.0.1:1/x"}}, {}));
  for (auto& module : modules)
    platform.add(*module);
  platform.seal();
  ASSERT_GE(platform.router().routes().size(), 12u);
  const auto missing = platform.undocumentedRoutes();
  std::string list;
  for (const auto& route : missing)
    list += "\n  " + route;
  EXPECT_TRUE(missing.empty()) << "routes without an OpenAPI operation (summary and responses):"
                               << list;
}

TEST(OpenApiCompleteness, TheCheckFindsAnUndocumentedRoute) {
  // The check above can fail: a route registered without documentation is reported.
  auto modules = app::makeModules();
  Platform platform(Settings::load("", {{"db.url", "mysql://root@127.0.0.1:1/x"}}, {}));
  for (auto& module : modules)
    platform.add(*module);
  platform.router().add({"GET", "/api/v1/undocumented", kPublic, "test.undocumented",
                         [](RequestContext&) { return Response::noContent(); }, "test"});
  platform.router().add({"PUT", "/api/v1/products/{id}", kPublic, "test.put_product",
                         [](RequestContext&) { return Response::noContent(); }, "test"});
  platform.seal();
  EXPECT_EQ(platform.undocumentedRoutes(),
            (std::vector<std::string>{"GET /api/v1/undocumented", "PUT /api/v1/products/{id}"}));
}

}  // namespace
}  // namespace caravan::testing
