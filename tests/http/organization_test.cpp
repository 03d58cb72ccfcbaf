// Legal entities and stores end to end: versions, partial updates, every field error at once,
// the tenant wall around the legal entity a store names, the refusal to delete an entity in use,
// the audit trail and events of every change, and who may do what.

#include <Poco/URI.h>

#include <set>

#include "http_fixture.hpp"

namespace caravan::testing {
namespace {

const std::string kEntities = "/api/v1/legal-entities";
const std::string kStores = "/api/v1/stores";

/// The strings of a JSON array written as text (the audit log's changed_fields).
std::vector<std::string> jsonStrings(const std::string& arrayText) {
  std::vector<std::string> strings;
  const auto parsed = parseObject(R"({"a":)" + arrayText + "}");
  if (!parsed->isArray("a")) {
    ADD_FAILURE() << "not a JSON array: " << arrayText;
    return strings;
  }
  auto array = parsed->getArray("a");
  for (unsigned i = 0; i < array->size(); ++i)
    strings.push_back(array->getElement<std::string>(i));
  return strings;
}

/// A minimal valid legal entity body (German, no VAT id).
std::string entityBody(const std::string& name = "Nordwind Handels GmbH",
                       const std::string& extra = "") {
  return R"({"registered_name": ")" + name +
         R"(", "country": "DE", "registered_address": {"line1": "Friedrichstraße 68", )"
         R"("postal_code": "10117", "city": "Berlin"}, "base_currency": "EUR")" +
         (extra.empty() ? "" : ", " + extra) + "}";
}

/// A minimal valid store body.
std::string storeBody(const std::string& name, const std::string& legalEntityId,
                      const std::string& extra = "") {
  return R"({"name": ")" + name +
         R"(", "channel": "amazon", "country": "DE", "currency": "EUR", "legal_entity_id": ")" +
         legalEntityId + "\"" + (extra.empty() ? "" : ", " + extra) + "}";
}

class OrganizationTest : public HttpFixture {
 protected:
  void SetUp() override {
    HttpFixture::SetUp();
    owner_ = client(keyFor("Acme", "owner"));
  }

  JsonObject create(HttpClient& api, const std::string& collection, const std::string& body) {
    const HttpResult result = api.post(collection, body);
    EXPECT_EQ(result.status, 201) << result.body;
    if (result.status != 201)
      throw std::runtime_error("creating in " + collection + " failed: " + result.body);
    return result.json();
  }

  std::string createEntity(HttpClient& api, const std::string& name = "Nordwind Handels GmbH") {
    return str(create(api, kEntities, entityBody(name)), "id");
  }

  std::string createStore(HttpClient& api, const std::string& name,
                          const std::string& legalEntityId) {
    return str(create(api, kStores, storeBody(name, legalEntityId)), "id");
  }

  /// The topics of the organization events published so far, oldest first.
  std::vector<std::string> eventTopics() {
    auto session = database().session();
    auto rows = session.query(
        "SELECT topic FROM outbox_events WHERE topic LIKE 'organization.%' ORDER BY id");
    std::vector<std::string> topics;
    while (rows.next())
      topics.push_back(rows.string(1));
    return topics;
  }

  std::unique_ptr<HttpClient> owner_;
};

TEST_F(OrganizationTest, LegalEntityCreateReadUpdateDelete) {
  const auto created = owner_->post(kEntities, R"({
      "registered_name": "  Nordwind Handels GmbH  ",
      "country": "DE",
      "registered_address": {"line1": "Friedrichstraße 68", "postal_code": "10117",
                             "city": "Berlin", "region": "Berlin"},
      "vat_id": "de 123.456-789",
      "other_tax_id": "HRB 123456 B",
      "base_currency": "EUR"})");
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.header("ETag"), "\"1\"");
  const auto entity = created.json();
  const std::string id = str(entity, "id");
  const std::string path = kEntities + "/" + id;
  EXPECT_EQ(created.header("Location"), path);
  EXPECT_TRUE(entity->get("id").isString());
  EXPECT_EQ(str(entity, "registered_name"), "Nordwind Handels GmbH");
  EXPECT_EQ(str(entity, "country"), "DE");
  EXPECT_EQ(str(entity, "vat_id"), "DE123456789") << "stored without spaces, dots and dashes";
  EXPECT_EQ(str(entity, "other_tax_id"), "HRB 123456 B");
  EXPECT_EQ(str(entity, "base_currency"), "EUR");
  EXPECT_EQ(str(entity, "invoice_series_prefix"), "INV-") << "the default series";
  EXPECT_EQ(str(entity, "version"), "1");
  EXPECT_EQ(str(entity, "created_at").back(), 'Z');
  const auto address = entity->getObject("registered_address");
  ASSERT_TRUE(address) << created.body;
  EXPECT_EQ(str(address, "line1"), "Friedrichstraße 68");
  EXPECT_EQ(str(address, "line2"), "<null>");
  EXPECT_EQ(str(address, "postal_code"), "10117");
  EXPECT_EQ(str(address, "city"), "Berlin");
  EXPECT_EQ(str(address, "region"), "Berlin");

  auto read = owner_->get(path);
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_EQ(read.header("ETag"), "\"1\"");
  EXPECT_EQ(read.body, created.body);

  // Updates need the current version.
  expectProblem(owner_->request("PATCH", path, R"({"registered_name": "X"})"), 428,
                "if_match_required");
  expectProblem(
      owner_->request("PATCH", path, R"({"registered_name": "X"})", {{"If-Match", "\"7\""}}), 412,
      "version_mismatch");

  // Address fields merge; null clears an optional one; the prefix changes.
  auto patched = owner_->request("PATCH", path,
                                 R"({"registered_address": {"line2": "3. OG", "region": null},
          "invoice_series_prefix": "DE/2026/", "other_tax_id": null})",
                                 {{"If-Match", "\"1\""}});
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(patched.header("ETag"), "\"2\"");
  auto after = patched.json();
  EXPECT_EQ(str(after, "version"), "2");
  EXPECT_EQ(str(after, "invoice_series_prefix"), "DE/2026/");
  EXPECT_EQ(str(after, "other_tax_id"), "<null>");
  EXPECT_EQ(str(after, "vat_id"), "DE123456789") << "absent fields keep their value";
  EXPECT_EQ(str(after, "created_at"), str(entity, "created_at"));
  const auto afterAddress = after->getObject("registered_address");
  EXPECT_EQ(str(afterAddress, "line1"), "Friedrichstraße 68");
  EXPECT_EQ(str(afterAddress, "line2"), "3. OG");
  EXPECT_EQ(str(afterAddress, "city"), "Berlin");
  EXPECT_EQ(str(afterAddress, "region"), "<null>");
  EXPECT_EQ(owner_->get(path).body, patched.body);

  // Moving to Greece: the VAT id must move with it, with Greece's EL prefix.
  const auto moved =
      owner_->request("PATCH", path, R"({"country": "GR"})", {{"If-Match", "\"2\""}});
  auto problem = expectProblem(moved, 400, "validation_failed");
  EXPECT_EQ(errorCodes(problem),
            (std::map<std::string, std::string>{{"country", "country_mismatch"}}));
  patched = owner_->request("PATCH", path, R"({"country": "GR", "vat_id": "GR 123456789"})",
                            {{"If-Match", "\"2\""}});
  problem = expectProblem(patched, 400, "validation_failed");
  EXPECT_EQ(errorCodes(problem),
            (std::map<std::string, std::string>{{"vat_id", "country_mismatch"}}));
  patched = owner_->request("PATCH", path, R"({"country": "GR", "vat_id": "EL 123456789"})",
                            {{"If-Match", "\"2\""}});
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(str(patched.json(), "vat_id"), "EL123456789");

  // Required fields cannot be cleared, at the top or in the address.
  problem = expectProblem(owner_->request("PATCH", path,
                                          R"({"registered_name": null, "base_currency": null,
                                              "registered_address": {"city": null}})",
                                          {{"If-Match", "\"3\""}}),
                          400, "validation_failed");
  const auto cleared = errorFields(problem);
  EXPECT_EQ(std::set<std::string>(cleared.begin(), cleared.end()),
            (std::set<std::string>{"registered_name", "base_currency", "registered_address/city"}));
  EXPECT_EQ(owner_->get(path).header("ETag"), "\"3\"");

  expectProblem(owner_->request("DELETE", path), 428, "if_match_required");
  expectProblem(owner_->request("DELETE", path, "", {{"If-Match", "\"2\""}}), 412,
                "version_mismatch");
  const auto deleted = owner_->request("DELETE", path, "", {{"If-Match", "\"3\""}});
  EXPECT_EQ(deleted.status, 204) << deleted.body;
  expectProblem(owner_->get(path), 404, "not_found");
  EXPECT_TRUE(itemIds(owner_->get(kEntities).json()).empty());
}

TEST_F(OrganizationTest, StoreCreateReadUpdateDelete) {
  const std::string entity = createEntity(*owner_);
  const std::string second = createEntity(*owner_, "Nordwind Retail GmbH");
  const auto created = owner_->post(
      kStores, storeBody("Amazon DE", entity, R"("marketplace_id": "A1PA6795UKMFR9")"));
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.header("ETag"), "\"1\"");
  const auto store = created.json();
  const std::string path = kStores + "/" + str(store, "id");
  EXPECT_EQ(created.header("Location"), path);
  EXPECT_EQ(str(store, "name"), "Amazon DE");
  EXPECT_EQ(str(store, "channel"), "amazon");
  EXPECT_EQ(str(store, "marketplace_id"), "A1PA6795UKMFR9");
  EXPECT_EQ(str(store, "country"), "DE");
  EXPECT_EQ(str(store, "currency"), "EUR");
  EXPECT_EQ(str(store, "legal_entity_id"), entity);
  EXPECT_TRUE(store->get("legal_entity_id").isString());
  EXPECT_EQ(str(store, "active"), "true") << "stores are active unless told otherwise";
  EXPECT_EQ(str(store, "version"), "1");

  auto read = owner_->get(path);
  ASSERT_EQ(read.status, 200);
  EXPECT_EQ(read.header("ETag"), "\"1\"");
  EXPECT_EQ(read.body, created.body);

  expectProblem(owner_->request("PATCH", path, R"({"active": false})"), 428, "if_match_required");
  const auto patched = owner_->request(
      "PATCH", path,
      R"({"active": false, "marketplace_id": null, "legal_entity_id": ")" + second + "\"}",
      {{"If-Match", "\"1\""}});
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(patched.header("ETag"), "\"2\"");
  const auto after = patched.json();
  EXPECT_EQ(str(after, "active"), "false");
  EXPECT_EQ(str(after, "marketplace_id"), "<null>");
  EXPECT_EQ(str(after, "legal_entity_id"), second);
  EXPECT_EQ(str(after, "name"), "Amazon DE");
  EXPECT_EQ(owner_->get(path).body, patched.body);
  expectProblem(owner_->request("PATCH", path, R"({"active": true})", {{"If-Match", "\"1\""}}), 412,
                "version_mismatch");

  // A second store with the same name, in any case, is a conflict naming the field.
  for (const std::string& name : {std::string("Amazon DE"), std::string("amazon de")}) {
    SCOPED_TRACE(name);
    const auto problem =
        expectProblem(owner_->post(kStores, storeBody(name, entity)), 409, "duplicate");
    ASSERT_FALSE(errorFields(problem).empty()) << toJson(problem);
    EXPECT_EQ(errorFields(problem)[0], "name");
  }
  // So is renaming another store onto it.
  const std::string other = createStore(*owner_, "eBay DE", entity);
  const auto renamed =
      expectProblem(owner_->request("PATCH", kStores + "/" + other, R"({"name": "Amazon DE"})",
                                    {{"If-Match", "\"1\""}}),
                    409, "duplicate");
  EXPECT_EQ(errorFields(renamed), std::vector<std::string>{"name"});

  const auto deleted = owner_->request("DELETE", path, "", {{"If-Match", "\"2\""}});
  EXPECT_EQ(deleted.status, 204) << deleted.body;
  expectProblem(owner_->get(path), 404, "not_found");
  // The name is free again.
  EXPECT_EQ(owner_->post(kStores, storeBody("Amazon DE", entity)).status, 201);
}

TEST_F(OrganizationTest, ABadLegalEntityReportsEveryFieldAtOnce) {
  const auto result = owner_->post(kEntities, R"({
      "registered_name": "",
      "country": "XX",
      "registered_address": {"line2": 42, "city": "Berlin", "floor": 3},
      "vat_id": "FR12345678901",
      "other_tax_id": ")" + std::string(65, '9') + R"(",
      "base_currency": "XXX",
      "invoice_series_prefix": "inv 2026",
      "colour": "blue"})");
  const auto problem = expectProblem(result, 400, "validation_failed");
  EXPECT_EQ(errorCodes(problem),
            (std::map<std::string, std::string>{{"registered_name", "required"},
                                                {"country", "unknown_country"},
                                                {"registered_address/line1", "required"},
                                                {"registered_address/line2", "invalid_type"},
                                                {"registered_address/floor", "unknown_field"},
                                                {"other_tax_id", "too_long"},
                                                {"base_currency", "unknown_currency"},
                                                {"invoice_series_prefix", "invalid_format"},
                                                {"colour", "unknown_field"}}))
      << result.body;

  // A French VAT id for a German entity; a VAT id of the wrong shape.
  auto mismatch =
      expectProblem(owner_->post(kEntities, entityBody("A", R"("vat_id": "FR12345678901")")), 400,
                    "validation_failed");
  EXPECT_EQ(errorCodes(mismatch),
            (std::map<std::string, std::string>{{"vat_id", "country_mismatch"}}));
  auto shape = expectProblem(owner_->post(kEntities, entityBody("A", R"("vat_id": "DE 1")")), 400,
                             "validation_failed");
  EXPECT_EQ(errorCodes(shape), (std::map<std::string, std::string>{{"vat_id", "invalid_format"}}));

  // Nothing at all: every required field named.
  const auto empty = expectProblem(owner_->post(kEntities, "{}"), 400, "validation_failed");
  EXPECT_EQ(errorCodes(empty),
            (std::map<std::string, std::string>{{"registered_name", "required"},
                                                {"country", "required"},
                                                {"registered_address", "required"},
                                                {"base_currency", "required"}}));
  EXPECT_TRUE(itemIds(owner_->get(kEntities).json()).empty()) << "nothing was stored";
}

TEST_F(OrganizationTest, ABadStoreReportsEveryFieldAtOnce) {
  const auto result = owner_->post(kStores, R"({
      "name": "   ",
      "channel": "etsy",
      "marketplace_id": ")" + std::string(65, 'A') +
                                                R"(",
      "country": "de",
      "currency": "eur",
      "legal_entity_id": "not-an-id",
      "active": "yes"})");
  const auto problem = expectProblem(result, 400, "validation_failed");
  EXPECT_EQ(errorCodes(problem),
            (std::map<std::string, std::string>{{"name", "required"},
                                                {"channel", "invalid_value"},
                                                {"marketplace_id", "too_long"},
                                                {"country", "unknown_country"},
                                                {"currency", "unknown_currency"},
                                                {"legal_entity_id", "invalid_format"},
                                                {"active", "invalid_type"}}))
      << result.body;

  // A legal entity that does not exist is reported with the other errors.
  const auto missing =
      expectProblem(owner_->post(kStores, storeBody("Shop", "123456789", R"("channel": "Amazon")")),
                    400, "validation_failed");
  EXPECT_EQ(errorCodes(missing),
            (std::map<std::string, std::string>{{"channel", "invalid_value"},
                                                {"legal_entity_id", "not_found"}}));
  // An id written as a JSON number is the wrong type: ids are strings.
  const auto number =
      expectProblem(owner_->post(kStores, R"({"name": "Shop", "channel": "web", "country": "DE",
                               "currency": "EUR", "legal_entity_id": 123456789})"),
                    400, "validation_failed");
  EXPECT_EQ(errorCodes(number),
            (std::map<std::string, std::string>{{"legal_entity_id", "invalid_type"}}));
  EXPECT_TRUE(itemIds(owner_->get(kStores).json()).empty()) << "nothing was stored";
}

TEST_F(OrganizationTest, AStoreCannotNameALegalEntityOfAnotherTenant) {
  auto beta = client(keyFor("Beta", "owner"));
  const std::string theirs = createEntity(*beta, "Beta SARL");
  const std::string ours = createEntity(*owner_);

  auto problem = expectProblem(owner_->post(kStores, storeBody("Amazon DE", theirs)), 400,
                               "validation_failed");
  EXPECT_EQ(errorFields(problem), std::vector<std::string>{"legal_entity_id"});
  EXPECT_EQ(errorCodes(problem)["legal_entity_id"], "not_found");

  // Nor move to one.
  const std::string store = createStore(*owner_, "Amazon DE", ours);
  problem = expectProblem(
      owner_->request("PATCH", kStores + "/" + store, R"({"legal_entity_id": ")" + theirs + "\"}",
                      {{"If-Match", "\"1\""}}),
      400, "validation_failed");
  EXPECT_EQ(errorFields(problem), std::vector<std::string>{"legal_entity_id"});
  EXPECT_EQ(str(owner_->get(kStores + "/" + store).json(), "legal_entity_id"), ours);

  // Each tenant sees its own records only.
  expectProblem(owner_->get(kEntities + "/" + theirs), 404, "not_found");
  expectProblem(beta->get(kStores + "/" + store), 404, "not_found");
  expectProblem(beta->request("DELETE", kEntities + "/" + ours, "", {{"If-Match", "*"}}), 404,
                "not_found");
  EXPECT_EQ(itemIds(owner_->get(kEntities).json()), std::vector<std::string>{ours});
  EXPECT_EQ(itemIds(beta->get(kEntities).json()), std::vector<std::string>{theirs});
  EXPECT_TRUE(itemIds(beta->get(kStores).json()).empty());
  // Beta may use the same store name.
  EXPECT_EQ(beta->post(kStores, storeBody("Amazon DE", theirs)).status, 201);
}

TEST_F(OrganizationTest, DeletingALegalEntityThatAStoreNamesIsAConflict) {
  const std::string entity = createEntity(*owner_);
  const std::string store = createStore(*owner_, "Web shop", entity);
  const std::string path = kEntities + "/" + entity;

  expectProblem(owner_->request("DELETE", path, "", {{"If-Match", "\"1\""}}), 409, "in_use");
  EXPECT_EQ(owner_->get(path).status, 200) << "the entity is still there";

  ASSERT_EQ(owner_->request("DELETE", kStores + "/" + store, "", {{"If-Match", "\"1\""}}).status,
            204);
  EXPECT_EQ(owner_->request("DELETE", path, "", {{"If-Match", "\"1\""}}).status, 204);
  expectProblem(owner_->get(path), 404, "not_found");
}

TEST_F(OrganizationTest, SalesReadsButDoesNotWrite) {
  const std::string entity = createEntity(*owner_);
  const std::string store = createStore(*owner_, "Amazon DE", entity);
  auto sales = client(keyFor("Acme", "sales"));

  EXPECT_EQ(sales->get(kEntities).status, 200);
  EXPECT_EQ(sales->get(kEntities + "/" + entity).status, 200);
  EXPECT_EQ(sales->get(kStores).status, 200);
  const auto read = sales->get(kStores + "/" + store);
  EXPECT_EQ(read.status, 200);
  EXPECT_EQ(str(read.json(), "name"), "Amazon DE");

  expectProblem(sales->post(kEntities, entityBody()), 403, "forbidden");
  expectProblem(sales->post(kStores, storeBody("eBay DE", entity)), 403, "forbidden");
  expectProblem(sales->request("PATCH", kEntities + "/" + entity, R"({"registered_name": "X"})",
                               {{"If-Match", "\"1\""}}),
                403, "forbidden");
  expectProblem(sales->request("PATCH", kStores + "/" + store, R"({"active": false})",
                               {{"If-Match", "\"1\""}}),
                403, "forbidden");
  expectProblem(sales->request("DELETE", kStores + "/" + store, "", {{"If-Match", "\"1\""}}), 403,
                "forbidden");
  expectProblem(sales->request("DELETE", kEntities + "/" + entity, "", {{"If-Match", "\"1\""}}),
                403, "forbidden");
  EXPECT_EQ(str(owner_->get(kStores + "/" + store).json(), "version"), "1");
  EXPECT_EQ(itemIds(owner_->get(kEntities).json()), std::vector<std::string>{entity});

  // Every role reads; only owner and admin write.
  for (const std::string role : {"support", "finance", "compliance", "auditor", "admin"}) {
    SCOPED_TRACE(role);
    auto api = client(keyFor("Acme", role));
    EXPECT_EQ(api->get(kStores).status, 200);
    EXPECT_EQ(api->get(kEntities + "/" + entity).status, 200);
    EXPECT_EQ(api->post(kEntities, entityBody("By " + role)).status, role == "admin" ? 201 : 403);
  }
}

TEST_F(OrganizationTest, ListsArePaginatedNewestFirst) {
  const std::string entity = createEntity(*owner_);
  std::vector<std::string> created;
  for (int i = 1; i <= 5; ++i)
    created.push_back(createStore(*owner_, "Store " + std::to_string(i), entity));
  const std::vector<std::string> newestFirst(created.rbegin(), created.rend());

  std::vector<std::string> seen;
  std::vector<std::size_t> sizes;
  std::string cursor;
  for (int page = 0; page < 5; ++page) {
    std::string query = kStores + "?limit=2";
    if (!cursor.empty()) {
      std::string encoded;
      Poco::URI::encode(cursor, "?#[]@!$&'()*+,;=/:", encoded);
      query += "&cursor=" + encoded;
    }
    const auto result = owner_->get(query);
    ASSERT_EQ(result.status, 200) << result.body;
    const auto body = result.json();
    const auto ids = itemIds(body);
    sizes.push_back(ids.size());
    seen.insert(seen.end(), ids.begin(), ids.end());
    if (body->isNull("next_cursor"))
      break;
    cursor = str(body, "next_cursor");
  }
  EXPECT_EQ(sizes, (std::vector<std::size_t>{2, 2, 1}));
  EXPECT_EQ(seen, newestFirst);

  const auto bad =
      expectProblem(owner_->get(kEntities + "?limit=0&cursor=garbage"), 400, "validation_failed");
  EXPECT_EQ(errorFields(bad), (std::vector<std::string>{"limit", "cursor"}));
}

TEST_F(OrganizationTest, EveryChangeIsAuditedAndPublished) {
  const auto created =
      owner_->post(kEntities, entityBody("Audited GmbH", R"("vat_id": "DE123456789")"));
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string entity = str(created.json(), "id");
  ASSERT_EQ(owner_
                ->request("PATCH", kEntities + "/" + entity,
                          R"({"registered_address": {"city": "Hamburg"}})", {{"If-Match", "\"1\""}})
                .status,
            200);
  const std::string store = createStore(*owner_, "Web shop", entity);
  ASSERT_EQ(
      owner_
          ->request("PATCH", kStores + "/" + store, R"({"active": false})", {{"If-Match", "\"1\""}})
          .status,
      200);
  ASSERT_EQ(owner_->request("DELETE", kStores + "/" + store, "", {{"If-Match", "\"2\""}}).status,
            204);
  ASSERT_EQ(owner_->request("DELETE", kEntities + "/" + entity, "", {{"If-Match", "\"2\""}}).status,
            204);

  const auto entityLog = auditEntries(*owner_, "&entity_type=legal_entity&entity_id=" + entity);
  ASSERT_EQ(entityLog.size(), 3u);
  EXPECT_EQ(str(entityLog[0], "action"), "organization.legal_entities.delete");
  EXPECT_EQ(str(entityLog[1], "action"), "organization.legal_entities.update");
  EXPECT_EQ(jsonStrings(str(entityLog[1], "changed_fields")),
            std::vector<std::string>{"registered_address/city"});
  EXPECT_EQ(str(entityLog[2], "action"), "organization.legal_entities.create");
  EXPECT_EQ(jsonStrings(str(entityLog[2], "changed_fields")),
            (std::vector<std::string>{"registered_name", "country", "registered_address/line1",
                                      "registered_address/postal_code", "registered_address/city",
                                      "vat_id", "base_currency"}));
  for (const auto& entry : entityLog) {
    EXPECT_EQ(str(entry, "changed_fields").find("Hamburg"), std::string::npos)
        << "values leaked into the log";
  }
  const auto storeLog = auditEntries(*owner_, "&entity_type=store&entity_id=" + store);
  ASSERT_EQ(storeLog.size(), 3u);
  EXPECT_EQ(str(storeLog[1], "action"), "organization.stores.update");
  EXPECT_EQ(jsonStrings(str(storeLog[1], "changed_fields")), std::vector<std::string>{"active"});

  EXPECT_EQ(eventTopics(), (std::vector<std::string>{
                               "organization.legal_entity.created",
                               "organization.legal_entity.updated",
                               "organization.store.created",
                               "organization.store.updated",
                               "organization.store.deleted",
                               "organization.legal_entity.deleted",
                           }));
}

}  // namespace
}  // namespace caravan::testing
