// Tax rates, tax settings and VAT id checks over HTTP: every field error at once, overlaps,
// versions, the tenant wall around a tenant's own rates, and paging through shipped and tenant
// rows together.

#include <Poco/URI.h>

#include <set>

#include "http_fixture.hpp"

namespace caravan::testing {
namespace {

const std::string kRates = "/api/v1/tax-rates";
const std::string kSettings = "/api/v1/tax-settings";

class TaxTest : public HttpFixture {
 protected:
  void SetUp() override {
    HttpFixture::SetUp();
    owner_ = client(keyFor("Acme", "owner"));
  }

  std::vector<JsonObject> items(const JsonObject& page) {
    std::vector<JsonObject> found;
    if (!page->isArray("items")) {
      ADD_FAILURE() << "no items in " << toJson(page);
      return found;
    }
    auto array = page->getArray("items");
    for (unsigned i = 0; i < array->size(); ++i)
      found.push_back(array->getObject(i));
    return found;
  }

  std::unique_ptr<HttpClient> owner_;
};

TEST_F(TaxTest, ListsShippedRatesOnADate) {
  const auto result = owner_->get(kRates + "?country=DE&region=&date=2020-08-01");
  ASSERT_EQ(result.status, 200) << result.body;
  const auto rates = items(result.json());
  ASSERT_EQ(rates.size(), 2u) << result.body;
  std::map<std::string, std::string> byClass;
  for (const auto& rate : rates) {
    byClass[str(rate, "rate_class")] = str(rate, "rate");
    EXPECT_EQ(str(rate, "source"), "shipped");
    EXPECT_EQ(str(rate, "id"), "<null>");
    EXPECT_EQ(str(rate, "valid_to"), "2020-12-31");
  }
  EXPECT_EQ(byClass,
            (std::map<std::string, std::string>{{"reduced", "0.05"}, {"standard", "0.16"}}));
  const auto page = owner_->get(kRates + "?country=CA&region=NS&class=standard").json();
  EXPECT_EQ(items(page).size(), 2u) << "15 % until 2025-03-31, then 14 %";
}

TEST_F(TaxTest, CreateReadListDeleteATenantRate) {
  const auto created = owner_->post(kRates, R"({"country": "US", "region": "CA",
      "rate_class": "standard", "rate": "0.0725", "valid_from": "2024-01-01"})");
  ASSERT_EQ(created.status, 201) << created.body;
  const auto rate = created.json();
  const std::string id = str(rate, "id");
  EXPECT_EQ(created.header("Location"), kRates + "/" + id);
  EXPECT_EQ(str(rate, "rate"), "0.0725");
  EXPECT_EQ(str(rate, "tax_name"), "sales tax") << "the default name in the US";
  EXPECT_EQ(str(rate, "valid_to"), "<null>");
  EXPECT_EQ(str(rate, "source"), "tenant");
  EXPECT_EQ(owner_->get(kRates + "/" + id).body, created.body);

  // The same key and overlapping days: 409; the next day after an end is fine.
  const auto clash = owner_->post(kRates, R"({"country": "US", "region": "CA",
      "rate_class": "standard", "rate": "0.08", "valid_from": "2025-01-01"})");
  expectProblem(clash, 409, "overlapping_rate");
  const auto other = owner_->post(kRates, R"({"country": "US", "region": "CA",
      "rate_class": "reduced", "rate": "0.01", "valid_from": "2025-01-01", "valid_to": null})");
  EXPECT_EQ(other.status, 201) << other.body;

  // Listed first, before the shipped rows; a tenant override of a shipped rate too.
  const auto override = owner_->post(kRates, R"({"country": "DE", "rate_class": "standard",
      "rate": "0.2", "valid_from": "2026-01-01", "tax_name": "MwSt"})");
  ASSERT_EQ(override.status, 201) << override.body;
  const auto listed = items(owner_->get(kRates + "?limit=3").json());
  ASSERT_EQ(listed.size(), 3u);
  EXPECT_EQ(str(listed[0], "country") + str(listed[0], "source"), "DEtenant");
  EXPECT_EQ(str(listed[1], "region") + str(listed[1], "rate_class"), "CAreduced");
  EXPECT_EQ(str(listed[2], "region") + str(listed[2], "rate_class"), "CAstandard");
  const auto onlyTenant = items(owner_->get(kRates + "?source=tenant&country=US").json());
  EXPECT_EQ(onlyTenant.size(), 2u);

  const auto deleted = owner_->request("DELETE", kRates + "/" + id);
  EXPECT_EQ(deleted.status, 204) << deleted.body;
  expectProblem(owner_->get(kRates + "/" + id), 404, "not_found");
  expectProblem(owner_->request("DELETE", kRates + "/" + id), 404, "not_found");
}

TEST_F(TaxTest, PagesWalkTenantAndShippedRowsWithoutGapsOrRepeats) {
  ASSERT_EQ(owner_
                ->post(kRates, R"({"country": "US", "region": "NY", "rate_class": "standard",
      "rate": "0.04", "valid_from": "2024-01-01"})")
                .status,
            201);
  std::set<std::string> seen;
  std::size_t total = 0;
  std::string cursor;
  for (int pages = 0; pages < 50; ++pages) {
    const auto result =
        owner_->get(kRates + "?limit=40" + (cursor.empty() ? "" : "&cursor=" + cursor));
    ASSERT_EQ(result.status, 200) << result.body;
    const auto page = result.json();
    for (const auto& rate : items(page)) {
      ++total;
      seen.insert(str(rate, "source") + str(rate, "country") + str(rate, "region") +
                  str(rate, "rate_class") + str(rate, "valid_from"));
    }
    if (page->isNull("next_cursor"))
      break;
    std::string encoded;
    Poco::URI::encode(str(page, "next_cursor"), "+/=&?#", encoded);
    cursor = encoded;
  }
  EXPECT_EQ(seen.size(), total) << "no row twice";
  EXPECT_GT(total, 130u) << "every shipped row and the tenant's";
  EXPECT_TRUE(seen.count("tenantUSNYstandard2024-01-01"));
  EXPECT_TRUE(seen.count("shippedCANSstandard2025-04-01"));
}

TEST_F(TaxTest, BadRatesNameEveryFieldAtOnce) {
  auto problem = expectProblem(
      owner_->post(kRates, R"({"country": "XX", "region": "toolong", "rate_class": "normal",
          "rate": "1.5", "valid_from": "2024-02-30", "valid_to": "yesterday", "tax_name": "",
          "colour": "red"})"),
      400, "validation_failed");
  EXPECT_EQ(errorCodes(problem),
            (std::map<std::string, std::string>{{"country", "unknown_country"},
                                                {"region", "invalid_format"},
                                                {"rate_class", "invalid_value"},
                                                {"rate", "out_of_range"},
                                                {"valid_from", "invalid_date"},
                                                {"valid_to", "invalid_date"},
                                                {"tax_name", "required"},
                                                {"colour", "unknown_field"}}))
      << toJson(problem);
  problem = expectProblem(owner_->post(kRates, "{}"), 400, "validation_failed");
  const auto missing = errorFields(problem);
  EXPECT_EQ(std::set<std::string>(missing.begin(), missing.end()),
            (std::set<std::string>{"country", "rate_class", "rate", "valid_from"}));
  problem = expectProblem(owner_->post(kRates, R"({"country": "US", "region": "ZZ",
      "rate_class": "zero", "rate": "0.1", "valid_from": "2024-02-01", "valid_to": "2024-01-31"})"),
                          400, "validation_failed");
  EXPECT_EQ(errorCodes(problem),
            (std::map<std::string, std::string>{{"region", "unknown_region"},
                                                {"rate", "out_of_range"},
                                                {"valid_to", "before_valid_from"}}));
  problem = expectProblem(owner_->post(kRates, R"({"country": "DE", "rate_class": "standard",
      "rate": 0.19, "valid_from": "2024-01-01"})"),
                          400, "validation_failed");
  EXPECT_EQ(errorCodes(problem), (std::map<std::string, std::string>{{"rate", "invalid_type"}}))
      << "a JSON number is no exact decimal";
  problem = expectProblem(owner_->get(kRates + "?country=de&date=2024-13-01&class=x&source=y"), 400,
                          "validation_failed");
  EXPECT_EQ(errorCodes(problem), (std::map<std::string, std::string>{{"country", "unknown_country"},
                                                                     {"date", "invalid_date"},
                                                                     {"class", "invalid_value"},
                                                                     {"source", "invalid_value"}}));
}

TEST_F(TaxTest, SettingsNeedTheirVersionAndValidCodes) {
  auto read = owner_->get(kSettings);
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_EQ(read.header("ETag"), "\"0\"");
  EXPECT_EQ(str(read.json(), "oss_registered"), "false");
  EXPECT_EQ(str(read.json(), "ioss_number"), "<null>");

  const std::string body = R"({"oss_registered": true, "eu_distance_sales_above_threshold": true,
      "ioss_number": "im 2760000005", "registered_countries": ["GB", "US-CA", "GB"]})";
  expectProblem(owner_->request("PUT", kSettings, body), 428, "if_match_required");
  expectProblem(owner_->request("PUT", kSettings, body, {{"If-Match", "\"3\""}}), 412,
                "version_mismatch");
  auto saved = owner_->request("PUT", kSettings, body, {{"If-Match", "\"0\""}});
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(saved.header("ETag"), "\"1\"");
  const auto settings = saved.json();
  EXPECT_EQ(str(settings, "ioss_number"), "IM2760000005");
  EXPECT_EQ(toJson(settings->getArray("registered_countries")), R"(["GB","US-CA"])");
  EXPECT_EQ(owner_->get(kSettings).body, saved.body);

  const auto problem =
      expectProblem(owner_->request("PUT", kSettings,
                                    R"({"oss_registered": "yes", "ioss_number": "IM123",
                          "registered_countries": ["GB", "US-XX", "Germany", 7], "extra": 1})",
                                    {{"If-Match", "\"1\""}}),
                    400, "validation_failed");
  EXPECT_EQ(errorCodes(problem),
            (std::map<std::string, std::string>{{"oss_registered", "invalid_type"},
                                                {"ioss_number", "invalid_format"},
                                                {"registered_countries/1", "unknown_country"},
                                                {"registered_countries/2", "too_long"},
                                                {"registered_countries/3", "invalid_type"},
                                                {"extra", "unknown_field"}}))
      << toJson(problem);
  EXPECT_EQ(owner_->get(kSettings).header("ETag"), "\"1\"") << "nothing was written";

  // Cleared with null; the other fields fall back to their defaults.
  saved = owner_->request("PUT", kSettings, R"({"ioss_number": null})", {{"If-Match", "\"1\""}});
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(str(saved.json(), "ioss_number"), "<null>");
  EXPECT_EQ(str(saved.json(), "oss_registered"), "false");
}

TEST_F(TaxTest, ChecksVatIds) {
  auto result = owner_->get("/api/v1/vat-ids/DE%20136%20695%20976/check");
  ASSERT_EQ(result.status, 200) << result.body;
  auto check = result.json();
  EXPECT_EQ(str(check, "valid"), "true");
  EXPECT_EQ(str(check, "normalized"), "DE136695976");
  EXPECT_EQ(str(check, "country"), "DE");
  EXPECT_EQ(str(check, "error_code"), "<null>");
  check = owner_->get("/api/v1/vat-ids/DE136695977/check").json();
  EXPECT_EQ(str(check, "valid"), "false");
  EXPECT_EQ(str(check, "error_code"), "invalid_check_digit");
  check = owner_->get("/api/v1/vat-ids/US123/check").json();
  EXPECT_EQ(str(check, "error_code"), "unsupported_country");
}

TEST_F(TaxTest, AnotherTenantNeitherSeesNorDeletesTheRates) {
  const auto created = owner_->post(kRates, R"({"country": "US", "region": "WA",
      "rate_class": "standard", "rate": "0.065", "valid_from": "2024-01-01"})");
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string id = str(created.json(), "id");
  auto stranger = client(keyFor("Other", "owner"));
  expectProblem(stranger->get(kRates + "/" + id), 404, "not_found");
  expectProblem(stranger->request("DELETE", kRates + "/" + id), 404, "not_found");
  EXPECT_EQ(stranger->get(kRates + "?source=tenant").body.find(id), std::string::npos);
  EXPECT_TRUE(items(stranger->get(kRates + "?country=US").json()).empty());
  // The other tenant may add the same key: walls, not a shared table.
  EXPECT_EQ(stranger
                ->post(kRates, R"({"country": "US", "region": "WA", "rate_class": "standard",
      "rate": "0.065", "valid_from": "2024-01-01"})")
                .status,
            201);
  EXPECT_EQ(owner_->get(kRates + "/" + id).status, 200);
  // Settings are per tenant too.
  ASSERT_EQ(
      owner_->request("PUT", kSettings, R"({"oss_registered": true})", {{"If-Match", "\"0\""}})
          .status,
      200);
  EXPECT_EQ(str(stranger->get(kSettings).json(), "oss_registered"), "false");
}

TEST_F(TaxTest, ReadersReadButOnlyFinanceAdminAndOwnerWrite) {
  auto sales = client(keyFor("Acme", "sales"));
  EXPECT_EQ(sales->get(kRates + "?country=FR").status, 200);
  EXPECT_EQ(sales->get(kSettings).status, 200);
  expectProblem(sales->post(kRates, R"({"country": "US", "region": "CA", "rate_class": "standard",
      "rate": "0.0725", "valid_from": "2024-01-01"})"),
                403, "forbidden");
  auto finance = client(keyFor("Acme", "finance"));
  EXPECT_EQ(finance
                ->post(kRates, R"({"country": "US", "region": "CA", "rate_class": "standard",
      "rate": "0.0725", "valid_from": "2024-01-01"})")
                .status,
            201);
  auto compliance = client(keyFor("Acme", "compliance"));
  expectProblem(compliance->get(kRates), 403, "forbidden");
}

}  // namespace
}  // namespace caravan::testing
