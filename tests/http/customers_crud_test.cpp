// Customers end to end: a whole customer written and read back normalised, every field error at
// once, versions (428/412), identities held by one customer, custom field definitions, the
// tenant wall, and events and audit entries that carry no personal data.

#include <algorithm>

#include "http_fixture.hpp"

namespace caravan::testing {
namespace {

const std::string kCustomers = "/api/v1/customers";

HttpResult patch(HttpClient& api, const std::string& path, const std::string& body,
                 const std::map<std::string, std::string>& headers = {}) {
  return api.request("PATCH", path, body, headers);
}

HttpResult del(HttpClient& api, const std::string& path,
               const std::map<std::string, std::string>& headers) {
  return api.request("DELETE", path, "", headers);
}

const std::string kFullBody = R"({
  "name": "Jürgen Müller",
  "emails": ["Juergen.Mueller@Example.DE", {"address": "jm@work.example.com", "primary": false}],
  "phones": ["030 901820", {"raw": "+49 151 23456789", "type": "mobile"}],
  "addresses": [
    {"type": "billing", "line1": "Friedrichstraße 68", "postal_code": "10117", "city": "Berlin",
     "country": "DE"},
    {"type": "shipping", "recipient_name": "J. Müller", "line1": "Hauptstraße 5",
     "postal_code": "1010", "city": "Wien", "country": "AT", "phone": "01 5880"}],
  "country": "DE", "language": "de-de", "currency": "EUR", "vat_id": "de 123 456 789",
  "tags": ["VIP", "newsletter"],
  "identities": [{"channel": "amazon", "external_id": "A2EXAMPLEBUYER1"}],
  "source_channel": "amazon", "notes": "Leave parcels with the neighbour"})";

class CustomersCrudTest : public HttpFixture {
 protected:
  void SetUp() override {
    HttpFixture::SetUp();
    owner_ = client(keyFor("Acme", "owner"));
  }

  JsonObject create(HttpClient& api, const std::string& body) {
    const HttpResult result = api.post(kCustomers, body);
    EXPECT_EQ(result.status, 201) << result.body;
    if (result.status != 201)
      throw std::runtime_error("creating a customer failed: " + result.body);
    return result.json();
  }

  std::unique_ptr<HttpClient> owner_;
};

TEST_F(CustomersCrudTest, CreatesAndReadsBackAWholeNormalisedCustomer) {
  const HttpResult created = owner_->post(kCustomers, kFullBody);
  ASSERT_EQ(created.status, 201) << created.body;
  const JsonObject customer = created.json();
  const std::string id = str(customer, "id");
  EXPECT_EQ(created.header("Location"), kCustomers + "/" + id);
  EXPECT_EQ(created.header("ETag"), "\"1\"");
  EXPECT_EQ(str(customer, "kind"), "person");
  EXPECT_EQ(str(customer, "name"), "Jürgen Müller");
  EXPECT_EQ(str(customer, "name_latin"), "Jurgen Muller");
  EXPECT_EQ(str(customer, "language"), "de-DE");
  EXPECT_EQ(str(customer, "vat_id"), "DE123456789");

  auto emails = customer->getArray("emails");
  ASSERT_EQ(emails->size(), 2u);
  EXPECT_EQ(str(emails->getObject(0), "address"), "Juergen.Mueller@example.de");
  EXPECT_EQ(str(emails->getObject(0), "primary"), "true");
  EXPECT_EQ(str(emails->getObject(1), "primary"), "false");

  auto phones = customer->getArray("phones");
  ASSERT_EQ(phones->size(), 2u);
  EXPECT_EQ(str(phones->getObject(0), "e164"), "+4930901820");
  EXPECT_EQ(str(phones->getObject(0), "raw"), "030 901820");
  EXPECT_EQ(str(phones->getObject(0), "type"), "landline");
  EXPECT_EQ(str(phones->getObject(1), "e164"), "+4915123456789");
  EXPECT_EQ(str(phones->getObject(1), "type"), "mobile");

  auto addresses = customer->getArray("addresses");
  ASSERT_EQ(addresses->size(), 2u);
  EXPECT_EQ(str(addresses->getObject(0), "default"), "true");
  EXPECT_EQ(str(addresses->getObject(1), "recipient_name"), "J. Müller");
  EXPECT_EQ(str(addresses->getObject(1)->getObject("phone"), "e164"), "+4315880")
      << "an address's phone is read in the address's country";

  auto identities = customer->getArray("identities");
  ASSERT_EQ(identities->size(), 1u);
  EXPECT_EQ(str(identities->getObject(0), "channel"), "amazon");
  EXPECT_EQ(str(identities->getObject(0), "external_id"), "A2EXAMPLEBUYER1");
  EXPECT_EQ(toJson(customer->getArray("tags")), R"(["newsletter","vip"])");

  const HttpResult read = owner_->get(kCustomers + "/" + id);
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_EQ(read.body, created.body) << "what was created is what is read";
  EXPECT_EQ(read.header("ETag"), "\"1\"");
}

TEST_F(CustomersCrudTest, ReportsEveryFieldErrorAtOnceAndWritesNothing) {
  const HttpResult result = owner_->post(kCustomers, R"({
    "name": "Anna", "country": "XX", "currency": "EURO", "language": "klingon!",
    "emails": ["anna@", {"address": "anna@example.com"}],
    "phones": ["+49 30 901820", {"raw": "not a phone"}, "+49 30 1"],
    "addresses": [{"type": "billing", "line1": "x", "city": "y", "country": "QQ"}],
    "custom_attributes": {"shoe_size": 44}})");
  const JsonObject problem = expectProblem(result, 400, "validation_failed");
  EXPECT_EQ(errorCodes(problem), (std::map<std::string, std::string>{
                                     {"country", "unknown_country"},
                                     {"currency", "unknown_currency"},
                                     {"language", "unknown_language"},
                                     {"emails/0", "invalid_email"},
                                     {"phones/1/raw", "unparseable_phone"},
                                     {"phones/2", "invalid_phone"},
                                     {"addresses/0/country", "unknown_country"},
                                     {"custom_attributes/shoe_size", "undefined_field"}}));
  EXPECT_TRUE(itemIds(owner_->get(kCustomers).json()).empty());
}

TEST_F(CustomersCrudTest, ChangesNeedTheCurrentVersion) {
  const std::string id = str(create(*owner_, kFullBody), "id");
  const std::string path = kCustomers + "/" + id;
  const std::string body = R"({"emails": ["new@example.com"], "tags": [], "notes": null})";

  expectProblem(patch(*owner_, path, body), 428, "if_match_required");
  expectProblem(patch(*owner_, path, body, {{"If-Match", "\"7\""}}), 412, "version_mismatch");
  const HttpResult changed = patch(*owner_, path, body, {{"If-Match", "\"1\""}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  const JsonObject customer = changed.json();
  EXPECT_EQ(str(customer, "version"), "2");
  EXPECT_EQ(changed.header("ETag"), "\"2\"");
  EXPECT_EQ(toJson(customer->getArray("emails")),
            R"([{"address":"new@example.com","primary":true}])")
      << "a PATCH replaces the whole collection it gives";
  EXPECT_EQ(toJson(customer->getArray("tags")), "[]");
  EXPECT_EQ(str(customer, "notes"), "<null>");
  EXPECT_EQ(customer->getArray("phones")->size(), 2u) << "collections not given stay";
  EXPECT_EQ(str(customer, "name"), "Jürgen Müller");

  expectProblem(
      patch(*owner_, path, R"({"name": null, "phones": ["12"]})", {{"If-Match", "\"2\""}}), 400,
      "validation_failed");
  expectProblem(del(*owner_, path, {}), 428, "if_match_required");
  expectProblem(del(*owner_, path, {{"If-Match", "\"1\""}}), 412, "version_mismatch");
  EXPECT_EQ(del(*owner_, path, {{"If-Match", "\"2\""}}).status, 204);
  expectProblem(owner_->get(path), 404, "not_found");
}

TEST_F(CustomersCrudTest, AChannelIdentityBelongsToOneCustomer) {
  const std::string holder = str(create(*owner_, kFullBody), "id");
  const HttpResult taken = owner_->post(
      kCustomers,
      R"({"name": "Someone Else", "identities": [{"channel": "ebay", "external_id": "x"},)"
      R"({"channel": "amazon", "external_id": "a2examplebuyer1"}]})");
  const JsonObject problem = expectProblem(taken, 409, "identity_taken");
  EXPECT_EQ(errorCodes(problem),
            (std::map<std::string, std::string>{{"identities/1/external_id", "identity_taken"}}));
  EXPECT_NE(str(problem, "detail").find(holder), std::string::npos)
      << "the answer names the customer holding it: " << taken.body;

  // The same id on another channel is another identity; the holder may keep its own.
  const JsonObject other = create(
      *owner_,
      R"({"name": "Someone Else", "identities": [{"channel": "ebay", "external_id": "A2EXAMPLEBUYER1"}]})");
  const HttpResult same =
      patch(*owner_, kCustomers + "/" + holder,
            R"({"identities": [{"channel": "amazon", "external_id": "A2EXAMPLEBUYER1"}]})",
            {{"If-Match", "\"1\""}});
  EXPECT_EQ(same.status, 200) << same.body;
  const HttpResult steal =
      patch(*owner_, kCustomers + "/" + str(other, "id"),
            R"({"identities": [{"channel": "amazon", "external_id": "A2EXAMPLEBUYER1"}]})",
            {{"If-Match", "\"1\""}});
  expectProblem(steal, 409, "identity_taken");
}

TEST_F(CustomersCrudTest, CustomAttributesFollowTheTenantsDefinitions) {
  ASSERT_EQ(owner_
                ->post("/api/v1/customer-fields",
                       R"({"key": "shoe_size", "type": "integer", "required": true})")
                .status,
            201);
  ASSERT_EQ(owner_
                ->post("/api/v1/customer-fields",
                       R"({"key": "segment", "type": "enum", "options": ["retail", "trade"]})")
                .status,
            201);
  expectProblem(owner_->post("/api/v1/customer-fields", R"({"key": "segment", "type": "string"})"),
                409, "duplicate");
  const JsonObject badField = expectProblem(
      owner_->post("/api/v1/customer-fields", R"({"key": "Bad Key", "type": "float"})"), 400,
      "validation_failed");
  EXPECT_EQ(errorCodes(badField), (std::map<std::string, std::string>{{"key", "invalid_format"},
                                                                      {"type", "invalid_value"}}));

  const JsonObject wrong = expectProblem(
      owner_->post(
          kCustomers,
          R"({"name": "Anna", "custom_attributes": {"shoe_size": "42", "segment": "vip"}})"),
      400, "validation_failed");
  EXPECT_EQ(errorCodes(wrong),
            (std::map<std::string, std::string>{{"custom_attributes/shoe_size", "invalid_type"},
                                                {"custom_attributes/segment", "invalid_value"}}));
  const JsonObject missing =
      expectProblem(owner_->post(kCustomers, R"({"name": "Anna"})"), 400, "validation_failed");
  EXPECT_EQ(errorCodes(missing),
            (std::map<std::string, std::string>{{"custom_attributes/shoe_size", "required"}}));
  const JsonObject made = create(
      *owner_, R"({"name": "Anna", "custom_attributes": {"shoe_size": 38, "segment": "trade"}})");
  EXPECT_EQ(toJson(made->getObject("custom_attributes")), R"({"segment":"trade","shoe_size":38})");
}

TEST_F(CustomersCrudTest, AnotherTenantSeesNothing) {
  const std::string id = str(create(*owner_, kFullBody), "id");
  auto other = client(keyFor("Other", "owner"));
  const std::string path = kCustomers + "/" + id;
  expectProblem(other->get(path), 404, "not_found");
  expectProblem(patch(*other, path, R"({"notes": "x"})", {{"If-Match", "\"1\""}}), 404,
                "not_found");
  expectProblem(del(*other, path, {{"If-Match", "\"1\""}}), 404, "not_found");
  EXPECT_TRUE(itemIds(other->get(kCustomers).json()).empty());
  EXPECT_TRUE(itemIds(other->get(kCustomers + "?q=muller").json()).empty());
  EXPECT_TRUE(itemIds(other->get(kCustomers + "?tag=vip").json()).empty());
  // The other tenant may hold the same channel identity for its own customer.
  EXPECT_EQ(other->post(kCustomers, kFullBody).status, 201);
  EXPECT_EQ(owner_->get(path).status, 200);
}

TEST_F(CustomersCrudTest, EventsAndAuditEntriesNameFieldsNotValues) {
  const std::string id = str(create(*owner_, kFullBody), "id");
  const std::string path = kCustomers + "/" + id;
  ASSERT_EQ(patch(*owner_, path, R"({"notes": "Secret note", "emails": ["x@example.com"]})",
                  {{"If-Match", "\"1\""}})
                .status,
            200);
  ASSERT_EQ(del(*owner_, path, {{"If-Match", "\"2\""}}).status, 204);

  auto session = database().session();
  auto rows = session.query(
      "SELECT topic, payload FROM outbox_events WHERE topic LIKE 'customers.%' ORDER BY id");
  std::vector<std::string> topics;
  while (rows.next()) {
    topics.push_back(rows.string(1));
    const std::string payload = rows.string(2);
    EXPECT_NE(payload.find(id), std::string::npos) << payload;
    for (const char* personal : {"Müller", "Juergen", "Secret", "example.com", "901820"})
      EXPECT_EQ(payload.find(personal), std::string::npos) << payload;
  }
  EXPECT_EQ(topics,
            (std::vector<std::string>{"customers.customer.created", "customers.customer.updated",
                                      "customers.customer.deleted"}));

  const auto entries = auditEntries(*owner_, "&entity_type=customer");
  std::vector<JsonObject> mine;
  for (const auto& entry : entries) {
    if (str(entry, "entity_id") == id)
      mine.push_back(entry);
  }
  ASSERT_EQ(mine.size(), 3u);
  const std::string changed = str(mine[1], "changed_fields");
  EXPECT_NE(changed.find("\"emails\""), std::string::npos) << changed;
  EXPECT_NE(changed.find("\"notes\""), std::string::npos) << changed;
  EXPECT_EQ(changed.find("\"name\""), std::string::npos) << changed;
  for (const auto& entry : mine)
    EXPECT_EQ(toJson(entry).find("Secret"), std::string::npos);
}

}  // namespace
}  // namespace caravan::testing
