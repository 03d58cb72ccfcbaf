// Price lists over HTTP: markets, effective-dated prices, price points, and what a bad request or a
// second default list gets back.
#include <caravan/testing/shared_data.hpp>

#include "http_fixture.hpp"

namespace caravan::testing {
namespace {

class PriceListsTest : public HttpFixture {
 protected:
  void SetUp() override {
    HttpFixture::SetUp();
    finance_ = client(keyFor("Acme", "finance"));
  }

  JsonObject createList(const std::string& body) {
    const auto result = finance_->post("/api/v1/price-lists", body);
    EXPECT_EQ(result.status, 201) << result.body;
    return result.json();
  }

  std::unique_ptr<HttpClient> finance_;
};

TEST_F(PriceListsTest, CreateReadChangeAndDeleteAList) {
  const auto created =
      finance_->post("/api/v1/price-lists",
                     R"({"name": "Euro zone", "currency": "EUR", "prices_include_tax": true,
          "countries": ["FR", "DE", "AT"], "price_point": {"step": "1", "ending": "0.99"}})");
  ASSERT_EQ(created.status, 201) << created.body;
  const auto list = created.json();
  const std::string path = "/api/v1/price-lists/" + str(list, "id");
  EXPECT_EQ(created.header("Location"), path);
  EXPECT_EQ(toJson(list->getArray("countries")), R"(["AT","DE","FR"])") << "sorted";
  EXPECT_EQ(str(list->getObject("price_point"), "ending"), "0.99");
  EXPECT_EQ(str(list, "default"), "false");

  const auto read = finance_->get(path);
  ASSERT_EQ(read.status, 200);
  EXPECT_EQ(read.header("ETag"), "\"1\"");

  expectProblem(finance_->request("PATCH", path, R"({"name": "EU"})"), 428, "if_match_required");
  const auto changed = finance_->request(
      "PATCH", path, R"({"price_point": null, "countries": ["IT"]})", {{"If-Match", "\"1\""}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(str(changed.json(), "price_point"), "<null>");
  EXPECT_EQ(toJson(changed.json()->getArray("countries")), R"(["IT"])");
  expectProblem(finance_->request("PATCH", path, R"({"name": "EU"})", {{"If-Match", "\"1\""}}), 412,
                "version_mismatch");

  ASSERT_EQ(finance_->request("DELETE", path, "", {{"If-Match", "\"2\""}}).status, 204);
  expectProblem(finance_->get(path), 404, "not_found");
}

TEST_F(PriceListsTest, EveryFieldErrorIsReportedAtOnce) {
  const auto result = finance_->post(
      "/api/v1/price-lists",
      R"({"name": "", "currency": "EUX", "prices_include_tax": "yes", "countries": ["DE", "XX", "DE"],
          "price_point": {"step": "0.001"}, "colour": "red"})");
  const auto problem = expectProblem(result, 400, "validation_failed");
  const auto codes = errorCodes(problem);
  EXPECT_TRUE(codes.count("name")) << result.body;
  EXPECT_EQ(codes.count("currency"), 1u) << result.body;
  EXPECT_TRUE(codes.count("prices_include_tax")) << result.body;
  EXPECT_EQ(codes.at("countries/1"), "unknown_country") << result.body;
  EXPECT_EQ(codes.at("colour"), "unknown_field") << result.body;

  const auto yen = finance_->post(
      "/api/v1/price-lists",
      R"({"name": "Japan", "currency": "JPY", "prices_include_tax": true, "countries": ["JP"],
          "price_point": {"step": "1", "ending": "0.99"}})");
  EXPECT_EQ(errorCodes(expectProblem(yen, 400, "validation_failed")).at("price_point"),
            "invalid_price_point")
      << "yen have no cents to end in .99";
  const auto noMarket =
      finance_->post("/api/v1/price-lists",
                     R"({"name": "Nowhere", "currency": "EUR", "prices_include_tax": false})");
  EXPECT_EQ(errorCodes(expectProblem(noMarket, 400, "validation_failed")).at("countries"),
            "required");
}

TEST_F(PriceListsTest, ACountryBelongsToOneListAndATenantHasOneDefault) {
  createList(
      R"({"name": "DACH", "currency": "EUR", "prices_include_tax": true, "countries": ["DE", "AT"]})");
  const auto clash = finance_->post(
      "/api/v1/price-lists",
      R"({"name": "Germany", "currency": "EUR", "prices_include_tax": true, "countries": ["DE"]})");
  EXPECT_EQ(errorCodes(expectProblem(clash, 409, "duplicate")).at("countries"), "duplicate");
  const auto sameName = finance_->post(
      "/api/v1/price-lists",
      R"({"name": "DACH", "currency": "CHF", "prices_include_tax": true, "countries": ["CH"]})");
  EXPECT_EQ(errorCodes(expectProblem(sameName, 409, "duplicate")).at("name"), "duplicate");

  createList(
      R"({"name": "World", "currency": "USD", "prices_include_tax": false, "default": true})");
  const auto second = finance_->post(
      "/api/v1/price-lists",
      R"({"name": "World 2", "currency": "USD", "prices_include_tax": false, "default": true})");
  EXPECT_EQ(errorCodes(expectProblem(second, 409, "duplicate")).at("default"), "duplicate");

  // Another tenant has its own markets.
  auto other = client(keyFor("Globex", "owner"));
  EXPECT_EQ(other
                ->post("/api/v1/price-lists",
                       R"({"name": "DACH", "currency": "EUR", "prices_include_tax": true,
                            "countries": ["DE"], "default": true})")
                .status,
            201);
}

TEST_F(PriceListsTest, PricesAreStoredByDateAndValidatedTogether) {
  const auto list = createList(
      R"({"name": "Japan", "currency": "JPY", "prices_include_tax": true, "countries": ["JP"]})");
  const std::string prices = "/api/v1/price-lists/" + str(list, "id") + "/prices";
  const auto stored = finance_->post(
      prices, R"({"prices": [{"sku": "PAN-28", "amount": "6980", "valid_from": "2024-01-01"},
                             {"sku": "PAN-28", "amount": "7480", "valid_from": "2024-04-01"},
                             {"sku": "LID-28", "amount": "1200", "valid_from": "2024-01-01"}]})");
  ASSERT_EQ(stored.status, 200) << stored.body;
  EXPECT_EQ(str(stored.json(), "stored"), "3");

  const auto bad = finance_->post(
      prices, R"({"prices": [{"sku": "PAN-28", "amount": "6980.5", "valid_from": "2024-01-01"},
                             {"sku": "", "amount": "-1", "valid_from": "2024-02-30"},
                             {"sku": "X", "amount": "1", "valid_from": "2024-01-01"},
                             {"sku": "X", "amount": "2", "valid_from": "2024-01-01"}]})");
  const auto codes = errorCodes(expectProblem(bad, 400, "validation_failed"));
  EXPECT_EQ(codes.at("prices/0/amount"), "too_precise") << bad.body;
  EXPECT_TRUE(codes.count("prices/1/sku")) << bad.body;
  EXPECT_EQ(codes.at("prices/1/amount"), "negative") << bad.body;
  EXPECT_EQ(codes.at("prices/1/valid_from"), "invalid_date") << bad.body;
  EXPECT_EQ(codes.at("prices/3/sku"), "duplicate") << bad.body;

  const auto page = finance_->get(prices + "?limit=2");
  ASSERT_EQ(page.status, 200) << page.body;
  const auto items = page.json()->getArray("items");
  ASSERT_EQ(items->size(), 2u);
  EXPECT_EQ(str(items->getObject(0), "sku"), "LID-28");
  EXPECT_EQ(str(items->getObject(1), "amount"), "6980");
  const std::string cursor = str(page.json(), "next_cursor");
  const auto rest = finance_->get(prices + "?limit=2&cursor=" + cursor);
  ASSERT_EQ(rest.status, 200) << rest.body;
  ASSERT_EQ(rest.json()->getArray("items")->size(), 1u) << "nothing lost by the bad request";
  EXPECT_EQ(str(rest.json()->getArray("items")->getObject(0), "valid_from"), "2024-04-01");

  // Changing the currency of a list with prices would re-price them silently.
  const auto recurrency = finance_->request("PATCH", "/api/v1/price-lists/" + str(list, "id"),
                                            R"({"currency": "USD"})", {{"If-Match", "\"1\""}});
  EXPECT_EQ(errorCodes(expectProblem(recurrency, 409, "has_prices")).at("currency"), "has_prices");
}

TEST_F(PriceListsTest, TheMaximumRateAgeIsATenantSetting) {
  const auto initial = finance_->get("/api/v1/pricing-settings");
  ASSERT_EQ(initial.status, 200) << initial.body;
  EXPECT_EQ(str(initial.json(), "max_rate_age_days"), "0");
  EXPECT_EQ(initial.header("ETag"), "\"0\"");

  // Rates of a Friday; Saturday converts only once the tenant allows older rates.
  ASSERT_EQ(finance_
                ->request("POST", "/api/v1/fx-rates/import",
                          readSharedData("ecb/eurofxref-daily.xml"), {}, "application/xml")
                .status,
            200);
  const std::string saturday = "/api/v1/fx/convert?amount=10.00&from=EUR&to=USD&at=2022-07-09";
  expectProblem(finance_->get(saturday), 422, "no_rate");
  const auto set = finance_->request("PUT", "/api/v1/pricing-settings",
                                     R"({"max_rate_age_days": 3})", {{"If-Match", "\"0\""}});
  ASSERT_EQ(set.status, 200) << set.body;
  EXPECT_EQ(str(set.json(), "version"), "1");
  const auto converted = finance_->get(saturday);
  ASSERT_EQ(converted.status, 200) << converted.body;
  EXPECT_EQ(str(converted.json(), "rate_date"), "2022-07-08");

  // The setting is the tenant's own.
  auto other = client(keyFor("Globex", "finance"));
  EXPECT_EQ(str(other->get("/api/v1/pricing-settings").json(), "max_rate_age_days"), "0");
  expectProblem(finance_->request("PUT", "/api/v1/pricing-settings",
                                  R"({"max_rate_age_days": 400})", {{"If-Match", "\"1\""}}),
                400, "validation_failed");
}

}  // namespace
}  // namespace caravan::testing
