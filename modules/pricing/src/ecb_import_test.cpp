// The ECB importers on the real published files in ../shared/data/ecb (read in place) and on
// damaged copies of them.
#include "ecb_import.hpp"

#include <gtest/gtest.h>

#include <caravan/testing/shared_data.hpp>

using namespace caravan::pricing;

namespace {

std::string ecbFile(const std::string& name) {
  return caravan::testing::readSharedData("ecb/" + name);
}

std::string ecbHistoryCsv() {
  return caravan::testing::readSharedZipEntry("ecb/eurofxref-hist.zip", "eurofxref-hist.csv");
}

const RateRow& rowOf(const ParsedRates& parsed, const std::string& quote) {
  for (const auto& row : parsed.rows) {
    if (row.quote == quote)
      return row;
  }
  throw std::runtime_error("no row for " + quote);
}

}  // namespace

TEST(EcbXml, ReadsThePublishedDailyFile) {
  const auto parsed = parseEcbXml(ecbFile("eurofxref-daily.xml"));
  EXPECT_EQ(parsed.days, std::set<std::string>{"2022-07-08"});
  EXPECT_GE(parsed.currencies.size(), 30u);
  EXPECT_EQ(rowOf(parsed, "USD").rate.toString(), "1.0163");
  EXPECT_EQ(rowOf(parsed, "JPY").rate.toString(), "138.05");
}

TEST(EcbXml, RefusesACutShortOrForeignFile) {
  const std::string whole = ecbFile("eurofxref-daily.xml");
  EXPECT_THROW(parseEcbXml(whole.substr(0, whole.size() / 2)), ImportError);
  EXPECT_THROW(parseEcbXml("<html><body>Not found</body></html>"), ImportError);
  std::string badRate = whole;
  badRate.replace(badRate.find("1.0163"), 6, "1,0163");
  try {
    parseEcbXml(badRate);
    FAIL() << "a malformed rate must be refused";
  } catch (const ImportError& e) {
    EXPECT_NE(std::string(e.what()).find("line "), std::string::npos) << e.what();
  }
}

TEST(EcbCsv, ReadsThePublishedDailyFileWithItsWrittenOutDate) {
  const auto parsed = parseEcbCsv(ecbFile("eurofxref.csv"));
  EXPECT_EQ(parsed.days, std::set<std::string>{"2026-04-13"});
  EXPECT_EQ(parsed.currencies.size(), 29u);
  EXPECT_EQ(rowOf(parsed, "USD").rate.toString(), "1.1684");
  EXPECT_EQ(rowOf(parsed, "IDR").rate.toString(), "20082.05");
}

TEST(EcbCsv, ReadsTheWholeHistoryWithRetiredCurrenciesAndGaps) {
  const auto parsed = parseEcbCsv(ecbHistoryCsv());
  EXPECT_EQ(parsed.days.size(), 6983u);
  EXPECT_EQ(*parsed.days.begin(), "1999-01-04");
  EXPECT_EQ(*parsed.days.rbegin(), "2026-04-13");
  EXPECT_EQ(parsed.currencies.size(), 41u);
  EXPECT_TRUE(parsed.currencies.count("CYP")) << "retired currencies keep their history";
  // N/A cells are gaps, not rates: fewer rows than days x currencies.
  EXPECT_LT(parsed.rows.size(), 6983u * 41u);
}

TEST(EcbCsv, NamesTheLineOfAProblem) {
  const std::string good = "Date, USD, JPY, \n13 April 2026, 1.1684, 186.75, \n";
  EXPECT_EQ(parseEcbCsv(good).rows.size(), 2u);
  const auto message = [](const std::string& csv) {
    try {
      parseEcbCsv(csv);
    } catch (const ImportError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_NE(message("Date, USD, JPY, \n13 April 2026, 1.1684, \n").find("line 2"),
            std::string::npos);
  EXPECT_NE(message("Date, USD, \n31 February 2026, 1.1, \n").find("line 2"), std::string::npos);
  EXPECT_NE(message("Date, USD, \n2026-04-13, -1.1, \n").find("greater than zero"),
            std::string::npos);
  EXPECT_NE(message("Datum, USD, \n").find("line 1"), std::string::npos);
  EXPECT_NE(message("").find("empty"), std::string::npos);
}

TEST(EcbDates, AcceptsBothPublishedFormsAndOnlyRealDates) {
  EXPECT_EQ(isoDate("13 April 2026"), "2026-04-13");
  EXPECT_EQ(isoDate("2024-02-29"), "2024-02-29");
  EXPECT_EQ(isoDate("2023-02-29"), "");
  EXPECT_EQ(isoDate("13 Avril 2026"), "");
  EXPECT_EQ(isoDate("2026-4-13"), "");
}
