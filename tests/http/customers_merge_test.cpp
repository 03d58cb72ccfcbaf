// Merging two customers: the survivor keeps its values or takes the chosen ones, owns both
// records' e-mails, phones, addresses and identities, the other is gone, and it is all audited;
// bad requests change nothing.

#include <caravan/customers/customer.hpp>

#include "http_fixture.hpp"

namespace caravan::testing {
namespace {

class CustomersMergeTest : public HttpFixture {
 protected:
  void SetUp() override {
    HttpFixture::SetUp();
    owner_ = client(keyFor("Acme", "owner"));
  }
  std::string create(const std::string& body) {
    const auto result = owner_->post("/api/v1/customers", body);
    EXPECT_EQ(result.status, 201) << result.body;
    return str(result.json(), "id");
  }
  HttpResult merge(const std::string& survivor, const std::string& body,
                   const std::string& version = "1") {
    return owner_->request("POST", "/api/v1/customers/" + survivor + "/merge", body,
                           {{"If-Match", "\"" + version + "\""}});
  }
  std::unique_ptr<HttpClient> owner_;
};

TEST_F(CustomersMergeTest, FoldsTheOtherRecordIntoTheSurvivor) {
  const std::string survivor = create(R"({"name": "Jürgen Müller", "country": "DE",
      "emails": ["jm@example.de"], "identities": [{"channel": "amazon", "external_id": "A1X"}]})");
  const std::string other = create(R"({"name": "Juergen Mueller", "country": "AT",
      "language": "de-AT", "emails": ["JM@example.de", "j@work.at"], "phones": ["+43 664 1234567"],
      "identities": [{"channel": "ebay", "external_id": "jm_wien"}], "tags": ["newsletter"]})");

  const auto merged =
      merge(survivor, R"({"merge_id": ")" + other + R"(", "values_from_merged": ["country"]})");
  ASSERT_EQ(merged.status, 200) << merged.body;
  const auto body = merged.json();
  EXPECT_EQ(str(body, "id"), survivor);
  EXPECT_EQ(str(body, "name"), "Jürgen Müller");
  EXPECT_EQ(str(body, "country"), "AT") << "chosen from the merged record";
  EXPECT_EQ(str(body, "language"), "de-AT") << "only the merged record had one";
  EXPECT_EQ(body->getArray("emails")->size(), 2u);
  EXPECT_EQ(body->getArray("phones")->size(), 1u);
  EXPECT_EQ(body->getArray("identities")->size(), 2u);
  EXPECT_EQ(merged.header("ETag"), "\"2\"");

  expectProblem(owner_->get("/api/v1/customers/" + other), 404, "not_found");
  // The survivor is found by what only the other record had.
  const auto search = owner_->get("/api/v1/customers?q=jm_wien");
  ASSERT_EQ(search.status, 200) << search.body;
  EXPECT_EQ(itemIds(search.json()), std::vector<std::string>{survivor});

  bool audited = false;
  for (const auto& entry : auditEntries(*owner_))
    audited |=
        str(entry, "action") == "customers.customers.merge" && str(entry, "entity_id") == survivor;
  EXPECT_TRUE(audited);
}

TEST_F(CustomersMergeTest, BadMergesChangeNothing) {
  const std::string a = create(R"({"name": "Anna"})");
  const std::string b = create(R"({"name": "Anne"})");
  expectProblem(owner_->request("POST", "/api/v1/customers/" + a + "/merge",
                                R"({"merge_id": ")" + b + R"("})"),
                428, "if_match_required");
  expectProblem(merge(a, R"({"merge_id": ")" + b + R"("})", "7"), 412, "version_mismatch");
  const auto bad = merge(a, R"({"merge_id": ")" + a + R"(", "values_from_merged": ["emails"]})");
  const auto codes = errorCodes(expectProblem(bad, 400, "validation_failed"));
  EXPECT_EQ(codes.at("merge_id"), "same_customer");
  EXPECT_EQ(codes.at("values_from_merged/0"), "unknown_field");
  const auto missing = merge(a, R"({"merge_id": "12345"})");
  EXPECT_EQ(errorCodes(expectProblem(missing, 400, "validation_failed")).at("merge_id"),
            "not_found");
  auto globex = client(keyFor("Globex", "owner"));
  const std::string foreign =
      str(globex->post("/api/v1/customers", R"({"name": "Zed"})").json(), "id");
  const auto across = merge(a, R"({"merge_id": ")" + foreign + R"("})");
  EXPECT_EQ(errorCodes(expectProblem(across, 400, "validation_failed")).at("merge_id"), "not_found")
      << "another tenant's customer is not there to merge";
  EXPECT_EQ(owner_->get("/api/v1/customers/" + b).status, 200);
  EXPECT_EQ(globex->get("/api/v1/customers/" + foreign).status, 200);
  EXPECT_EQ(str(owner_->get("/api/v1/customers/" + a).json(), "version"), "1");
}

TEST_F(CustomersMergeTest, AnErasedCustomerIsNeverMergedNorChanged) {
  const std::string living = create(R"({"name": "Anna Schmidt", "emails": ["anna@example.de"]})");
  const std::string erased = create(R"({"name": "Anna Schmidt", "emails": ["anna@example.de"]})");
  // What the privacy module does once it has erased the customer's personal data.
  auto session = database().session();
  auto owner = session.query("SELECT tenant_id FROM customers WHERE id = ?", {erased});
  ASSERT_TRUE(owner.next());
  db::TenantSession tenant(session, owner.uint64(1));
  ASSERT_TRUE(customers::markErased(tenant, std::stoull(erased)));
  const auto shown = owner_->get("/api/v1/customers/" + erased).json();
  EXPECT_FALSE(shown->isNull("erased_at"));
  EXPECT_EQ(str(shown, "version"), "2");

  expectProblem(merge(living, R"({"merge_id": ")" + erased + R"("})", "1"), 409, "customer_erased");
  expectProblem(merge(erased, R"({"merge_id": ")" + living + R"("})", "2"), 409, "customer_erased");
  EXPECT_EQ(owner_->get("/api/v1/customers/" + living).status, 200);
  EXPECT_EQ(owner_->get("/api/v1/customers/" + erased).status, 200) << "both kept, unchanged";
  EXPECT_EQ(str(owner_->get("/api/v1/customers/" + living).json(), "version"), "1");

  // Nor given new personal data: that would undo the erasure.
  expectProblem(owner_->request("PATCH", "/api/v1/customers/" + erased,
                                R"({"emails": ["anna@example.de"]})", {{"If-Match", "\"2\""}}),
                409, "customer_erased");
  const auto after = owner_->get("/api/v1/customers/" + erased).json();
  EXPECT_EQ(str(after, "version"), "2");
}

}  // namespace
}  // namespace caravan::testing
