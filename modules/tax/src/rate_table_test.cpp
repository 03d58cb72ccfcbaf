// The rate table: parsing, validity windows, and the sanity of the shipped data itself.
#include "rate_table.hpp"

#include <gtest/gtest.h>

#include <caravan/tax/tax.hpp>
#include <map>
#include <set>

using namespace caravan;
using namespace caravan::tax;

namespace {

const std::string kHeader = "country,region,rate_class,rate,valid_from,valid_to,tax_name\n";

/// The shipped rates of (country, region, class) valid on `date`, as text ("0.19"), or "none".
std::string shipped(const std::string& country, const std::string& region,
                    const std::string& rateClass, const std::string& date) {
  std::string found = "none";
  for (const auto& rate : shippedRates()) {
    if (rate.country == country && rate.region == region && rate.rateClass == rateClass &&
        rate.appliesOn(date)) {
      EXPECT_EQ(found, "none") << "two rates for " << country << region << " " << rateClass;
      found = rate.rate.toString();
    }
  }
  return found;
}

TaxRate rate(const std::string& from, std::optional<std::string> to) {
  TaxRate r;
  r.validFrom = from;
  r.validTo = std::move(to);
  return r;
}

}  // namespace

TEST(RateTable, ParsesRowsCommentsAndOpenEnds) {
  const auto rates = parseRateTable("# a comment\n\n" + kHeader +
                                    "DE,,standard,0.19,2021-01-01,,VAT\r\n"
                                    "CA,ON,standard,0.13,2020-01-01,2020-12-31,HST\n");
  ASSERT_EQ(rates.size(), 2u);
  EXPECT_EQ(rates[0].country, "DE");
  EXPECT_EQ(rates[0].region, "");
  EXPECT_EQ(rates[0].rate.toString(), "0.19");
  EXPECT_FALSE(rates[0].validTo);
  EXPECT_EQ(rates[0].source, "shipped");
  EXPECT_EQ(rates[1].region, "ON");
  EXPECT_EQ(rates[1].validTo.value_or(""), "2020-12-31");
  EXPECT_EQ(rates[1].taxName, "HST");
}

TEST(RateTable, RefusesBadRowsNamingTheLine) {
  const auto refuses = [](const std::string& row, const std::string& says) {
    try {
      parseRateTable(kHeader + row);
      ADD_FAILURE() << "accepted: " << row;
    } catch (const RateTableError& e) {
      EXPECT_NE(std::string(e.what()).find("line 2"), std::string::npos) << e.what();
      EXPECT_NE(std::string(e.what()).find(says), std::string::npos) << e.what();
    }
  };
  refuses("XX,,standard,0.19,2021-01-01,,VAT\n", "country");
  refuses("DE,,standard,19,2021-01-01,,VAT\n", "rate");
  refuses("DE,,standard,0.1.9,2021-01-01,,VAT\n", "rate");
  refuses("DE,,standard,-0.01,2021-01-01,,VAT\n", "rate");
  refuses("DE,,zero,0.01,2021-01-01,,VAT\n", "rate");
  refuses("DE,,normal,0.19,2021-01-01,,VAT\n", "rate_class");
  refuses("DE,,standard,0.19,2021-02-30,,VAT\n", "valid_from");
  refuses("DE,,standard,0.19,2021-01-01,2020-12-31,VAT\n", "valid_to");
  refuses("DE,,standard,0.19,2021-01-01,,\n", "tax_name");
  refuses("CA,QQ,standard,0.13,2021-01-01,,HST\n", "region");
  refuses("US,ZZ,standard,0.05,2021-01-01,,sales tax\n", "region");
  refuses("DE,,standard,0.19,2021-01-01,VAT\n", "7 fields");
  EXPECT_THROW(parseRateTable("DE,,standard,0.19,2021-01-01,,VAT\n"), RateTableError);
}

TEST(RateTable, RefusesOverlappingWindowsOfOneKey) {
  EXPECT_THROW(parseRateTable(kHeader + "DE,,standard,0.19,2020-01-01,2020-07-01,VAT\n" +
                              "DE,,standard,0.16,2020-07-01,2020-12-31,VAT\n"),
               RateTableError)
      << "both include 2020-07-01";
  EXPECT_THROW(parseRateTable(kHeader + "DE,,standard,0.19,2020-01-01,,VAT\n" +
                              "DE,,standard,0.16,2030-07-01,,VAT\n"),
               RateTableError);
  EXPECT_NO_THROW(parseRateTable(
      kHeader + "DE,,standard,0.19,2020-01-01,2020-06-30,VAT\n" +
      "DE,,standard,0.16,2020-07-01,,VAT\n" + "DE,,reduced,0.07,2020-01-01,,VAT\n" +
      "CA,ON,standard,0.13,2020-01-01,,HST\n" + "CA,,standard,0.05,2020-01-01,,GST\n"));
}

TEST(RateTable, ValidityWindowsIncludeBothEnds) {
  const auto r = rate("2020-07-01", "2020-12-31");
  EXPECT_FALSE(r.appliesOn("2020-06-30"));
  EXPECT_TRUE(r.appliesOn("2020-07-01"));
  EXPECT_TRUE(r.appliesOn("2020-12-31"));
  EXPECT_FALSE(r.appliesOn("2021-01-01"));
  EXPECT_TRUE(rate("2024-01-01", std::nullopt).appliesOn("2999-01-01"));
  EXPECT_TRUE(overlaps(rate("2020-01-01", "2020-06-30"), rate("2020-06-30", std::nullopt)));
  EXPECT_FALSE(overlaps(rate("2020-01-01", "2020-06-30"), rate("2020-07-01", std::nullopt)));
  EXPECT_TRUE(overlaps(rate("2020-01-01", std::nullopt), rate("2030-01-01", std::nullopt)));
}

TEST(RateTable, DatesMustBeRealDays) {
  EXPECT_TRUE(isIsoDate("2024-02-29"));
  EXPECT_FALSE(isIsoDate("2023-02-29"));
  EXPECT_FALSE(isIsoDate("2024-13-01"));
  EXPECT_FALSE(isIsoDate("2024-1-01"));
  EXPECT_FALSE(isIsoDate("20240101"));
}

TEST(ShippedRates, EveryRowParsesAndNoWindowsOverlap) {
  // shippedRates() parses the compiled-in file with every check of parseRateTable.
  ASSERT_GE(shippedRates().size(), 100u);
}

TEST(ShippedRates, EveryRequiredCountryHasAStandardRateFrom2020ToToday) {
  const std::set<std::string> required = {"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES",
                                          "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU",
                                          "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
                                          "GB", "NO", "CH", "AU", "NZ", "JP", "SG", "CA"};
  std::set<std::string> present;
  for (const auto& rate : shippedRates())
    present.insert(rate.country);
  EXPECT_EQ(present, required) << "exactly the countries the data promises";
  for (const auto& country : required) {
    // No gap in the standard rate: every first of the month from 2020 on has one.
    for (int year = 2020; year <= 2026; ++year) {
      for (int month = 1; month <= 12; ++month) {
        const std::string day =
            std::to_string(year) + "-" + (month < 10 ? "0" : "") + std::to_string(month) + "-01";
        EXPECT_NE(shipped(country, "", "standard", day), "none") << country << " on " << day;
      }
    }
  }
}

TEST(ShippedRates, KnownRatesAndChanges) {
  EXPECT_EQ(shipped("DE", "", "standard", "2020-06-30"), "0.19");
  EXPECT_EQ(shipped("DE", "", "standard", "2020-07-01"), "0.16");
  EXPECT_EQ(shipped("DE", "", "reduced", "2020-12-31"), "0.05");
  EXPECT_EQ(shipped("DE", "", "standard", "2021-01-01"), "0.19");
  EXPECT_EQ(shipped("CH", "", "standard", "2023-12-31"), "0.077");
  EXPECT_EQ(shipped("CH", "", "standard", "2024-01-01"), "0.081");
  EXPECT_EQ(shipped("SG", "", "standard", "2022-12-31"), "0.07");
  EXPECT_EQ(shipped("SG", "", "standard", "2023-06-01"), "0.08");
  EXPECT_EQ(shipped("SG", "", "standard", "2024-01-01"), "0.09");
  EXPECT_EQ(shipped("EE", "", "standard", "2023-12-31"), "0.2");
  EXPECT_EQ(shipped("EE", "", "standard", "2024-01-01"), "0.22");
  EXPECT_EQ(shipped("EE", "", "standard", "2025-07-01"), "0.24");
  EXPECT_EQ(shipped("FI", "", "standard", "2024-08-31"), "0.24");
  EXPECT_EQ(shipped("FI", "", "standard", "2024-09-01"), "0.255");
  EXPECT_EQ(shipped("SK", "", "standard", "2025-01-01"), "0.23");
  EXPECT_EQ(shipped("CZ", "", "reduced", "2023-12-31"), "0.15");
  EXPECT_EQ(shipped("CZ", "", "reduced", "2024-01-01"), "0.12");
  EXPECT_EQ(shipped("CZ", "", "reduced2", "2024-01-01"), "none");
  EXPECT_EQ(shipped("CA", "NS", "standard", "2025-03-31"), "0.15");
  EXPECT_EQ(shipped("CA", "NS", "standard", "2025-04-01"), "0.14");
  EXPECT_EQ(shipped("CA", "ON", "standard", "2025-04-01"), "0.13");
  EXPECT_EQ(shipped("CA", "", "standard", "2025-04-01"), "0.05");
  EXPECT_EQ(shipped("IE", "", "standard", "2020-10-01"), "0.21");
  EXPECT_EQ(shipped("JP", "", "reduced", "2025-01-01"), "0.08");
  EXPECT_EQ(shipped("DK", "", "reduced", "2025-01-01"), "none") << "Denmark has no reduced rate";
}

TEST(ShippedRates, TaxNamesFitTheCountry) {
  std::map<std::string, std::set<std::string>> names;
  for (const auto& rate : shippedRates())
    names[rate.country + (rate.region.empty() ? "" : "-" + rate.region)].insert(rate.taxName);
  EXPECT_EQ(names["DE"], std::set<std::string>{"VAT"});
  EXPECT_EQ(names["CA"], std::set<std::string>{"GST"});
  EXPECT_EQ(names["CA-ON"], std::set<std::string>{"HST"});
  EXPECT_EQ(names["JP"], std::set<std::string>{"consumption tax"});
  EXPECT_EQ(names["CH"], std::set<std::string>{"MWST"});
}

TEST(RateSet, RegionalBeforeNationalTenantBeforeShippedNoFallbackToStandard) {
  const auto make = [](const char* region, const char* rateClass, const char* value,
                       const char* source) {
    TaxRate r;
    r.country = "CA";
    r.region = region;
    r.rateClass = rateClass;
    r.rate = money::Decimal::parse(value);
    r.validFrom = "2020-01-01";
    r.source = source;
    return r;
  };
  const RateSet set({make("", "standard", "0.05", "shipped"),
                     make("ON", "standard", "0.13", "shipped"), make("", "zero", "0", "shipped"),
                     make("", "zero", "0", "tenant"), make("ON", "standard", "0.12", "tenant")});
  ASSERT_EQ(set.all().size(), 2u);
  EXPECT_EQ(set.find("standard")->rate.toString(), "0.12");
  EXPECT_EQ(set.find("standard")->source, "tenant");
  EXPECT_EQ(set.find("zero")->source, "tenant");
  EXPECT_FALSE(set.find("reduced")) << "no fallback to standard";
  EXPECT_EQ(set.all()[0].rateClass, "standard");
  EXPECT_EQ(set.all()[1].rateClass, "zero");
}
