// Duplicate candidates over HTTP: found when a customer is created or changed and named in the
// answer (ids, score, reasons only), listed highest score first with cursor pages, dismissed,
// found again by a whole-tenant scan, and walled per tenant and role.

#include <chrono>
#include <thread>

#include "http_fixture.hpp"

namespace caravan::testing {
namespace {

const std::string kCustomers = "/api/v1/customers";
const std::string kDuplicates = "/api/v1/customers/duplicates";

class CustomersDuplicatesTest : public HttpFixture {
 protected:
  std::map<std::string, std::string> serverSettings() override {
    return {{"customers.duplicate_scan_poll_ms", "100"}};
  }

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

  static std::vector<JsonObject> items(const JsonObject& page, const char* key = "items") {
    std::vector<JsonObject> found;
    auto array = page->getArray(key);
    for (unsigned i = 0; array && i < array->size(); ++i)
      found.push_back(array->getObject(i));
    return found;
  }

  std::unique_ptr<HttpClient> owner_;
};

TEST_F(CustomersDuplicatesTest, CreatingACustomerNamesItsCandidatesWithScoresAndReasons) {
  const auto first = create(*owner_, R"({"name": "Jürgen Müller", "country": "DE",
      "emails": ["Juergen.Mueller@example.de"], "phones": ["030 901820"],
      "addresses": [{"type": "billing", "line1": "Friedrichstraße 68", "postal_code": "10117",
                     "city": "Berlin", "country": "DE"}]})");
  EXPECT_TRUE(items(first, "duplicate_candidates").empty());

  // The same person typed differently: e-mail in other case, phone in international format, the
  // name in capitals without diacritics at the same postal code.
  const auto second = create(*owner_, R"({"name": "JURGEN MULLER", "country": "DE",
      "emails": ["JUERGEN.MUELLER@EXAMPLE.DE"], "phones": ["+49 30 901820"],
      "addresses": [{"type": "shipping", "line1": "Friedrichstr. 68", "postal_code": "10117",
                     "city": "Berlin", "country": "DE"}]})");
  const auto candidates = items(second, "duplicate_candidates");
  ASSERT_EQ(candidates.size(), 1u) << toJson(second);
  EXPECT_EQ(str(candidates[0], "customer_id"), str(first, "id"));
  EXPECT_EQ(str(candidates[0], "score"), "0.99");
  EXPECT_EQ(toJson(candidates[0]->getArray("reasons")), R"(["email","phone","name_postal"])");
  EXPECT_EQ(str(candidates[0], "status"), "open");
  // Ids and scores only: nothing of the other customer's personal data.
  EXPECT_EQ(toJson(candidates[0]).find("uller"), std::string::npos) << toJson(candidates[0]);

  // Another tenant's customer with the same e-mail is nobody's duplicate.
  auto stranger = client(keyFor("Other", "owner"));
  const auto foreign = create(*stranger, R"({"name": "Jürgen Müller",
      "emails": ["juergen.mueller@example.de"]})");
  EXPECT_TRUE(items(foreign, "duplicate_candidates").empty());
  const HttpResult foreignQueue = stranger->get(kDuplicates);
  ASSERT_EQ(foreignQueue.status, 200) << foreignQueue.body;
  EXPECT_TRUE(items(foreignQueue.json()).empty()) << foreignQueue.body;
}

TEST_F(CustomersDuplicatesTest, TheQueueListsHighestScoreFirstAndDismissedPairsLeaveIt) {
  create(*owner_, R"({"name": "Anna Schmidt", "emails": ["anna@example.de"],
      "phones": ["+49 151 23456789"]})");
  create(*owner_, R"({"name": "Anna Schmidt", "phones": ["+49 151 23456789"]})");
  create(*owner_, R"({"name": "A. Schmidt", "emails": ["ANNA@example.de"],
      "phones": ["+49 151 23456789"]})");
  // Pairs: 1-2 phone (0.80), 1-3 e-mail and phone (0.98), 2-3 phone (0.80).

  HttpResult page = owner_->get(kDuplicates + "?limit=2");
  ASSERT_EQ(page.status, 200) << page.body;
  auto first = items(page.json());
  ASSERT_EQ(first.size(), 2u);
  EXPECT_EQ(str(first[0], "score"), "0.98");
  EXPECT_EQ(str(first[1], "score"), "0.80");
  const std::string cursor = str(page.json(), "next_cursor");
  ASSERT_FALSE(cursor.empty());
  page = owner_->get(kDuplicates + "?limit=2&cursor=" + cursor);
  ASSERT_EQ(page.status, 200) << page.body;
  auto second = items(page.json());
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(str(second[0], "score"), "0.80");
  EXPECT_NE(str(second[0], "id"), str(first[1], "id"));

  const std::string id = str(first[0], "id");
  HttpResult dismissed = owner_->post(kDuplicates + "/" + id + "/dismiss", "");
  ASSERT_EQ(dismissed.status, 200) << dismissed.body;
  EXPECT_EQ(str(dismissed.json(), "status"), "dismissed");
  dismissed = owner_->post(kDuplicates + "/" + id + "/dismiss", "");
  EXPECT_EQ(dismissed.status, 409) << dismissed.body;

  page = owner_->get(kDuplicates);
  EXPECT_EQ(items(page.json()).size(), 2u) << "the open queue no longer holds it";
  page = owner_->get(kDuplicates + "?status=dismissed");
  ASSERT_EQ(items(page.json()).size(), 1u);
  EXPECT_EQ(str(items(page.json())[0], "id"), id);
  EXPECT_EQ(owner_->get(kDuplicates + "?status=maybe").status, 400);

  // Another tenant can neither see nor dismiss it; a reader cannot dismiss.
  auto stranger = client(keyFor("Other", "owner"));
  EXPECT_EQ(stranger->post(kDuplicates + "/" + str(first[1], "id") + "/dismiss", "").status, 404);
  auto auditor = client(keyFor("Acme", "auditor"));
  EXPECT_EQ(auditor->get(kDuplicates).status, 200);
  EXPECT_EQ(auditor->post(kDuplicates + "/" + str(first[1], "id") + "/dismiss", "").status, 403);
}

TEST_F(CustomersDuplicatesTest, ChangingACustomerFindsNewPairsAndEndsPairsItNoLongerShares) {
  const auto anna = create(*owner_, R"({"name": "Anna Schmidt", "emails": ["anna@example.de"]})");
  const auto bert = create(*owner_, R"({"name": "Bert Braun", "emails": ["bert@example.de"]})");
  const std::string path = kCustomers + "/" + str(bert, "id");

  HttpResult changed =
      owner_->request("PATCH", path, R"({"emails": ["Anna@Example.de"]})", {{"If-Match", "\"1\""}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  const auto candidates = items(changed.json(), "duplicate_candidates");
  ASSERT_EQ(candidates.size(), 1u) << changed.body;
  EXPECT_EQ(str(candidates[0], "customer_id"), str(anna, "id"));
  EXPECT_EQ(items(owner_->get(kDuplicates).json()).size(), 1u);

  changed =
      owner_->request("PATCH", path, R"({"emails": ["bert@example.de"]})", {{"If-Match", "\"2\""}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_TRUE(items(changed.json(), "duplicate_candidates").empty()) << changed.body;
  EXPECT_TRUE(items(owner_->get(kDuplicates).json()).empty()) << "the pair shares nothing now";
}

TEST_F(CustomersDuplicatesTest, AScanComparesAllCustomersAndReportsWhatItFound) {
  create(*owner_, R"({"name": "Anna Schmidt", "emails": ["anna@example.de"]})");
  create(*owner_, R"({"name": "Anna Schmidt", "emails": ["ANNA@example.de"],
      "phones": ["+49 151 23456789"]})");
  create(*owner_, R"({"name": "Carl Weber", "phones": ["+49 151 23456789"]})");

  const HttpResult requested = owner_->post(kDuplicates + "/scans", "");
  ASSERT_EQ(requested.status, 202) << requested.body;
  const std::string location = requested.header("Location");
  ASSERT_EQ(location, kDuplicates + "/scans/" + str(requested.json(), "id"));

  JsonObject scan;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  for (;;) {
    const HttpResult polled = owner_->get(location);
    ASSERT_EQ(polled.status, 200) << polled.body;
    scan = polled.json();
    if (str(scan, "status") == "done" || std::chrono::steady_clock::now() > deadline)
      break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ASSERT_EQ(str(scan, "status"), "done") << toJson(scan);
  EXPECT_EQ(scan->getValue<int>("keys_read"), 4) << "two e-mails, two phones";
  EXPECT_EQ(scan->getValue<int>("pairs_found"), 2);
  EXPECT_EQ(scan->getValue<int>("pairs_removed"), 0);
  EXPECT_FALSE(scan->isNull("finished_at"));
  EXPECT_EQ(items(owner_->get(kDuplicates).json()).size(), 2u);

  // Another seller does not see the scan; a reader cannot start one.
  auto stranger = client(keyFor("Other", "owner"));
  EXPECT_EQ(stranger->get(location).status, 404);
  auto auditor = client(keyFor("Acme", "auditor"));
  EXPECT_EQ(auditor->get(location).status, 200);
  EXPECT_EQ(auditor->post(kDuplicates + "/scans", "").status, 403);
}

}  // namespace
}  // namespace caravan::testing
