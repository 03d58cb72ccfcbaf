// Exchange rates over HTTP: the ECB's real files imported in place from ../shared/data, and
// conversions that name the rate they used.
#include <caravan/testing/shared_data.hpp>

#include "http_fixture.hpp"

namespace caravan::testing {
namespace {

std::string ecbFile(const std::string& name) {
  return caravan::testing::readSharedData("ecb/" + name);
}

std::string ecbHistoryCsv() {
  return caravan::testing::readSharedZipEntry("ecb/eurofxref-hist.zip", "eurofxref-hist.csv");
}

class FxTest : public HttpFixture {
 protected:
  HttpResult import(HttpClient& http, const std::string& body, const std::string& type) {
    return http.request("POST", "/api/v1/fx-rates/import", body, {}, type);
  }
};

TEST_F(FxTest, ImportsTheDailyXmlAndConvertsWithTheRateItNames) {
  auto finance = client(keyFor("Acme", "finance"));
  const std::string xml = ecbFile("eurofxref-daily.xml");
  ASSERT_FALSE(xml.empty());
  const auto first = import(*finance, xml, "application/xml");
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(str(first.json(), "first_date"), "2022-07-08");
  const std::string stored = str(first.json(), "stored");
  EXPECT_GE(std::stoi(stored), 30);
  const auto again = import(*finance, xml, "application/xml");
  EXPECT_EQ(str(again.json(), "stored"), stored) << "a re-import stores the same rates, no more";

  const auto converted =
      finance->get("/api/v1/fx/convert?amount=10.00&from=EUR&to=JPY&at=2022-07-08");
  ASSERT_EQ(converted.status, 200) << converted.body;
  const auto body = converted.json();
  EXPECT_EQ(str(body, "amount"), "1380") << "1380.5 yen, rounded half to even";
  EXPECT_EQ(str(body, "currency"), "JPY");
  EXPECT_EQ(str(body, "rate"), "138.05");
  EXPECT_EQ(str(body, "rate_date"), "2022-07-08");
  EXPECT_EQ(str(body, "source"), "ECB");
  const auto cross = finance->get("/api/v1/fx/convert?amount=100.00&from=USD&to=GBP&at=2022-07-08");
  ASSERT_EQ(cross.status, 200) << cross.body;
  EXPECT_EQ(str(cross.json(), "source"), "ECB (via EUR)");
}

TEST_F(FxTest, ADateWithoutARateIsAnErrorNotAFallback) {
  auto finance = client(keyFor("Acme", "finance"));
  ASSERT_EQ(import(*finance, ecbFile("eurofxref-daily.xml"), "application/xml").status, 200);
  const auto saturday =
      finance->get("/api/v1/fx/convert?amount=10.00&from=EUR&to=JPY&at=2022-07-09");
  expectProblem(saturday, 422, "no_rate");
}

TEST_F(FxTest, BadParametersAreReportedTogether) {
  auto sales = client(keyFor("Acme", "sales"));
  const auto result = sales->get("/api/v1/fx/convert?amount=10.005&from=EUR&to=XXY&at=2022-13-01");
  expectProblem(result, 400, "validation_failed");
  const auto codes = errorCodes(result.json());
  EXPECT_EQ(codes.at("amount"), "invalid_amount");
  EXPECT_EQ(codes.at("to"), "unknown_currency");
  EXPECT_EQ(codes.at("at"), "invalid_date");
  expectProblem(sales->get("/api/v1/fx/convert"), 400, "validation_failed");
}

TEST_F(FxTest, ABrokenFileIsRefusedWithItsLineAndStoresNothing) {
  auto finance = client(keyFor("Acme", "finance"));
  const std::string xml = ecbFile("eurofxref-daily.xml");
  const auto cut = import(*finance, xml.substr(0, xml.size() * 2 / 3), "application/xml");
  const auto problem = expectProblem(cut, 400, "validation_failed");
  EXPECT_EQ(errorCodes(problem).at("body"), "invalid_file");
  expectProblem(finance->get("/api/v1/fx/convert?amount=1.00&from=EUR&to=USD&at=2022-07-08"), 422,
                "no_rate");
  const auto csv = import(*finance, "Date, USD, \n13 April 2026, one, \n", "text/csv");
  expectProblem(csv, 400, "validation_failed");
  EXPECT_NE(csv.body.find("line 2"), std::string::npos) << csv.body;
  expectProblem(import(*finance, "USD 1.08", "text/plain"), 415, "unsupported_media_type");
  EXPECT_EQ(errorCodes(
                expectProblem(import(*finance, "{}", "application/json"), 400, "validation_failed"))
                .at("url"),
            "required");
}

TEST_F(FxTest, ImportsTheWholeHistoryAsCsv) {
  auto finance = client(keyFor("Acme", "finance"));
  const auto result = import(*finance, ecbHistoryCsv(), "text/csv");
  ASSERT_EQ(result.status, 200) << result.body.substr(0, 500);
  EXPECT_EQ(str(result.json(), "days"), "6983");
  EXPECT_EQ(str(result.json(), "currencies"), "41");
  const auto old = finance->get("/api/v1/fx/convert?amount=100.00&from=EUR&to=USD&at=1999-01-04");
  ASSERT_EQ(old.status, 200) << old.body;
  EXPECT_EQ(str(old.json(), "amount"), "117.89") << "1 EUR = 1.1789 USD on the euro's first day";
}

TEST_F(FxTest, OnlyFinanceAdminsAndOwnersImport) {
  auto sales = client(keyFor("Acme", "sales"));
  expectProblem(import(*sales, ecbFile("eurofxref.csv"), "text/csv"), 403, "forbidden");
}

}  // namespace
}  // namespace caravan::testing

namespace caravan::testing {
namespace {

class FxListTest : public HttpFixture {};

TEST_F(FxListTest, ListsCurrenciesWithTheirMinorUnits) {
  auto sales = client(keyFor("Acme", "sales"));
  const auto result = sales->get("/api/v1/currencies");
  ASSERT_EQ(result.status, 200) << result.body;
  EXPECT_NE(result.body.find(R"({"code":"JPY","minor_units":0})"), std::string::npos);
  EXPECT_NE(result.body.find(R"({"code":"KWD","minor_units":3})"), std::string::npos);
  EXPECT_NE(result.body.find(R"({"code":"EUR","minor_units":2})"), std::string::npos);
}

TEST_F(FxListTest, ListsStoredRatesFilteredAndPaged) {
  auto finance = client(keyFor("Acme", "finance"));
  ASSERT_EQ(finance
                ->request("POST", "/api/v1/fx-rates/import", ecbFile("eurofxref-daily.xml"), {},
                          "application/xml")
                .status,
            200);
  const auto usd = finance->get("/api/v1/fx-rates?quote=USD");
  ASSERT_EQ(usd.status, 200) << usd.body;
  EXPECT_NE(usd.body.find(R"("base":"EUR","quote":"USD","rate":"1.0163")"), std::string::npos)
      << usd.body;
  // Pages of 10 over the day's rates, without repeats.
  std::set<std::string> seen;
  std::string cursor;
  int pages = 0;
  do {
    const auto page =
        finance->get("/api/v1/fx-rates?limit=10" + (cursor.empty() ? "" : "&cursor=" + cursor));
    ASSERT_EQ(page.status, 200) << page.body;
    const auto body = page.json();
    auto items = body->getArray("items");
    for (unsigned i = 0; i < items->size(); ++i) {
      EXPECT_TRUE(seen.insert(items->getObject(i)->getValue<std::string>("quote")).second);
    }
    cursor = body->isNull("next_cursor") ? "" : body->getValue<std::string>("next_cursor");
    ++pages;
  } while (!cursor.empty() && pages < 20);
  EXPECT_GE(seen.size(), 30u);
  EXPECT_GE(pages, 3);
  expectProblem(finance->get("/api/v1/fx-rates?from=yesterday"), 400, "validation_failed");
}

}  // namespace
}  // namespace caravan::testing
