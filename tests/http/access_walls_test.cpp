// The access walls, walked route by route. Nothing here names a route: the walker reads what the
// binary registers (`caravan routes`), which role holds which permission (`caravan roles`) and how
// to create a record of every collection (a POST without path parameters whose records can be
// listed or read by id) from the `example` of its request body in /api/v1/openapi.json. It then
// calls every protected route without credentials (401), as another tenant's owner on this
// tenant's records (404), and with a key of each role alone (403 exactly where the role lacks the
// route's permission). A new route is covered without a test of its own; a new collection only
// needs an example in its module's openapi.json (a `<thing>_id` field in it is filled with the id
// of a record of the `/<things>` collection).

#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <regex>
#include <sstream>

#include "http_fixture.hpp"

namespace caravan::testing {
namespace {

/// One line of `caravan routes`.
struct ApiRoute {
  std::string method;
  std::string pattern;
  std::string permission;
  std::string name;

  bool isPublic() const { return permission == "public"; }
  std::string label() const { return method + " " + pattern; }
  bool hasParameters() const { return pattern.find('{') != std::string::npos; }
  bool sendsBody() const { return method == "POST" || method == "PUT" || method == "PATCH"; }
  bool needsIfMatch() const { return method == "PUT" || method == "PATCH" || method == "DELETE"; }
};

/// A POST route without path parameters that makes records (see holdsRecords), and its
/// documented example.
struct Collection {
  std::string pattern;
  JsonObject example;
  /// Example fields that name a record of another collection: field -> that collection's pattern.
  std::map<std::string, std::string> references;
};

/// Collection pattern -> the id of a record created in it.
using RecordIds = std::map<std::string, std::string>;

std::string describe(const HttpResult& result) {
  std::string body = result.body.size() > 600 ? result.body.substr(0, 600) + "..." : result.body;
  return "got " + std::to_string(result.status) + " " + body;
}

JsonObject tryParseObject(const std::string& text) {
  try {
    Poco::JSON::Parser parser;
    return parser.parse(text).extract<Poco::JSON::Object::Ptr>();
  } catch (const std::exception&) {
    return nullptr;
  }
}

/// `legal_entity` -> `legal-entities`: the last path segment of the collection a `<thing>_id`
/// names.
std::string pluralSegment(std::string thing) {
  std::replace(thing.begin(), thing.end(), '_', '-');
  const auto endsWith = [&](const std::string& tail) {
    return thing.size() >= tail.size() &&
           thing.compare(thing.size() - tail.size(), tail.size(), tail) == 0;
  };
  if (thing.size() > 1 && thing.back() == 'y' &&
      std::string("aeiou").find(thing[thing.size() - 2]) == std::string::npos) {
    return thing.substr(0, thing.size() - 1) + "ies";
  }
  if (endsWith("s") || endsWith("x") || endsWith("z") || endsWith("ch") || endsWith("sh"))
    return thing + "es";
  return thing + "s";
}

/// Collection patterns are kept in creation order; a record's references come before it.
class Surface {
 public:
  std::vector<ApiRoute> routes;                         ///< every route, as registered
  std::map<std::string, std::set<std::string>> grants;  ///< role -> permissions
  std::vector<Collection> collections;                  ///< in an order that satisfies references

  std::vector<ApiRoute> protectedRoutes() const {
    std::vector<ApiRoute> found;
    for (const auto& route : routes) {
      if (!route.isPublic())
        found.push_back(route);
    }
    return found;
  }

  const Collection* collection(const std::string& pattern) const {
    for (const auto& c : collections) {
      if (c.pattern == pattern)
        return &c;
    }
    return nullptr;
  }

  std::size_t creationIndex(const std::string& pattern) const {
    for (std::size_t i = 0; i < collections.size(); ++i) {
      if (collections[i].pattern == pattern)
        return i;
    }
    return collections.size();
  }

  /// The collection whose path ends with the plural of `thing` (`legal_entity` ->
  /// `/legal-entities`), or "" when there is none.
  std::string collectionNamedBy(const std::string& thing, const std::vector<std::string>& among) {
    const std::string tail = "/" + pluralSegment(thing);
    for (const auto& pattern : among) {
      if (pattern.size() >= tail.size() &&
          pattern.compare(pattern.size() - tail.size(), tail.size(), tail) == 0) {
        return pattern;
      }
    }
    return "";
  }

  /// The collection a path parameter names: `{id}` the longest collection that the pattern up
  /// to it starts with, `{thing_id}` the collection of `thing`s. "" when none.
  std::string collectionOfParameter(const std::string& prefix, const std::string& parameter) {
    std::vector<std::string> patterns;
    for (const auto& c : collections)
      patterns.push_back(c.pattern);
    if (parameter == "id") {
      std::string best;
      for (const auto& pattern : patterns) {
        const bool matches = prefix == pattern || prefix.rfind(pattern + "/", 0) == 0;
        if (matches && pattern.size() > best.size())
          best = pattern;
      }
      return best;
    }
    if (parameter.size() > 3 && parameter.compare(parameter.size() - 3, 3, "_id") == 0)
      return collectionNamedBy(parameter.substr(0, parameter.size() - 3), patterns);
    return "";
  }

  /// The collection whose records the route's `{id}` names ("" when it has no `{id}`).
  std::string collectionOfRoute(const ApiRoute& route) {
    const auto at = route.pattern.find("/{id}");
    if (at == std::string::npos)
      return "";
    return collectionOfParameter(route.pattern.substr(0, at), "id");
  }
};

/// One request of a walk, as sent.
struct Call {
  std::string path;
  std::string body;
  std::map<std::string, std::string> headers;
};

class AccessWallsTest : public HttpFixture {
 protected:
  /// Routes and grants from the binary, collections and their examples from the API document.
  /// Failures (a collection without an example, references that cannot be satisfied) are
  /// reported here, naming the route.
  Surface discover(bool withCollections) {
    Surface surface;
    const std::string routes = runCaravanOk(database().url(), {"routes"});
    std::istringstream routeLines(routes);
    std::string line;
    while (std::getline(routeLines, line)) {
      std::istringstream fields(line);
      ApiRoute route;
      if (fields >> route.method >> route.pattern >> route.permission >> route.name)
        surface.routes.push_back(route);
    }
    EXPECT_GE(surface.protectedRoutes().size(), 5u)
        << "`caravan routes` lists too few protected routes to walk:\n"
        << routes;

    const std::string roles = runCaravanOk(database().url(), {"roles"});
    std::istringstream roleLines(roles);
    while (std::getline(roleLines, line)) {
      std::istringstream fields(line);
      std::string role, permission;
      if (fields >> role >> permission)
        surface.grants[role].insert(permission);
    }
    EXPECT_TRUE(surface.grants.count("owner")) << "`caravan roles` printed:\n" << roles;
    if (withCollections)
      discoverCollections(surface);
    return surface;
  }

  void discoverCollections(Surface& surface) {
    const HttpResult result = client()->get("/api/v1/openapi.json");
    ASSERT_EQ(result.status, 200) << "GET /api/v1/openapi.json " << describe(result);
    document_ = tryParseObject(result.body);
    ASSERT_TRUE(document_) << "GET /api/v1/openapi.json is not a JSON object";

    std::vector<Collection> unordered;
    for (const auto& route : surface.routes) {
      if (route.method != "POST" || route.hasParameters() || route.isPublic() ||
          !holdsRecords(surface, route.pattern)) {
        continue;
      }
      // Collections no seller may write (the platform operators' tenants) hold no seller's
      // records: the walls between sellers do not run through them. The role walk still checks
      // that every seller role is refused there.
      if (!surface.grants.at("owner").count(route.permission))
        continue;
      Collection collection{route.pattern, example("post", route.pattern), {}};
      if (!collection.example) {
        ADD_FAILURE() << route.label() << " creates records but its OpenAPI operation has no "
                      << "requestBody.content[\"application/json\"].example (a JSON object that "
                         "creates a valid record): document one in the module's openapi.json so "
                         "that the access walls cover this collection";
        continue;
      }
      unordered.push_back(collection);
    }
    std::vector<std::string> patterns;
    for (const auto& c : unordered)
      patterns.push_back(c.pattern);
    for (auto& c : unordered) {
      for (const auto& field : c.example->getNames()) {
        const auto value = c.example->get(field);
        if (field.size() <= 3 || field.compare(field.size() - 3, 3, "_id") != 0 ||
            !value.isString()) {
          continue;
        }
        // A `<thing>_id` that names no collection is an ordinary value (a tax id, say).
        const std::string target =
            surface.collectionNamedBy(field.substr(0, field.size() - 3), patterns);
        if (!target.empty())
          c.references[field] = target;
      }
    }
    // Creation order: a collection after every collection its example refers to.
    std::set<std::string> placed;
    while (!unordered.empty()) {
      auto ready = std::find_if(unordered.begin(), unordered.end(), [&](const Collection& c) {
        return std::all_of(c.references.begin(), c.references.end(),
                           [&](const auto& reference) { return placed.count(reference.second); });
      });
      if (ready == unordered.end()) {
        std::string stuck;
        for (const auto& c : unordered) {
          for (const auto& [field, target] : c.references)
            stuck += "\n  POST " + c.pattern + ": " + field + " -> " + target;
        }
        ADD_FAILURE() << "the examples' references form a cycle; no order creates them all:"
                      << stuck;
        break;
      }
      placed.insert(ready->pattern);
      surface.collections.push_back(*ready);
      unordered.erase(ready);
    }
  }

  /// A POST route without parameters makes records when its records can be listed or named:
  /// a GET of the same pattern, or routes below it by parameter (`/stores` with `/stores/{id}`).
  /// Other POSTs are actions (`/auth/logout`) and need no example.
  static bool holdsRecords(const Surface& surface, const std::string& pattern) {
    return std::any_of(surface.routes.begin(), surface.routes.end(), [&](const ApiRoute& route) {
      return (route.method == "GET" && route.pattern == pattern) ||
             route.pattern.rfind(pattern + "/{", 0) == 0;
    });
  }

  /// The documented request example of an operation, or null.
  JsonObject example(const std::string& method, const std::string& pattern) const {
    try {
      if (!document_ || !document_->isObject("paths"))
        return nullptr;
      const auto paths = document_->getObject("paths");
      if (!paths->isObject(pattern) || !paths->getObject(pattern)->isObject(method))
        return nullptr;
      const auto operation = paths->getObject(pattern)->getObject(method);
      if (!operation->isObject("requestBody"))
        return nullptr;
      const auto content = operation->getObject("requestBody")->getObject("content");
      if (!content || !content->isObject("application/json"))
        return nullptr;
      const auto json = content->getObject("application/json");
      return json->isObject("example") ? json->getObject("example") : nullptr;
    } catch (const std::exception&) {
      return nullptr;
    }
  }

  /// The example with each reference replaced by the id of the record it should name.
  static std::string bodyFrom(const Collection& collection, const RecordIds& ids) {
    Poco::JSON::Parser parser;
    auto body = parser.parse(toJson(collection.example)).extract<Poco::JSON::Object::Ptr>();
    for (const auto& [field, target] : collection.references) {
      auto found = ids.find(target);
      if (found != ids.end())
        body->set(field, found->second);
    }
    return toJson(body);
  }

  /// A record made by `owner` from the collection's example (its references naming records in
  /// `ids`); returns its id. Fails the test, naming the route, when the example makes none. A
  /// job the server queues (202 with an id) is a record too.
  std::string createRecord(HttpClient& owner, const Collection& collection, const RecordIds& ids,
                           const std::string& whose) {
    const std::string body = bodyFrom(collection, ids);
    const HttpResult result = owner.post(collection.pattern, body);
    const JsonObject created = tryParseObject(result.body);
    const std::string id = created ? str(created, "id") : "<absent>";
    if ((result.status != 201 && result.status != 202) || id == "<absent>" || id == "<null>" ||
        id.empty()) {
      ADD_FAILURE() << whose << "'s owner: POST " << collection.pattern
                    << " with its documented example " << body
                    << " should create a record (201 or 202 with an id), " << describe(result);
      throw std::runtime_error("the example of POST " + collection.pattern + " creates no record");
    }
    return id;
  }

  /// One record in every collection, created by `owner` from the examples.
  RecordIds createRecords(HttpClient& owner, const Surface& surface, const std::string& whose) {
    RecordIds ids;
    for (const auto& collection : surface.collections)
      ids[collection.pattern] = createRecord(owner, collection, ids, whose);
    return ids;
  }

  /// The request for `route`: path parameters from `ids` (null: the placeholder 1), the documented
  /// example (or the collection's) as body, `If-Match: *` where updates need it.
  Call callFor(const ApiRoute& route, Surface& surface, const RecordIds* ids,
               std::string* unresolved = nullptr) {
    Call call;
    std::string& path = call.path;
    const std::string& pattern = route.pattern;
    std::size_t at = 0;
    while (at < pattern.size()) {
      const auto open = pattern.find('{', at);
      if (open == std::string::npos) {
        path += pattern.substr(at);
        break;
      }
      const auto close = pattern.find('}', open);
      path += pattern.substr(at, open - at);
      const std::string parameter = pattern.substr(open + 1, close - open - 1);
      std::string value = "1";
      if (ids) {
        const std::string collection =
            surface.collectionOfParameter(pattern.substr(0, open - 1), parameter);
        auto found = ids->find(collection);
        if (found != ids->end()) {
          value = found->second;
        } else if (unresolved) {
          *unresolved += (unresolved->empty() ? "" : ", ") + ("{" + parameter + "}");
        }
      }
      path += value;
      at = close + 1;
    }
    if (route.sendsBody()) {
      call.body = "{}";
      if (ids) {
        std::string lower = route.method;
        for (auto& c : lower)
          c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        const Collection* collection = surface.collection(route.pattern);
        if (!collection)
          collection = surface.collection(surface.collectionOfRoute(route));
        if (const JsonObject own = example(lower, route.pattern); own && collection) {
          call.body = bodyFrom(Collection{route.pattern, own, collection->references}, *ids);
        } else if (own) {
          call.body = toJson(own);
        } else if (collection) {
          call.body = bodyFrom(*collection, *ids);
        }
      }
    }
    if (route.needsIfMatch())
      call.headers["If-Match"] = "*";
    return call;
  }

  /// The protected routes in walking order: deletions last, a collection's dependents' records
  /// deleted before the records they refer to, so that each request finds its record.
  static std::vector<ApiRoute> walkOrder(Surface& surface) {
    std::vector<ApiRoute> ordered;
    std::vector<ApiRoute> deletions;
    for (const auto& route : surface.protectedRoutes())
      (route.method == "DELETE" ? deletions : ordered).push_back(route);
    std::stable_sort(deletions.begin(), deletions.end(), [&](const ApiRoute& a, const ApiRoute& b) {
      return surface.creationIndex(surface.collectionOfRoute(a)) >
             surface.creationIndex(surface.collectionOfRoute(b));
    });
    ordered.insert(ordered.end(), deletions.begin(), deletions.end());
    return ordered;
  }

  HttpResult send(HttpClient& api, const ApiRoute& route, const Call& call) {
    return api.request(route.method, call.path, call.body, call.headers);
  }

  /// Every protected route without credentials, and with a key nobody issued: 401 each time.
  /// Returns the routes called.
  std::set<std::string> walkWithoutCredentials(Surface& surface) {
    std::set<std::string> walked;
    auto anonymous = client();
    auto stranger = client("cvn_0000000000000000000000000000000000000000");
    for (const auto& route : walkOrder(surface)) {
      const Call call = callFor(route, surface, nullptr);
      for (auto* api : {anonymous.get(), stranger.get()}) {
        const char* who = api == anonymous.get() ? "without credentials" : "with an unknown key";
        const HttpResult result = send(*api, route, call);
        EXPECT_EQ(result.status, 401)
            << route.label() << " (" << route.permission << ") " << who << " as " << route.method
            << " " << call.path << " must be 401, " << describe(result);
        if (result.status == 401) {
          EXPECT_EQ(result.header("Content-Type"), "application/problem+json")
              << route.label() << " " << who;
          const JsonObject problem = tryParseObject(result.body);
          EXPECT_EQ(problem ? str(problem, "code") : "<not json>", "unauthenticated")
              << route.label() << " " << who << ": " << result.body;
        }
      }
      walked.insert(route.label());
    }
    return walked;
  }

  struct RoleWalk {
    std::set<std::string> walked;
    int denied = 0;
    int allowed = 0;
  };

  /// Every protected route with a key of the owner's tenant holding only `role`, on the tenant's
  /// records `ids`: 403 naming the permission where `caravan roles` does not give the role the
  /// route's permission, anything but 401/403 (or a server error) where it does. Records the role
  /// deleted are made again by `owner` afterwards (`ids` then names the new ones), so that the
  /// next role finds a record behind every route.
  RoleWalk walkAsRole(Surface& surface, const std::string& role, const std::string& tenantName,
                      HttpClient& owner, RecordIds& ids) {
    RoleWalk walk;
    auto api = client(keyFor(tenantName, role));
    const auto& held = surface.grants.at(role);
    std::set<std::string> deleted;
    for (const auto& route : walkOrder(surface)) {
      const Call call = callFor(route, surface, &ids);
      const HttpResult result = send(*api, route, call);
      const std::string where = "role " + role + ": " + route.label() + " (needs " +
                                route.permission + ") as " + route.method + " " + call.path +
                                (call.body.empty() ? "" : " with " + call.body);
      if (!held.count(route.permission)) {
        ++walk.denied;
        if (result.status != 403) {
          ADD_FAILURE() << where << ": the role lacks the permission, so the answer must be 403, "
                        << describe(result);
        } else {
          const JsonObject problem = tryParseObject(result.body);
          EXPECT_EQ(problem ? str(problem, "code") : "<not json>", "forbidden")
              << where << ": " << describe(result);
          EXPECT_NE(problem ? str(problem, "detail").find(route.permission) : std::string::npos,
                    std::string::npos)
              << where << ": the problem's detail must name the permission, " << describe(result);
        }
      } else {
        ++walk.allowed;
        EXPECT_TRUE(result.status != 401 && result.status != 403 && result.status > 0 &&
                    result.status < 500)
            << where << ": the role holds the permission, so the answer must be neither 401 nor "
            << "403 (nor a server error), " << describe(result);
      }
      if (route.method == "DELETE" && result.status >= 200 && result.status < 300)
        deleted.insert(surface.collectionOfRoute(route));
      walk.walked.insert(route.label());
    }
    for (const auto& collection : surface.collections) {
      if (deleted.count(collection.pattern))
        ids[collection.pattern] = createRecord(owner, collection, ids, tenantName);
    }
    return walk;
  }

 private:
  JsonObject document_;
};

std::string joined(const std::set<std::string>& items) {
  std::string text = "routes walked:";
  for (const auto& item : items)
    text += "\n  " + item;
  return text;
}

TEST_F(AccessWallsTest, EveryProtectedRouteNeedsCredentials) {
  Surface surface = discover(false);
  const auto walked = walkWithoutCredentials(surface);
  EXPECT_EQ(walked.size(), surface.protectedRoutes().size()) << joined(walked);
}

TEST_F(AccessWallsTest, AnotherTenantFindsNoRecordOfThisOne) {
  Surface surface = discover(true);
  ASSERT_FALSE(HasFailure()) << "discovery failed; see above";
  ASSERT_FALSE(surface.collections.empty()) << "no POST collection to make records in";
  auto ownerA = client(keyFor("Walls A", "owner"));
  const RecordIds idsA = createRecords(*ownerA, surface, "tenant A");
  auto ownerB = client(keyFor("Walls B", "owner"));
  const auto foreignIdIn = [&](const std::string& body) -> std::string {
    for (const auto& [collection, id] : idsA) {
      if (body.find(id) != std::string::npos)
        return id + " (of " + collection + ")";
    }
    return "";
  };

  // Every list (and every other read without parameters) B can make shows none of A's ids; the
  // collections' lists show them to A, so the check could see them.
  int lists = 0;
  const auto& ownerHolds = surface.grants.at("owner");
  for (const auto& route : surface.protectedRoutes()) {
    if (route.method != "GET" || route.hasParameters() || !ownerHolds.count(route.permission))
      continue;  // a route the owner may not call shows nothing (the role walk checks its 403)
    const HttpResult asB = ownerB->get(route.pattern);
    EXPECT_EQ(foreignIdIn(asB.body), "") << "tenant B's owner: GET " << route.pattern
                                         << " shows a record id of tenant A, " << describe(asB);
    if (surface.collection(route.pattern)) {
      ++lists;
      EXPECT_EQ(asB.status, 200) << "tenant B's owner: GET " << route.pattern << " "
                                 << describe(asB);
      const HttpResult asA = ownerA->get(route.pattern);
      EXPECT_NE(asA.body.find(idsA.at(route.pattern)), std::string::npos)
          << "tenant A's owner: GET " << route.pattern << " should list its record "
          << idsA.at(route.pattern) << ", " << describe(asA);
    }
  }

  // Every route naming a record by {id}, called by B with the id of A's record: 404, as if the
  // record did not exist (not 200, nor 403/409/412/428, which would confirm that it does).
  int walls = 0;
  for (const auto& route : walkOrder(surface)) {
    if (route.pattern.find("{id}") == std::string::npos || !ownerHolds.count(route.permission))
      continue;
    std::string unresolved;
    const Call call = callFor(route, surface, &idsA, &unresolved);
    if (!unresolved.empty()) {
      ADD_FAILURE() << route.label() << ": no POST collection makes the records that " << unresolved
                    << " names (the collection is the longest POST route without parameters "
                       "that the pattern before /{id} starts with), so the walker cannot aim it "
                       "at another tenant's record";
      continue;
    }
    ++walls;
    const HttpResult result = send(*ownerB, route, call);
    EXPECT_EQ(result.status, 404) << "tenant B's owner: " << route.label() << " ("
                                  << route.permission << ") as " << route.method << " " << call.path
                                  << (call.body.empty() ? "" : " with " + call.body)
                                  << " names a record of tenant A and must be 404, "
                                  << describe(result);
  }
  EXPECT_GE(walls, 1) << "no route names a record by {id}";

  // A's records are all still there, under the ids used above.
  int reads = 0;
  const std::string byId = "/{id}";
  for (const auto& route : surface.protectedRoutes()) {
    const auto& pattern = route.pattern;
    if (route.method != "GET" || pattern.size() <= byId.size() ||
        pattern.compare(pattern.size() - byId.size(), byId.size(), byId) != 0) {
      continue;
    }
    const std::string collection = pattern.substr(0, pattern.size() - byId.size());
    auto record = idsA.find(collection);
    if (record == idsA.end())
      continue;
    ++reads;
    const HttpResult result = ownerA->get(collection + "/" + record->second);
    EXPECT_EQ(result.status, 200) << "tenant A's owner: GET " << collection << "/" << record->second
                                  << " after tenant B's attempts, " << describe(result);
    EXPECT_NE(result.body.find(record->second), std::string::npos) << describe(result);
  }
  EXPECT_GE(reads, 1) << "no collection can be read back by id";
  EXPECT_GE(lists, 1) << "no collection can be listed";
}

TEST_F(AccessWallsTest, EachRoleReachesExactlyWhatItsPermissionsAllow) {
  Surface surface = discover(true);
  ASSERT_FALSE(HasFailure()) << "discovery failed; see above";
  ASSERT_GE(surface.grants.size(), 2u) << "`caravan roles` lists fewer than two roles";
  auto owner = client(keyFor("Walls A", "owner"));
  RecordIds ids = createRecords(*owner, surface, "tenant A");
  int denied = 0;
  int allowed = 0;
  for (const auto& [role, permissions] : surface.grants) {
    SCOPED_TRACE("role " + role);
    const RoleWalk walk = walkAsRole(surface, role, "Walls A", *owner, ids);
    EXPECT_EQ(walk.walked.size(), surface.protectedRoutes().size()) << joined(walk.walked);
    denied += walk.denied;
    allowed += walk.allowed;
  }
  // Both directions were exercised: some role lacks some permission, and roles hold some.
  EXPECT_GT(denied, 0);
  EXPECT_GT(allowed, 0);
}

/// Samples of caravan_http_requests_total: route name -> statuses seen.
std::map<std::string, std::set<int>> statusesByRoute(const std::string& metrics) {
  static const std::regex sample(
      R"re(^caravan_http_requests_total\{route="([^"]*)",method="[^"]*",status="([0-9]+)"\} ([0-9.eE+]+)$)re");
  std::map<std::string, std::set<int>> seen;
  std::istringstream lines(metrics);
  std::string line;
  std::smatch match;
  while (std::getline(lines, line)) {
    if (std::regex_match(line, match, sample) && std::stod(match[3].str()) >= 1)
      seen[match[1].str()].insert(std::stoi(match[2].str()));
  }
  return seen;
}

TEST_F(AccessWallsTest, TheWalkerReachesEveryProtectedRoute) {
  Surface surface = discover(true);
  ASSERT_FALSE(HasFailure()) << "discovery failed; see above";
  const auto protectedRoutes = surface.protectedRoutes();
  ASSERT_GE(protectedRoutes.size(), 5u);

  const auto anonymous = walkWithoutCredentials(surface);
  auto ownerKey = client(keyFor("Walls A", "owner"));
  RecordIds ids = createRecords(*ownerKey, surface, "tenant A");
  const RoleWalk owner = walkAsRole(surface, "owner", "Walls A", *ownerKey, ids);
  EXPECT_EQ(anonymous.size(), protectedRoutes.size()) << joined(anonymous);
  EXPECT_EQ(owner.walked.size(), protectedRoutes.size()) << joined(owner.walked);
  // The server's own count: each route answered the anonymous walk with 401 and the owner as its
  // permissions say, so the requests reached the routes (not "unmatched").
  const HttpResult metrics = client()->get("/metrics");
  ASSERT_EQ(metrics.status, 200);
  const auto seen = statusesByRoute(metrics.body);
  for (const auto& route : protectedRoutes) {
    auto found = seen.find(route.name);
    ASSERT_TRUE(found != seen.end())
        << route.label() << " (" << route.name << ") was never requested, per /metrics";
    EXPECT_TRUE(found->second.count(401)) << route.label() << " never answered 401";
    if (surface.grants.at("owner").count(route.permission)) {
      EXPECT_TRUE(std::any_of(found->second.begin(), found->second.end(),
                              [](int status) { return status != 401 && status != 403; }))
          << route.label() << " never let the owner through";
    } else {
      EXPECT_TRUE(found->second.count(403)) << route.label() << " never answered the owner 403";
    }
  }
}

}  // namespace
}  // namespace caravan::testing
