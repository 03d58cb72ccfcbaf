// The product resource end to end: versions, partial updates, Unicode, pagination, the audit
// trail of every change, and who may do what.

#include <Poco/URI.h>

#include <caravan/platform/pagination.hpp>
#include <set>

#include "http_fixture.hpp"

namespace caravan::testing {
namespace {

class ProductsTest : public HttpFixture {
 protected:
  void SetUp() override {
    HttpFixture::SetUp();
    owner_ = client(keyFor("Acme", "owner"));
  }

  static std::string encoded(const std::string& text) {
    std::string out;
    Poco::URI::encode(text, "?#[]@!$&'()*+,;=/:", out);
    return out;
  }

  std::unique_ptr<HttpClient> owner_;
};

std::vector<std::string> jsonStrings(const std::string& arrayText) {
  std::vector<std::string> names;
  const auto parsed = parseObject(R"({"a":)" + arrayText + "}");
  if (!parsed->isArray("a")) {
    ADD_FAILURE() << "not a JSON array: " << arrayText;
    return names;
  }
  auto array = parsed->getArray("a");
  for (unsigned i = 0; i < array->size(); ++i)
    names.push_back(array->getElement<std::string>(i));
  return names;
}

TEST_F(ProductsTest, CreateReadUpdateDelete) {
  auto created = owner_->post(
      "/api/v1/products",
      R"({"sku": "PAN-28", "name": "  Cast iron pan  ", "description": "Pre-seasoned, 28 cm",
          "hs_code": "7323.91", "origin_country": "DE", "weight_grams": 2300})");
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.header("Content-Type"), "application/json");
  EXPECT_EQ(created.header("ETag"), "\"1\"");
  const auto product = created.json();
  const std::string id = str(product, "id");
  const std::string path = "/api/v1/products/" + id;
  EXPECT_EQ(created.header("Location"), path);
  EXPECT_EQ(str(product, "sku"), "PAN-28");
  EXPECT_EQ(str(product, "name"), "Cast iron pan") << "surrounding white space is trimmed";
  EXPECT_EQ(str(product, "description"), "Pre-seasoned, 28 cm");
  EXPECT_EQ(str(product, "hs_code"), "732391") << "the HS code is stored as digits";
  EXPECT_EQ(str(product, "origin_country"), "DE");
  EXPECT_EQ(str(product, "weight_grams"), "2300");
  EXPECT_EQ(str(product, "version"), "1");
  EXPECT_EQ(str(product, "created_at").back(), 'Z');
  EXPECT_TRUE(product->get("id").isString()) << "ids are strings: they exceed 2^53";

  auto read = owner_->get(path);
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_EQ(read.header("ETag"), "\"1\"");
  EXPECT_EQ(read.body, created.body);

  auto patched =
      owner_->request("PATCH", path, R"({"name": "Cast iron skillet", "weight_grams": 2250})",
                      {{"If-Match", "\"1\""}});
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(patched.header("ETag"), "\"2\"");
  auto after = patched.json();
  EXPECT_EQ(str(after, "name"), "Cast iron skillet");
  EXPECT_EQ(str(after, "weight_grams"), "2250");
  EXPECT_EQ(str(after, "description"), "Pre-seasoned, 28 cm") << "absent fields keep their value";
  EXPECT_EQ(str(after, "sku"), "PAN-28");
  EXPECT_EQ(str(after, "version"), "2");
  EXPECT_EQ(str(after, "created_at"), str(product, "created_at"));

  // null clears an optional field.
  patched = owner_->request("PATCH", path, R"({"description": null, "hs_code": null})",
                            {{"If-Match", "\"2\""}});
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(patched.header("ETag"), "\"3\"");
  after = patched.json();
  EXPECT_EQ(str(after, "description"), "<null>");
  EXPECT_EQ(str(after, "hs_code"), "<null>");
  EXPECT_EQ(str(after, "origin_country"), "DE");
  read = owner_->get(path);
  EXPECT_EQ(read.body, patched.body);
  EXPECT_EQ(read.header("ETag"), "\"3\"");

  // A required field cannot be cleared.
  const auto cleared = owner_->request("PATCH", path, R"({"name": null})", {{"If-Match", "\"3\""}});
  auto problem = expectProblem(cleared, 400, "validation_failed");
  EXPECT_EQ(errorFields(problem), std::vector<std::string>{"name"});
  EXPECT_EQ(owner_->get(path).header("ETag"), "\"3\"");

  // "*" matches whatever version is current.
  const auto deleted = owner_->request("DELETE", path, "", {{"If-Match", "*"}});
  EXPECT_EQ(deleted.status, 204) << deleted.body;
  EXPECT_TRUE(deleted.body.empty());
  expectProblem(owner_->get(path), 404, "not_found");
  expectProblem(owner_->request("DELETE", path, "", {{"If-Match", "*"}}), 404, "not_found");
  EXPECT_TRUE(productIds(*owner_).empty());
}

TEST_F(ProductsTest, Utf8mb4RoundTrip) {
  // CJK, Latin accents, a 4-byte emoji and a combining sequence.
  const std::string name = "東京の鉄瓶 – Crème brûlée façon Ærø 🫖 ☕ n\xcc\x83";
  const std::string description = "Здравствуйте 👋🏽 مرحبا";
  const auto created =
      owner_->post("/api/v1/products", R"({"sku": "UTF-1", "name": ")" + name +
                                           R"(", "description": ")" + description + "\"}");
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(str(created.json(), "name"), name);
  const std::string id = str(created.json(), "id");
  const auto read = owner_->get("/api/v1/products/" + id);
  ASSERT_EQ(read.status, 200);
  EXPECT_EQ(str(read.json(), "name"), name);
  EXPECT_EQ(str(read.json(), "description"), description);
  const auto list = owner_->get("/api/v1/products");
  ASSERT_EQ(list.status, 200);
  auto items = list.json()->getArray("items");
  ASSERT_EQ(items->size(), 1u);
  EXPECT_EQ(str(items->getObject(0), "name"), name);

  // Escaped in JSON (\uXXXX, with a surrogate pair for the emoji) is the same text.
  const auto escaped = owner_->post(
      "/api/v1/products", R"({"sku": "UTF-2", "name": "\u6771\u4eac \u00e9 \ud83e\uded6"})");
  ASSERT_EQ(escaped.status, 201) << escaped.body;
  EXPECT_EQ(str(owner_->get("/api/v1/products/" + str(escaped.json(), "id")).json(), "name"),
            "東京 é 🫖");

  // Lengths count characters, not bytes: 255 emoji fit in a 255-character name, 256 do not.
  std::string longest;
  for (int i = 0; i < 255; ++i)
    longest += "🚚";
  const auto fits = owner_->post("/api/v1/products", productBody("UTF-3", longest));
  EXPECT_EQ(fits.status, 201) << fits.body.substr(0, 300);
  EXPECT_EQ(str(fits.json(), "name"), longest);
  const auto tooLong = owner_->post("/api/v1/products", productBody("UTF-4", longest + "🚚"));
  auto problem = expectProblem(tooLong, 400, "validation_failed");
  EXPECT_EQ(errorCodes(problem)["name"], "too_long");

  // Bytes that are not UTF-8 are refused, not stored mangled.
  const auto invalid = owner_->post("/api/v1/products", productBody("UTF-5", "bad \xff\xfe bytes"));
  EXPECT_EQ(invalid.status, 400) << invalid.body;
  EXPECT_EQ(productIds(*owner_).size(), 3u);
}

TEST_F(ProductsTest, CursorPaginationNewestFirst) {
  std::vector<std::string> created;
  for (int i = 1; i <= 7; ++i)
    created.push_back(str(createProduct(*owner_, "PAGE-" + std::to_string(i)), "id"));
  const std::vector<std::string> newestFirst(created.rbegin(), created.rend());

  std::vector<std::string> seen;
  std::vector<std::size_t> sizes;
  std::string cursor;
  for (int page = 0; page < 10; ++page) {
    const auto result = owner_->get("/api/v1/products?limit=3" +
                                    (cursor.empty() ? "" : "&cursor=" + encoded(cursor)));
    ASSERT_EQ(result.status, 200) << result.body;
    const auto body = result.json();
    const auto ids = itemIds(body);
    sizes.push_back(ids.size());
    seen.insert(seen.end(), ids.begin(), ids.end());
    if (body->isNull("next_cursor"))
      break;
    ASSERT_TRUE(body->has("next_cursor")) << result.body;
    cursor = str(body, "next_cursor");
    ASSERT_FALSE(cursor.empty());
  }
  EXPECT_EQ(sizes, (std::vector<std::size_t>{3, 3, 1}));
  EXPECT_EQ(seen, newestFirst);
  EXPECT_EQ(std::set<std::string>(seen.begin(), seen.end()).size(), seen.size()) << "duplicates";

  // Exactly one full page: no cursor to an empty page.
  const auto all = owner_->get("/api/v1/products?limit=7").json();
  EXPECT_EQ(itemIds(all), newestFirst);
  EXPECT_TRUE(all->isNull("next_cursor"));

  // A page stays stable when newer products arrive meanwhile.
  const auto first = owner_->get("/api/v1/products?limit=3").json();
  createProduct(*owner_, "PAGE-8");
  const auto second =
      owner_->get("/api/v1/products?limit=3&cursor=" + encoded(str(first, "next_cursor")));
  EXPECT_EQ(itemIds(second.json()),
            (std::vector<std::string>{newestFirst[3], newestFirst[4], newestFirst[5]}));
}

TEST_F(ProductsTest, BadLimitOrCursorIs400NamingTheParameter) {
  createProduct(*owner_, "Q-1");
  for (const std::string limit : {"0", "201", "-1", "abc", "3.5", ""}) {
    SCOPED_TRACE("limit=" + limit);
    const auto problem =
        expectProblem(owner_->get("/api/v1/products?limit=" + limit), 400, "validation_failed");
    EXPECT_EQ(errorFields(problem), std::vector<std::string>{"limit"});
  }
  EXPECT_EQ(owner_->get("/api/v1/products?limit=200").status, 200);
  EXPECT_EQ(owner_->get("/api/v1/products?limit=1").status, 200);

  for (const std::string& cursor : {std::string("garbage"), std::string("%%%"),
                                    encodeCursor({"not-a-number"}), std::string("YzI")}) {
    SCOPED_TRACE("cursor=" + cursor);
    const auto problem = expectProblem(owner_->get("/api/v1/products?cursor=" + encoded(cursor)),
                                       400, "validation_failed");
    EXPECT_EQ(errorFields(problem), std::vector<std::string>{"cursor"});
  }
  // Both wrong: both named in one answer.
  const auto both = expectProblem(owner_->get("/api/v1/products?limit=0&cursor=garbage"), 400,
                                  "validation_failed");
  EXPECT_EQ(errorFields(both), (std::vector<std::string>{"limit", "cursor"}));
  // A query string that cannot be decoded at all.
  expectProblem(owner_->get("/api/v1/products?limit=%ZZ"), 400, "malformed_query");
  // The audit log's pagination refuses the same way.
  const auto audit =
      expectProblem(owner_->get("/api/v1/audit-log?limit=999"), 400, "validation_failed");
  EXPECT_EQ(errorFields(audit), std::vector<std::string>{"limit"});
}

TEST_F(ProductsTest, EveryChangeIsInTheAuditLog) {
  const std::string ownerKey = keyFor("Acme", "owner");
  auto api = client(ownerKey);
  // cvn_<tenant>_<key id>_<secret>: the actor is the key id (the secret may hold '_' too).
  const auto afterTenant = ownerKey.find('_', 4);
  const auto afterKeyId = ownerKey.find('_', afterTenant + 1);
  const std::string actor = "key:" + ownerKey.substr(afterTenant + 1, afterKeyId - afterTenant - 1);
  const auto created =
      api->post("/api/v1/products", productBody("AUD-1", "Audited", R"("origin_country": "FR")"));
  ASSERT_EQ(created.status, 201);
  const std::string id = str(created.json(), "id");
  const std::string path = "/api/v1/products/" + id;
  const auto patched =
      api->request("PATCH", path, R"({"name": "Audited again"})", {{"If-Match", "\"1\""}});
  ASSERT_EQ(patched.status, 200);
  // A failed change and a read are not audited.
  ASSERT_EQ(api->request("PATCH", path, R"({"name": "Stale"})", {{"If-Match", "\"1\""}}).status,
            412);
  ASSERT_EQ(api->get(path).status, 200);
  const auto deleted = api->request("DELETE", path, "", {{"If-Match", "\"2\""}});
  ASSERT_EQ(deleted.status, 204);

  auto entries = auditEntries(*api, "&entity_type=product&entity_id=" + id);
  ASSERT_EQ(entries.size(), 3u);
  struct Expected {
    std::string action, method, route;
    int status;
    std::vector<std::string> fields;
    std::string requestId;
  };
  const std::vector<Expected> expected = {
      {"catalog.products.delete",
       "DELETE",
       "/api/v1/products/{id}",
       204,
       {},
       deleted.header("X-Request-Id")},
      {"catalog.products.update",
       "PATCH",
       "/api/v1/products/{id}",
       200,
       {"name"},
       patched.header("X-Request-Id")},
      {"catalog.products.create",
       "POST",
       "/api/v1/products",
       201,
       {"sku", "name", "origin_country"},
       created.header("X-Request-Id")},
  };
  for (std::size_t i = 0; i < expected.size(); ++i) {
    SCOPED_TRACE(expected[i].action);
    const auto& entry = entries[i];
    EXPECT_EQ(str(entry, "action"), expected[i].action);
    EXPECT_EQ(str(entry, "method"), expected[i].method);
    EXPECT_EQ(str(entry, "route"), expected[i].route);
    EXPECT_EQ(str(entry, "status"), std::to_string(expected[i].status));
    EXPECT_EQ(str(entry, "entity_type"), "product");
    EXPECT_EQ(str(entry, "entity_id"), id);
    EXPECT_EQ(str(entry, "actor"), actor);
    EXPECT_EQ(str(entry, "request_id"), expected[i].requestId);
    EXPECT_EQ(str(entry, "occurred_at").back(), 'Z');
    // The names of the fields the request set, never their values.
    EXPECT_EQ(jsonStrings(str(entry, "changed_fields")), expected[i].fields)
        << str(entry, "changed_fields");
    EXPECT_EQ(str(entry, "changed_fields").find("Audited"), std::string::npos)
        << "values leaked into the log";
  }
  // Unfiltered, the log holds those three entries, and the command-line set-up of the tenant and
  // its key before them (actor "system").
  const auto all = auditEntries(*api);
  ASSERT_GE(all.size(), 3u);
  for (std::size_t i = 0; i < all.size(); ++i) {
    EXPECT_EQ(str(all[i], "actor"), i < 3 ? actor : "system") << i;
  }
  // Pagination over the product entries: 2 + 1.
  const auto page = api->get("/api/v1/audit-log?entity_type=product&limit=2").json();
  EXPECT_EQ(itemIds(page).size(), 2u);
  ASSERT_FALSE(page->isNull("next_cursor"));
  const auto rest = api->get("/api/v1/audit-log?entity_type=product&limit=2&cursor=" +
                             encoded(str(page, "next_cursor")))
                        .json();
  EXPECT_EQ(itemIds(rest).size(), 1u);
  EXPECT_TRUE(rest->isNull("next_cursor"));
}

TEST_F(ProductsTest, SalesReadsButDoesNotWrite) {
  const auto product = createProduct(*owner_, "SALES-1", "For sale");
  const std::string path = "/api/v1/products/" + str(product, "id");
  auto sales = client(keyFor("Acme", "sales"));
  EXPECT_EQ(sales->get("/api/v1/products").status, 200);
  const auto read = sales->get(path);
  EXPECT_EQ(read.status, 200);
  EXPECT_EQ(str(read.json(), "name"), "For sale");
  expectProblem(sales->post("/api/v1/products", productBody("SALES-2")), 403, "forbidden");
  expectProblem(sales->request("PATCH", path, R"({"name": "Discounted"})", {{"If-Match", "\"1\""}}),
                403, "forbidden");
  expectProblem(sales->request("DELETE", path, "", {{"If-Match", "\"1\""}}), 403, "forbidden");
  expectProblem(sales->get("/api/v1/audit-log"), 403, "forbidden");
  EXPECT_EQ(productIds(*owner_), std::vector<std::string>{str(product, "id")});
  EXPECT_EQ(str(owner_->get(path).json(), "version"), "1");

  // Roles combine: sales plus admin may write.
  auto both = client(keyFor("Acme", "sales,admin"));
  EXPECT_EQ(both->post("/api/v1/products", productBody("SALES-3")).status, 201);
}

TEST_F(ProductsTest, AuditorReadsTheAuditLogButWritesNothing) {
  const auto product = createProduct(*owner_, "AUDITOR-1");
  auto auditor = client(keyFor("Acme", "auditor"));
  const auto log = auditor->get("/api/v1/audit-log");
  ASSERT_EQ(log.status, 200) << log.body;
  const auto entries = auditEntries(*auditor, "&entity_type=product");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(str(entries[0], "entity_id"), str(product, "id"));
  EXPECT_EQ(auditor->get("/api/v1/products").status, 200);
  expectProblem(auditor->post("/api/v1/products", productBody("AUDITOR-2")), 403, "forbidden");

  // Compliance reads the log but not the catalogue; finance the catalogue but not the log.
  auto compliance = client(keyFor("Acme", "compliance"));
  EXPECT_EQ(compliance->get("/api/v1/audit-log").status, 200);
  expectProblem(compliance->get("/api/v1/products"), 403, "forbidden");
  auto finance = client(keyFor("Acme", "finance"));
  EXPECT_EQ(finance->get("/api/v1/products").status, 200);
  expectProblem(finance->get("/api/v1/audit-log"), 403, "forbidden");

  // Who am I: every role may ask.
  const auto me = auditor->get("/api/v1/me");
  ASSERT_EQ(me.status, 200);
  EXPECT_EQ(toJson(me.json()->getArray("roles")), R"(["auditor"])");
}

}  // namespace
}  // namespace caravan::testing
