// Segments: rules evaluated in SQL (count, members, preview), every rule error at once, versions,
// and the tenant wall.

#include "http_fixture.hpp"

namespace caravan::testing {
namespace {

class CustomersSegmentsTest : public HttpFixture {
 protected:
  void SetUp() override {
    HttpFixture::SetUp();
    owner_ = client(keyFor("Acme", "owner"));
    berlin_ = create(R"({"name": "Anna Schmidt", "country": "DE", "tags": ["vip"]})");
    vienna_ = create(R"({"name": "Lukas Huber", "country": "AT", "tags": ["newsletter"]})");
    paris_ = create(R"({"name": "Claire Martin", "country": "FR", "tags": ["vip"],
                       "kind": "company", "company_name": "Martin SARL"})");
  }
  std::string create(const std::string& body) {
    const auto result = owner_->post("/api/v1/customers", body);
    EXPECT_EQ(result.status, 201) << result.body;
    return str(result.json(), "id");
  }
  std::unique_ptr<HttpClient> owner_;
  std::string berlin_, vienna_, paris_;
};

TEST_F(CustomersSegmentsTest, CountsAndListsWhoMeetsTheRules) {
  const auto created = owner_->post("/api/v1/segments", R"({"name": "DACH VIPs", "match": "all",
      "rules": [{"field": "country", "op": "in", "values": ["DE", "AT", "CH"]},
                {"field": "tag", "op": "has", "value": "VIP"}]})");
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(str(created.json(), "count"), "1");
  const std::string path = "/api/v1/segments/" + str(created.json(), "id");

  const auto members = owner_->get(path + "/members");
  ASSERT_EQ(members.status, 200) << members.body;
  EXPECT_EQ(itemIds(members.json()), std::vector<std::string>{berlin_});

  // Any instead of all: the DACH customers and every VIP, newest first.
  const auto widened = owner_->request("PATCH", path, R"({"match": "any", "rules": [
          {"field": "country", "op": "in", "values": ["DE", "AT", "CH"]},
          {"field": "tag", "op": "has", "value": "vip"}]})",
                                       {{"If-Match", "\"1\""}});
  ASSERT_EQ(widened.status, 200) << widened.body;
  EXPECT_EQ(str(widened.json(), "count"), "3");
  EXPECT_EQ(itemIds(owner_->get(path + "/members").json()),
            (std::vector<std::string>{paris_, vienna_, berlin_}));

  // A segment follows the data: a new customer who meets the rules is in it at once.
  const std::string zurich = create(R"({"name": "Reto Meier", "country": "CH"})");
  EXPECT_EQ(str(owner_->get(path).json(), "count"), "4");

  const auto preview = owner_->post("/api/v1/segments/preview",
                                    R"({"rules": [{"field": "kind", "op": "eq", "value": "company"},
                                                  {"field": "tag", "op": "lacks", "value": "newsletter"}]})");
  ASSERT_EQ(preview.status, 200) << preview.body;
  EXPECT_EQ(str(preview.json(), "count"), "1");

  auto other = client(keyFor("Globex", "owner"));
  expectProblem(other->get(path), 404, "not_found");
  expectProblem(other->get(path + "/members"), 404, "not_found");
  EXPECT_EQ(str(other->post("/api/v1/segments/preview", R"({"rules": []})").json(), "count"), "0")
      << "another tenant's customers are not counted";
}

TEST_F(CustomersSegmentsTest, ExportsASegmentAsCsvThatImportsBack) {
  const auto created = owner_->post("/api/v1/segments", R"({"name": "VIPs",
      "rules": [{"field": "tag", "op": "has", "value": "vip"}]})");
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string path = "/api/v1/segments/" + str(created.json(), "id") + "/export.csv";
  const auto exported = owner_->get(path);
  ASSERT_EQ(exported.status, 200) << exported.body;
  EXPECT_EQ(exported.header("Content-Type").rfind("text/csv", 0), 0u);
  EXPECT_EQ(exported.body.rfind("external_id,kind,name,company_name,emails,phones,", 0), 0u);
  std::size_t records = 0;
  for (std::size_t at = exported.body.find("\r\n"); at != std::string::npos;
       at = exported.body.find("\r\n", at + 2))
    ++records;
  EXPECT_EQ(records, 3u) << "the header and the two VIPs\n" << exported.body;
  EXPECT_NE(exported.body.find("Martin SARL"), std::string::npos);
  EXPECT_EQ(exported.body.find("Lukas Huber"), std::string::npos) << "not a VIP";

  // What is exported imports back, here into another seller's account.
  auto other = client(keyFor("Globex", "owner"));
  const auto imported =
      other->request("POST", "/api/v1/customers/import", exported.body, {}, "text/csv");
  ASSERT_EQ(imported.status, 200) << imported.body;
  EXPECT_EQ(imported.json()->getValue<int>("created"), 2) << imported.body;
  const auto vips = other->get("/api/v1/customers?tag=vip");
  EXPECT_EQ(vips.json()->getArray("items")->size(), 2u);

  auto sales = client(keyFor("Acme", "sales"));
  // Bulk personal data needs customers.export, which sales staff do not hold.
  expectProblem(sales->get(path), 403, "forbidden");
}

TEST_F(CustomersSegmentsTest, EveryRuleErrorIsReportedAtOnce) {
  const auto bad = owner_->post("/api/v1/segments", R"({"name": "", "match": "some", "rules": [
      {"field": "shoe_size", "op": "eq", "value": "42"},
      {"field": "country", "op": "like", "value": "D%"},
      {"field": "country", "op": "in", "values": ["DE", "XX"]},
      {"field": "created_at", "op": "before", "value": "last year"}]})");
  const auto codes = errorCodes(expectProblem(bad, 400, "validation_failed"));
  EXPECT_TRUE(codes.count("name")) << bad.body;
  EXPECT_EQ(codes.at("match"), "invalid_value");
  EXPECT_EQ(codes.at("rules/0/field"), "unknown_field");
  EXPECT_EQ(codes.at("rules/1/op"), "unknown_operator");
  EXPECT_EQ(codes.at("rules/2/values"), "invalid_value");
  EXPECT_EQ(codes.at("rules/3/values"), "invalid_value");
  ASSERT_EQ(owner_->get("/api/v1/segments").json()->getArray("items")->size(), 0u)
      << "nothing stored";

  const auto first = owner_->post("/api/v1/segments", R"({"name": "All"})");
  ASSERT_EQ(first.status, 201) << first.body;
  EXPECT_EQ(str(first.json(), "count"), "3") << "no rules: everyone";
  EXPECT_EQ(errorCodes(expectProblem(owner_->post("/api/v1/segments", R"({"name": "All"})"), 409,
                                     "duplicate"))
                .at("name"),
            "duplicate");
}

}  // namespace
}  // namespace caravan::testing
