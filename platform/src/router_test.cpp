#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <caravan/platform/errors.hpp>
#include <caravan/platform/router.hpp>
#include <string>
#include <vector>

namespace caravan {
namespace {

using ::testing::UnorderedElementsAre;

Route route(std::string method, std::string pattern, std::string name = "") {
  Route r;
  r.method = std::move(method);
  r.pattern = std::move(pattern);
  r.permission = kPublic;
  r.name = name.empty() ? r.method + " " + r.pattern : std::move(name);
  r.handler = [](RequestContext&) { return Response::noContent(); };
  return r;
}

Router productRouter() {
  Router router;
  router.add(route("GET", "/api/v1/products", "products.list"));
  router.add(route("POST", "/api/v1/products", "products.create"));
  router.add(route("GET", "/api/v1/products/{id}", "products.get"));
  router.add(route("PATCH", "/api/v1/products/{id}", "products.update"));
  router.add(route("DELETE", "/api/v1/products/{id}", "products.delete"));
  router.add(route("GET", "/api/v1/products/{id}/prices/{currency}", "prices.get"));
  router.add(route("GET", "/health", "health"));
  return router;
}

std::string nameOf(const Router::Match& match) {
  return match.route ? match.route->name : "(none)";
}

// --- splitPath -----------------------------------------------------------------------------

TEST(SplitPath, SplitsAtSlashes) {
  EXPECT_EQ(splitPath("/a/b/c"), (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(splitPath("a/b"), (std::vector<std::string>{"a", "b"}));
  EXPECT_TRUE(splitPath("/").empty());
  EXPECT_TRUE(splitPath("").empty());
}

TEST(SplitPath, DropsEmptySegmentsSoTrailingAndDoubledSlashesDoNotCount) {
  EXPECT_EQ(splitPath("/a/b/"), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(splitPath("//a///b//"), (std::vector<std::string>{"a", "b"}));
}

TEST(SplitPath, PercentDecodesEachSegmentAfterSplitting) {
  EXPECT_EQ(splitPath("/a%20b/%C3%A9"), (std::vector<std::string>{"a b", "é"}));
  EXPECT_EQ(splitPath("/files/a%2Fb"), (std::vector<std::string>{"files", "a/b"}))
      << "an encoded slash stays inside its segment";
  EXPECT_EQ(splitPath("/a+b"), (std::vector<std::string>{"a+b"})) << "'+' is not a space in paths";
}

// --- matching ------------------------------------------------------------------------------

TEST(Router, MatchesAStaticRoute) {
  const Router router = productRouter();
  const auto match = router.match("GET", "/health");
  EXPECT_EQ(nameOf(match), "health");
  EXPECT_TRUE(match.params.empty());
  EXPECT_TRUE(match.allowed.empty());
  EXPECT_EQ(nameOf(router.match("POST", "/api/v1/products")), "products.create");
  EXPECT_EQ(nameOf(router.match("GET", "/api/v1/products")), "products.list");
}

TEST(Router, CapturesParameterSegments) {
  const Router router = productRouter();
  const auto match = router.match("GET", "/api/v1/products/123/prices/EUR");
  EXPECT_EQ(nameOf(match), "prices.get");
  EXPECT_EQ(match.params, (std::map<std::string, std::string>{{"id", "123"}, {"currency", "EUR"}}));
  EXPECT_EQ(router.match("PATCH", "/api/v1/products/9").params.at("id"), "9");
}

TEST(Router, PercentDecodesCapturedParameters) {
  const Router router = productRouter();
  const auto match = router.match("GET", "/api/v1/products/a%20b%2Fc");
  EXPECT_EQ(nameOf(match), "products.get");
  EXPECT_EQ(match.params.at("id"), "a b/c");
}

TEST(Router, StaticSegmentsMustMatchExactly) {
  const Router router = productRouter();
  EXPECT_EQ(router.match("GET", "/api/v1/Products").route, nullptr);
  EXPECT_EQ(router.match("GET", "/api/v2/products").route, nullptr);
  EXPECT_EQ(router.match("GET", "/api/v1/products/1/prices").route, nullptr);
  EXPECT_EQ(router.match("GET", "/api/v1/products/1/prices/EUR/extra").route, nullptr);
}

TEST(Router, AnUnknownPathIsNotFoundWithNoAllowedMethods) {
  const Router router = productRouter();
  const auto match = router.match("GET", "/api/v1/orders");
  EXPECT_EQ(match.route, nullptr);
  EXPECT_TRUE(match.allowed.empty());
  EXPECT_TRUE(router.match("DELETE", "/nothing/here").allowed.empty());
}

TEST(Router, AKnownPathWithAnotherMethodListsTheAllowedMethods) {
  const Router router = productRouter();
  const auto match = router.match("PUT", "/api/v1/products/5");
  EXPECT_EQ(match.route, nullptr);
  EXPECT_THAT(match.allowed, UnorderedElementsAre("GET", "PATCH", "DELETE"));

  const auto collection = router.match("DELETE", "/api/v1/products");
  EXPECT_EQ(collection.route, nullptr);
  EXPECT_THAT(collection.allowed, UnorderedElementsAre("GET", "POST"));
}

TEST(Router, HeadMatchesGetRoutes) {
  const Router router = productRouter();
  const auto match = router.match("HEAD", "/api/v1/products/7");
  EXPECT_EQ(nameOf(match), "products.get");
  EXPECT_EQ(match.params.at("id"), "7");
  EXPECT_TRUE(match.allowed.empty());
}

TEST(Router, HeadOnAPathWithoutGetIsMethodNotAllowed) {
  Router router;
  router.add(route("POST", "/api/v1/imports"));
  const auto match = router.match("HEAD", "/api/v1/imports");
  EXPECT_EQ(match.route, nullptr);
  EXPECT_THAT(match.allowed, UnorderedElementsAre("POST"));
}

TEST(Router, IgnoresTrailingAndDoubledSlashes) {
  // splitPath drops empty segments, so these all name the same route.
  const Router router = productRouter();
  EXPECT_EQ(nameOf(router.match("GET", "/api/v1/products/")), "products.list");
  EXPECT_EQ(nameOf(router.match("GET", "//api//v1/products")), "products.list");
  const auto match = router.match("GET", "/api/v1/products//42/");
  EXPECT_EQ(nameOf(match), "products.get");
  EXPECT_EQ(match.params.at("id"), "42");
}

TEST(Router, AnEmptyParameterSegmentDoesNotMatchACapture) {
  const Router router = productRouter();
  // "/products//prices/EUR" has three segments after "products", not an empty id.
  EXPECT_EQ(router.match("GET", "/api/v1/products//prices/EUR").route, nullptr);
}

TEST(Router, TheFirstRegisteredMatchingRouteWins) {
  Router router;
  router.add(route("GET", "/items/new", "items.form"));
  router.add(route("GET", "/items/{id}", "items.get"));
  EXPECT_EQ(nameOf(router.match("GET", "/items/new")), "items.form");
  EXPECT_EQ(nameOf(router.match("GET", "/items/12")), "items.get");
}

TEST(Router, KeepsTheRegisteredRoutes) {
  const Router router = productRouter();
  ASSERT_EQ(router.routes().size(), 7u);
  EXPECT_EQ(router.routes().front().name, "products.list");
  const auto match = router.match("GET", "/health");
  EXPECT_EQ(match.route, &router.routes().back());
}

// --- registration --------------------------------------------------------------------------

TEST(Router, RegisteringTheSameMethodAndPatternTwiceIsAConfigError) {
  Router router = productRouter();
  EXPECT_THROW(router.add(route("GET", "/api/v1/products/{id}", "again")), ConfigError);
  EXPECT_EQ(router.routes().size(), 7u);
  EXPECT_NO_THROW(router.add(route("PUT", "/api/v1/products/{id}")));
}

TEST(Router, APatternWithoutLeadingSlashIsAConfigError) {
  Router router;
  EXPECT_THROW(router.add(route("GET", "api/v1/products")), ConfigError);
  EXPECT_THROW(router.add(route("GET", "")), ConfigError);
  EXPECT_TRUE(router.routes().empty());
}

TEST(Router, AnUnsupportedMethodIsAConfigError) {
  Router router;
  for (const char* method : {"HEAD", "OPTIONS", "TRACE", "get", "", "FETCH"}) {
    EXPECT_THROW(router.add(route(method, "/x")), ConfigError) << method;
  }
  EXPECT_TRUE(router.routes().empty());
  for (const char* method : {"GET", "POST", "PUT", "PATCH", "DELETE"}) {
    EXPECT_NO_THROW(router.add(route(method, "/x"))) << method;
  }
}

}  // namespace
}  // namespace caravan
