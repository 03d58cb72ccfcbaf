#include <gtest/gtest.h>

#include <caravan/platform/iso_codes.hpp>
#include <string>

namespace caravan {
namespace {

TEST(IsIsoCountry, AcceptsAlpha2CodesInCapitals) {
  for (const char* code : {"DE", "FR", "GR", "US", "JP", "CH", "GB", "CN"})
    EXPECT_TRUE(isIsoCountry(code)) << code;
}

TEST(IsIsoCountry, RejectsLowercaseUnknownAlpha3AndVatOnlyPrefixes) {
  // "EL" is Greece's VAT prefix, not its country code.
  for (const char* code : {"de", "De", "XX", "DEU", "D", "", " DE", "EL", "EU"})
    EXPECT_FALSE(isIsoCountry(code)) << "accepted '" << code << "'";
}

TEST(IsIsoCurrency, AcceptsCurrenciesInCommonUse) {
  for (const char* code : {"EUR", "USD", "GBP", "JPY", "CHF", "CNY", "PLN", "SEK"})
    EXPECT_TRUE(isIsoCurrency(code)) << code;
}

TEST(IsIsoCurrency, RejectsLowercaseUnknownWithdrawnAndNonMoneyCodes) {
  // XXX: no currency; XTS: testing; XAU: gold; DEM: withdrawn; USN: a fund code.
  for (const char* code :
       {"eur", "Eur", "EU", "EURO", "", "ABC", "XXX", "XTS", "XAU", "DEM", "USN"})
    EXPECT_FALSE(isIsoCurrency(code)) << "accepted '" << code << "'";
}

TEST(IsIsoCurrency, ComparesTheWholeCodeNotAPrefix) {
  EXPECT_FALSE(isIsoCurrency(std::string("EUR\0", 4)));
  EXPECT_FALSE(isIsoCurrency("EURX"));
}

TEST(CurrencyOfCountry, ComesFromIcuRegionData) {
  EXPECT_EQ(currencyOfCountry("GB"), "GBP");
  EXPECT_EQ(currencyOfCountry("DE"), "EUR");
  EXPECT_EQ(currencyOfCountry("HR"), "EUR") << "Croatia uses the euro since 2023";
  EXPECT_EQ(currencyOfCountry("NO"), "NOK");
  EXPECT_EQ(currencyOfCountry("JP"), "JPY");
  EXPECT_EQ(currencyOfCountry("CH"), "CHF");
  EXPECT_EQ(currencyOfCountry("XX"), "");
  EXPECT_EQ(currencyOfCountry("gb"), "");
}

}  // namespace
}  // namespace caravan
