// Every error class over real HTTP: status, problem+json body, field errors, and that a failed
// mutation leaves nothing behind.

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/StreamCopier.h>

#include <algorithm>

#include "http_fixture.hpp"

namespace caravan::testing {
namespace {

class ErrorsTest : public HttpFixture {
 protected:
  void SetUp() override {
    HttpFixture::SetUp();
    owner_ = client(keyFor("Acme", "owner"));
  }

  /// What a failed mutation must not change: the tenant's products and its audit log.
  struct Snapshot {
    std::vector<std::string> products;
    std::vector<std::string> audit;  // entry ids
    bool operator==(const Snapshot&) const = default;
  };
  Snapshot snapshot() {
    Snapshot snap;
    snap.products = productIds(*owner_);
    for (const auto& entry : auditEntries(*owner_))
      snap.audit.push_back(str(entry, "id"));
    return snap;
  }
  void expectUnchanged(const Snapshot& before) {
    const Snapshot after = snapshot();
    EXPECT_EQ(after.products, before.products) << "a failed request changed the product list";
    EXPECT_EQ(after.audit, before.audit) << "a failed request wrote to the audit log";
  }

  std::unique_ptr<HttpClient> owner_;
};

TEST_F(ErrorsTest, MalformedJsonIs400WithoutFieldErrors) {
  const Snapshot before = snapshot();
  for (const std::string body : {R"({"sku": "A-1", "name": )", "{not json}", "", "[1, 2"}) {
    SCOPED_TRACE("body: " + body);
    const auto result = owner_->post("/api/v1/products", body);
    const auto problem = expectProblem(result, 400, "malformed_json");
    EXPECT_TRUE(errorFields(problem).empty()) << result.body;
  }
  expectUnchanged(before);
}

TEST_F(ErrorsTest, NonObjectJsonIs400) {
  const Snapshot before = snapshot();
  const auto result = owner_->post("/api/v1/products", R"(["sku", "name"])");
  expectProblem(result, 400, "validation_failed");
  expectUnchanged(before);
}

TEST_F(ErrorsTest, EveryInvalidFieldIsReportedInOneAnswer) {
  const Snapshot before = snapshot();
  const auto result = owner_->post(
      "/api/v1/products",
      R"({"sku": "no spaces allowed", "name": "", "origin_country": "XX", "weight_grams": "heavy", "colour": "red"})");
  const auto problem = expectProblem(result, 400, "validation_failed");
  const auto codes = errorCodes(problem);
  EXPECT_EQ(codes.size(), 5u) << result.body;
  EXPECT_EQ(codes.count("sku") ? codes.at("sku") : "<none>", "invalid_format") << result.body;
  EXPECT_EQ(codes.count("name") ? codes.at("name") : "<none>", "required") << result.body;
  EXPECT_EQ(codes.count("origin_country") ? codes.at("origin_country") : "<none>",
            "unknown_country")
      << result.body;
  EXPECT_EQ(codes.count("weight_grams") ? codes.at("weight_grams") : "<none>", "invalid_type")
      << result.body;
  EXPECT_EQ(codes.count("colour") ? codes.at("colour") : "<none>", "unknown_field") << result.body;
  // Each entry has a message for people as well as a code for programs.
  auto errors = problem->getArray("errors");
  for (unsigned i = 0; errors && i < errors->size(); ++i) {
    EXPECT_FALSE(str(errors->getObject(i), "message").empty()) << result.body;
  }
  expectUnchanged(before);
}

TEST_F(ErrorsTest, MissingRequiredFieldsAndOutOfRangeValuesAreNamed) {
  const Snapshot before = snapshot();
  const auto result = owner_->post("/api/v1/products", R"({"weight_grams": -5, "hs_code": "12"})");
  const auto problem = expectProblem(result, 400, "validation_failed");
  const auto codes = errorCodes(problem);
  EXPECT_EQ(codes.count("sku") ? codes.at("sku") : "<none>", "required") << result.body;
  EXPECT_EQ(codes.count("name") ? codes.at("name") : "<none>", "required") << result.body;
  EXPECT_EQ(codes.count("weight_grams") ? codes.at("weight_grams") : "<none>", "out_of_range")
      << result.body;
  EXPECT_EQ(codes.count("hs_code") ? codes.at("hs_code") : "<none>", "invalid_format")
      << result.body;
  expectUnchanged(before);
}

TEST_F(ErrorsTest, NoCredentialsIs401WithChallenge) {
  auto anonymous = client();
  for (const auto& [method, path] : std::vector<std::pair<std::string, std::string>>{
           {"GET", "/api/v1/products"}, {"GET", "/api/v1/audit-log"}, {"GET", "/api/v1/me"}}) {
    SCOPED_TRACE(method + " " + path);
    const auto result = anonymous->request(method, path);
    expectProblem(result, 401, "unauthenticated");
    EXPECT_EQ(result.header("WWW-Authenticate"), "Bearer");
  }
  const Snapshot before = snapshot();
  const auto result = anonymous->post("/api/v1/products", productBody("ANON-1"));
  expectProblem(result, 401, "unauthenticated");
  expectUnchanged(before);
}

TEST_F(ErrorsTest, MalformedBearerTokenIs401) {
  const Snapshot before = snapshot();
  for (const std::string& token : std::vector<std::string>{
           "not-a-caravan-key", "cvn_", "cvn_1_2_short", "cvn_x_y_" + std::string(43, 'a')}) {
    SCOPED_TRACE("token: " + token);
    auto api = client(token);
    expectProblem(api->get("/api/v1/products"), 401, "unauthenticated");
    expectProblem(api->post("/api/v1/products", productBody("BAD-TOKEN")), 401, "unauthenticated");
  }
  // Another scheme than Bearer is no credential at all.
  auto basic = client();
  expectProblem(basic->get("/api/v1/products", {{"Authorization", "Basic dXNlcjpwYXNz"}}), 401,
                "unauthenticated");
  expectUnchanged(before);
}

TEST_F(ErrorsTest, WellFormedButUnknownKeyIs401) {
  const std::string real = keyFor("Acme", "owner");
  // The right tenant and key id with another secret.
  std::string forged = real;
  forged.back() = forged.back() == 'A' ? 'B' : 'A';
  // A key id that does not exist.
  const std::string unknown = "cvn_123456789_987654321_" + std::string(43, 'Q');
  const Snapshot before = snapshot();
  for (const auto& token : {forged, unknown}) {
    SCOPED_TRACE("token: " + token);
    auto api = client(token);
    expectProblem(api->get("/api/v1/products"), 401, "unauthenticated");
    expectProblem(api->post("/api/v1/products", productBody("FORGED-1")), 401, "unauthenticated");
  }
  expectUnchanged(before);
  // The real key still works (the forged one did not disturb its cache entry).
  EXPECT_EQ(client(real)->get("/api/v1/products").status, 200);
}

TEST_F(ErrorsTest, MissingPermissionIs403NamingIt) {
  auto support = client(keyFor("Acme", "support"));
  const auto product = createProduct(*owner_, "PERM-1");
  const std::string path = "/api/v1/products/" + str(product, "id");
  const Snapshot before = snapshot();

  auto problem =
      expectProblem(support->post("/api/v1/products", productBody("PERM-2")), 403, "forbidden");
  EXPECT_NE(str(problem, "detail").find("catalog.products.write"), std::string::npos)
      << toJson(problem);
  problem = expectProblem(
      support->request("PATCH", path, R"({"name": "Renamed"})", {{"If-Match", "\"1\""}}), 403,
      "forbidden");
  EXPECT_NE(str(problem, "detail").find("catalog.products.write"), std::string::npos)
      << toJson(problem);
  problem = expectProblem(support->request("DELETE", path, "", {{"If-Match", "\"1\""}}), 403,
                          "forbidden");
  EXPECT_NE(str(problem, "detail").find("catalog.products.write"), std::string::npos)
      << toJson(problem);
  problem = expectProblem(support->get("/api/v1/audit-log"), 403, "forbidden");
  EXPECT_NE(str(problem, "detail").find("audit.read"), std::string::npos) << toJson(problem);

  expectUnchanged(before);
  // Reading is what support may do.
  EXPECT_EQ(support->get(path).status, 200);
}

TEST_F(ErrorsTest, UnknownRouteIs404) {
  auto anonymous = client();
  expectProblem(anonymous->get("/api/v1/nothing-here"), 404, "not_found");
  expectProblem(anonymous->get("/api/v1/products/1/extra"), 404, "not_found");
  expectProblem(owner_->get("/api/v2/products"), 404, "not_found");
  const Snapshot before = snapshot();
  expectProblem(owner_->post("/api/v1/product", productBody("TYPO-1")), 404, "not_found");
  expectUnchanged(before);
}

TEST_F(ErrorsTest, NonNumericOrUnknownIdIs404) {
  createProduct(*owner_, "ID-1");
  const Snapshot before = snapshot();
  for (const std::string id : {"abc", "12abc", "-1", "0", "1.5", "99999999999999999999999", "1"}) {
    SCOPED_TRACE("id: " + id);
    const std::string path = "/api/v1/products/" + id;
    expectProblem(owner_->get(path), 404, "not_found");
    expectProblem(owner_->request("PATCH", path, R"({"name": "X"})", {{"If-Match", "\"1\""}}), 404,
                  "not_found");
    expectProblem(owner_->request("DELETE", path, "", {{"If-Match", "\"1\""}}), 404, "not_found");
  }
  expectUnchanged(before);
}

TEST_F(ErrorsTest, ProblemBodiesStayValidJsonWhenTheyQuoteBadInput) {
  // The detail may quote what the client sent: bytes that are not UTF-8 (a percent-encoded path
  // segment, the byte where the JSON parser stopped) must not make the problem itself unreadable.
  std::string accented = "a";
  for (int i = 0; i < 30; ++i)
    accented += "%C3%A9";  // cut inside a character when truncated
  for (const std::string& id :
       {std::string("%FF"), std::string("%C3"), std::string("x%FE%FFy"), accented}) {
    SCOPED_TRACE("id: " + id);
    expectProblem(owner_->get("/api/v1/products/" + id), 404, "not_found");
  }
  for (const std::string& body :
       {std::string("[1, 2"), std::string("tru"), std::string("{\"sku\": 1")}) {
    SCOPED_TRACE("body: " + body);
    expectProblem(owner_->post("/api/v1/products", body), 400, "malformed_json");
  }
}

TEST_F(ErrorsTest, WrongMethodIs405WithAllow) {
  const Snapshot before = snapshot();
  auto result = owner_->request("PUT", "/api/v1/products", productBody("PUT-1"));
  expectProblem(result, 405, "method_not_allowed");
  const std::string allow = result.header("Allow");
  EXPECT_NE(allow.find("GET"), std::string::npos) << allow;
  EXPECT_NE(allow.find("POST"), std::string::npos) << allow;
  EXPECT_EQ(allow.find("PUT"), std::string::npos) << allow;

  result = owner_->request("POST", "/api/v1/products/123", productBody("POST-1"));
  expectProblem(result, 405, "method_not_allowed");
  const std::string itemAllow = result.header("Allow");
  for (const char* method : {"GET", "PATCH", "DELETE"}) {
    EXPECT_NE(itemAllow.find(method), std::string::npos) << itemAllow;
  }
  EXPECT_EQ(itemAllow.find("POST"), std::string::npos) << itemAllow;

  result = client()->request("DELETE", "/healthz");
  expectProblem(result, 405, "method_not_allowed");
  EXPECT_EQ(result.header("Allow"), "GET");
  expectUnchanged(before);
}

TEST_F(ErrorsTest, DuplicateSkuIs409OnTheSkuField) {
  createProduct(*owner_, "DUP-1", "First");
  const Snapshot before = snapshot();
  auto result = owner_->post("/api/v1/products", productBody("DUP-1", "Second"));
  auto problem = expectProblem(result, 409, "duplicate");
  auto fields = errorFields(problem);
  ASSERT_FALSE(fields.empty()) << result.body;
  EXPECT_EQ(fields[0], "sku");
  EXPECT_EQ(errorCodes(problem)["sku"], "duplicate");
  expectUnchanged(before);

  // Renaming another product onto a taken SKU is the same conflict, and changes nothing.
  const auto other = createProduct(*owner_, "DUP-2", "Other");
  const Snapshot beforePatch = snapshot();
  result = owner_->request("PATCH", "/api/v1/products/" + str(other, "id"), R"({"sku": "DUP-1"})",
                           {{"If-Match", "\"1\""}});
  problem = expectProblem(result, 409, "duplicate");
  fields = errorFields(problem);
  ASSERT_FALSE(fields.empty()) << result.body;
  EXPECT_EQ(fields[0], "sku");
  expectUnchanged(beforePatch);
  const auto reread = owner_->get("/api/v1/products/" + str(other, "id")).json();
  EXPECT_EQ(str(reread, "sku"), "DUP-2");
  EXPECT_EQ(str(reread, "version"), "1");
}

TEST_F(ErrorsTest, StaleIfMatchIs412) {
  const auto product = createProduct(*owner_, "STALE-1", "Original");
  const std::string path = "/api/v1/products/" + str(product, "id");
  auto result =
      owner_->request("PATCH", path, R"({"name": "First change"})", {{"If-Match", "\"1\""}});
  ASSERT_EQ(result.status, 200) << result.body;
  ASSERT_EQ(result.header("ETag"), "\"2\"");
  const Snapshot before = snapshot();

  // A second writer still holding version 1.
  result = owner_->request("PATCH", path, R"({"name": "Lost update"})", {{"If-Match", "\"1\""}});
  expectProblem(result, 412, "version_mismatch");
  result =
      owner_->request("PATCH", path, R"({"name": "Lost update"})", {{"If-Match", "\"7\", \"8\""}});
  expectProblem(result, 412, "version_mismatch");
  result = owner_->request("DELETE", path, "", {{"If-Match", "\"1\""}});
  expectProblem(result, 412, "version_mismatch");
  // A weak or unquoted tag is not the strong ETag.
  result = owner_->request("PATCH", path, R"({"name": "Lost update"})", {{"If-Match", "2"}});
  expectProblem(result, 412, "version_mismatch");

  expectUnchanged(before);
  const auto reread = owner_->get(path);
  EXPECT_EQ(str(reread.json(), "name"), "First change");
  EXPECT_EQ(str(reread.json(), "version"), "2");
  EXPECT_EQ(reread.header("ETag"), "\"2\"");
}

TEST_F(ErrorsTest, MissingIfMatchIs428) {
  const auto product = createProduct(*owner_, "NOMATCH-1", "Original");
  const std::string path = "/api/v1/products/" + str(product, "id");
  const Snapshot before = snapshot();
  expectProblem(owner_->request("PATCH", path, R"({"name": "Blind write"})"), 428,
                "if_match_required");
  expectProblem(owner_->request("DELETE", path), 428, "if_match_required");
  expectUnchanged(before);
  const auto reread = owner_->get(path).json();
  EXPECT_EQ(str(reread, "name"), "Original");
  EXPECT_EQ(str(reread, "version"), "1");
}

TEST_F(ErrorsTest, NonJsonContentTypeIs415) {
  const Snapshot before = snapshot();
  for (const std::string type :
       {"text/plain", "application/x-www-form-urlencoded", "application/xml"}) {
    SCOPED_TRACE(type);
    const auto result =
        owner_->request("POST", "/api/v1/products", productBody("TYPE-1"), {}, type);
    expectProblem(result, 415, "unsupported_media_type");
  }
  const auto product = createProduct(*owner_, "TYPE-2");
  const Snapshot beforePatch = snapshot();
  const auto result = owner_->request("PATCH", "/api/v1/products/" + str(product, "id"),
                                      R"({"name": "X"})", {{"If-Match", "\"1\""}}, "text/plain");
  expectProblem(result, 415, "unsupported_media_type");
  expectUnchanged(beforePatch);
  EXPECT_EQ(before.products.size() + 1, beforePatch.products.size());
  // A JSON type with parameters, or a +json type, is accepted.
  EXPECT_EQ(owner_
                ->request("POST", "/api/v1/products", productBody("TYPE-3"), {},
                          "application/json; charset=utf-8")
                .status,
            201);
}

TEST_F(ErrorsTest, TenantsCannotSeeOrTouchEachOthersProducts) {
  const auto product = createProduct(*owner_, "MINE-1", "Tenant A's pan");
  const std::string id = str(product, "id");
  const std::string path = "/api/v1/products/" + id;
  auto other = client(keyFor("Globex", "owner"));
  createProduct(*other, "THEIRS-1", "Tenant B's pan");
  const Snapshot before = snapshot();

  expectProblem(other->get(path), 404, "not_found");
  expectProblem(other->request("PATCH", path, R"({"name": "Hijacked"})", {{"If-Match", "\"1\""}}),
                404, "not_found");
  expectProblem(other->request("PATCH", path, R"({"name": "Hijacked"})", {{"If-Match", "*"}}), 404,
                "not_found");
  expectProblem(other->request("DELETE", path, "", {{"If-Match", "\"1\""}}), 404, "not_found");
  const auto theirs = productIds(*other);
  EXPECT_EQ(theirs.size(), 1u);
  EXPECT_EQ(std::count(theirs.begin(), theirs.end(), id), 0) << "tenant B lists tenant A's product";
  // Tenant B's audit log does not show A's product either.
  for (const auto& entry : auditEntries(*other))
    EXPECT_NE(str(entry, "entity_id"), id);

  // A's product is untouched, and A still sees only its own.
  expectUnchanged(before);
  const auto reread = owner_->get(path);
  ASSERT_EQ(reread.status, 200);
  EXPECT_EQ(str(reread.json(), "name"), "Tenant A's pan");
  EXPECT_EQ(str(reread.json(), "version"), "1");
  EXPECT_EQ(productIds(*owner_), std::vector<std::string>{id});
}

TEST_F(ErrorsTest, AnUnreadBodyIsNeverTakenForTheNextRequest) {
  // A request refused before its body is read (no such route, wrong method) leaves the body on the
  // connection. If the server then reads the next request from there, a body that is itself an HTTP
  // request runs as one: here, a product created with a key the outer request never presented.
  const std::string key = keyFor("Acme", "owner");
  const std::string innerBody = productBody("SMUGGLED-1", "Smuggled");
  const std::string inner =
      "POST /api/v1/products HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + key +
      "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(innerBody.size()) +
      "\r\n\r\n" + innerBody;
  for (const auto& [method, path] : std::vector<std::pair<std::string, std::string>>{
           {"POST", "/api/v1/nothing-here"}, {"PUT", "/api/v1/products"}}) {
    SCOPED_TRACE(method + " " + path);
    const std::string outer =
        method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n" +
        "Content-Length: " + std::to_string(inner.size()) + "\r\n\r\n" + inner;
    std::string received;
    try {
      Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", port()));
      socket.setReceiveTimeout(Poco::Timespan(2, 0));
      socket.sendBytes(outer.data(), static_cast<int>(outer.size()));
      char buffer[4096];
      for (;;) {
        const int got = socket.receiveBytes(buffer, sizeof buffer);
        if (got <= 0)
          break;
        received.append(buffer, static_cast<std::size_t>(got));
      }
    } catch (const Poco::Exception&) {
      // a timeout on an idle kept-alive connection, or a reset after the answer: both end the read
    }
    std::size_t answers = 0;
    for (auto at = received.find("HTTP/1.1 "); at != std::string::npos;
         at = received.find("HTTP/1.1 ", at + 1)) {
      ++answers;
    }
    EXPECT_EQ(received.rfind("HTTP/1.1 40", 0), 0u) << received;
    EXPECT_EQ(answers, 1u) << "the body was answered as a request of its own:\n" << received;
  }
  EXPECT_TRUE(productIds(*owner_).empty()) << "the smuggled request created a product";
}

// --- request body limit -------------------------------------------------------------------

class BodyLimitTest : public ErrorsTest {
 protected:
  std::map<std::string, std::string> serverSettings() override {
    return {{"http.max_body_bytes", "2048"}};
  }

  /// A valid product whose body is about `size` bytes (padded in the description).
  static std::string bodyOfSize(const std::string& sku, std::size_t size) {
    const std::string head = productBody(sku, "Padded", R"("description":")");
    return head.substr(0, head.size() - 1) + std::string(size - head.size() - 1, 'x') + "\"}";
  }

  /// POSTs `body` with chunked transfer coding (no Content-Length) on a fresh connection.
  HttpResult postChunked(const std::string& key, const std::string& body) {
    Poco::Net::HTTPClientSession session("127.0.0.1", port());
    session.setTimeout(Poco::Timespan(30, 0));
    Poco::Net::HTTPRequest request("POST", "/api/v1/products", Poco::Net::HTTPMessage::HTTP_1_1);
    request.setChunkedTransferEncoding(true);
    request.setContentType("application/json");
    request.set("Authorization", "Bearer " + key);
    session.sendRequest(request) << body;
    Poco::Net::HTTPResponse response;
    std::istream& in = session.receiveResponse(response);
    HttpResult result;
    Poco::StreamCopier::copyToString(in, result.body);
    result.status = static_cast<int>(response.getStatus());
    for (const auto& [name, value] : response) {
      std::string lower = name;
      for (auto& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      result.headers[lower] = value;
    }
    return result;
  }
};

TEST_F(BodyLimitTest, BodyOverTheLimitIs413WithContentLength) {
  const Snapshot before = snapshot();
  const std::string body = bodyOfSize("BIG-1", 3000);
  ASSERT_EQ(body.size(), 3000u);
  const auto result = owner_->post("/api/v1/products", body);
  expectProblem(result, 413, "payload_too_large");
  // The unread rest of the body cannot be skipped safely: the server closes the connection.
  std::string connection = result.header("Connection");
  for (auto& c : connection)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  EXPECT_EQ(connection, "close");
  expectUnchanged(before);
  // A body under the limit is accepted: the limit, not the content, refused the first.
  const auto fits = owner_->post("/api/v1/products", bodyOfSize("SMALL-1", 2000));
  EXPECT_EQ(fits.status, 201) << fits.body;
}

TEST_F(BodyLimitTest, ChunkedBodyOverTheLimitIs413) {
  const std::string key = keyFor("Acme", "owner");
  const Snapshot before = snapshot();
  const auto result = postChunked(key, bodyOfSize("BIG-2", 3000));
  expectProblem(result, 413, "payload_too_large");
  expectUnchanged(before);
  // Chunked bodies under the limit are read and accepted.
  const auto fits = postChunked(key, bodyOfSize("SMALL-2", 2000));
  EXPECT_EQ(fits.status, 201) << fits.body;
}

TEST_F(BodyLimitTest, LargeChunkedBodyIsCutOffAt413) {
  // Well over the limit and over the server's 16 KiB read buffer: it stops reading after the first
  // buffer and answers. (64 KiB still fits the loopback socket buffers, so the client's send never
  // fails on the connection the server closes.)
  const std::string key = keyFor("Acme", "owner");
  const Snapshot before = snapshot();
  const auto result = postChunked(key, bodyOfSize("HUGE-1", 64 * 1024));
  expectProblem(result, 413, "payload_too_large");
  expectUnchanged(before);
}

}  // namespace
}  // namespace caravan::testing
