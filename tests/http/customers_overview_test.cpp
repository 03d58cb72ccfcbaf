// The customer overview: one request with the profile, identities and addresses, the sections
// other modules supply (null until one does), and the merged timeline; behind the tenant wall.

#include "http_fixture.hpp"

namespace caravan::testing {
namespace {

class CustomersOverviewTest : public HttpFixture {
 protected:
  void SetUp() override {
    HttpFixture::SetUp();
    owner_ = client(keyFor("Acme", "owner"));
  }
  std::unique_ptr<HttpClient> owner_;
};

TEST_F(CustomersOverviewTest, ShowsTheProfileSectionsAndTimelineInOneAnswer) {
  const auto created = owner_->post("/api/v1/customers", R"({
      "name": "张三", "emails": ["zhang.san@example.cn"], "country": "CN",
      "addresses": [{"type": "shipping", "line1": "1 Nanjing Rd", "city": "Shanghai",
                     "postal_code": "200001", "country": "CN"}],
      "identities": [{"channel": "ebay", "external_id": "zhangsan88"}]})");
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string id = str(created.json(), "id");
  const std::string path = "/api/v1/customers/" + id;
  ASSERT_EQ(owner_->request("PATCH", path, R"({"tags": ["vip"]})", {{"If-Match", "\"1\""}}).status,
            200);

  const auto overview = owner_->get(path + "/overview");
  ASSERT_EQ(overview.status, 200) << overview.body;
  EXPECT_EQ(overview.header("ETag"), "\"2\"");
  const auto body = overview.json();
  const auto customer = body->getObject("customer");
  EXPECT_EQ(str(customer, "id"), id);
  EXPECT_EQ(str(customer, "name"), "张三");
  EXPECT_EQ(customer->getArray("identities")->size(), 1u);
  EXPECT_EQ(customer->getArray("addresses")->size(), 1u);
  ASSERT_TRUE(body->has("rfm"));
  EXPECT_EQ(str(body, "rfm"), "<null>") << "no purchases: no RFM scores";
  for (const char* section : {"lifetime", "loyalty", "open_tickets", "consent"})
    EXPECT_EQ(str(body, section), "<null>") << section << ": no module supplies it yet";
  const auto timeline = body->getArray("timeline");
  ASSERT_EQ(timeline->size(), 2u) << overview.body;
  EXPECT_EQ(str(timeline->getObject(0), "kind"), "customer.updated") << "newest first";
  EXPECT_EQ(str(timeline->getObject(1), "kind"), "customer.created");
  EXPECT_EQ(str(timeline->getObject(1), "module"), "customers");

  expectProblem(owner_->get("/api/v1/customers/42/overview"), 404, "not_found");
  auto other = client(keyFor("Globex", "owner"));
  expectProblem(other->get(path + "/overview"), 404, "not_found");
}

}  // namespace
}  // namespace caravan::testing
