#include "organization_rules.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace caravan::organization {
namespace {

TEST(NormalizeVatId, RemovesSpacesDotsAndDashesAndCapitalises) {
  EXPECT_EQ(normalizeVatId("DE123456789"), "DE123456789");
  EXPECT_EQ(normalizeVatId("de 123 456 789"), "DE123456789");
  EXPECT_EQ(normalizeVatId("BE 0123.456.789"), "BE0123456789");
  EXPECT_EQ(normalizeVatId("nl-8501.23.456-b01"), "NL850123456B01");
  EXPECT_EQ(normalizeVatId("AT U12345678"), "ATU12345678");
  EXPECT_EQ(normalizeVatId(" . - "), "");
}

TEST(NormalizeVatId, KeepsOtherCharactersForTheShapeCheckToRefuse) {
  EXPECT_EQ(normalizeVatId("DE/123"), "DE/123");
  EXPECT_EQ(normalizeVatId("DE\t123"), "DE\t123");
  EXPECT_EQ(normalizeVatId("dé123"),
            "D\xc3\xa9"
            "123");
}

TEST(CheckVatId, AcceptsAGermanIdForAGermanEntity) {
  EXPECT_EQ(checkVatId("DE123456789", "DE"), std::nullopt);
  EXPECT_EQ(checkVatId(normalizeVatId("de 123.456.789"), "DE"), std::nullopt);
}

TEST(CheckVatId, RejectsAFrenchIdForAGermanEntity) {
  const auto error = checkVatId("FRXX123456789", "DE");
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->field, "vat_id");
  EXPECT_EQ(error->code, "country_mismatch");
  EXPECT_NE(error->message.find("DE"), std::string::npos) << error->message;
}

TEST(CheckVatId, WantsTheElPrefixForGreece) {
  EXPECT_EQ(checkVatId("EL123456789", "GR"), std::nullopt);
  const auto gr = checkVatId("GR123456789", "GR");
  ASSERT_TRUE(gr.has_value()) << "Greek VAT ids carry EL, not GR";
  EXPECT_EQ(gr->code, "country_mismatch");
  EXPECT_NE(gr->message.find("EL"), std::string::npos) << gr->message;
  // EL belongs to Greece only.
  const auto cyprus = checkVatId("EL123456789", "CY");
  ASSERT_TRUE(cyprus.has_value());
  EXPECT_EQ(cyprus->code, "country_mismatch");
}

TEST(CheckVatId, LeavesThePrefixFreeOutsideTheEu) {
  // A Swiss entity with its own id, a UK one, and a US seller registered for VAT in Germany.
  EXPECT_EQ(checkVatId("CHE123456789", "CH"), std::nullopt);
  EXPECT_EQ(checkVatId("GB123456789", "GB"), std::nullopt);
  EXPECT_EQ(checkVatId("DE123456789", "US"), std::nullopt);
  EXPECT_EQ(checkVatId("NO123456789MVA", "NO"), std::nullopt);
}

TEST(CheckVatId, AcceptsTwoToThirteenCharactersAfterThePrefix) {
  EXPECT_EQ(checkVatId("DE12", "DE"), std::nullopt);
  EXPECT_EQ(checkVatId("DE" + std::string(13, '1'), "DE"), std::nullopt);
  EXPECT_EQ(checkVatId("NL850123456B01", "NL"), std::nullopt);
  EXPECT_EQ(checkVatId("ATU12345678", "AT"), std::nullopt);
}

TEST(CheckVatId, RejectsIdsOfTheWrongShape) {
  for (const std::string& vatId : std::vector<std::string>{
           "", "D", "DE", "DE1", "DE" + std::string(14, '1'), "123456789", "1E123456789",
           "D1123456789", "de123456789", "DE12345678!", "DE 123456789",
           "DE\xc3\xa9"
           "123",
           std::string("DE12\0"
                       "34",
                       7)}) {
    const auto error = checkVatId(vatId, "DE");
    ASSERT_TRUE(error.has_value()) << "accepted '" << vatId << "'";
    EXPECT_EQ(error->field, "vat_id");
    EXPECT_EQ(error->code, "invalid_format") << vatId;
  }
}

TEST(EuVatPrefix, IsTheCountryCodeExceptForGreeceAndNothingOutsideTheEu) {
  EXPECT_EQ(euVatPrefix("DE"), "DE");
  EXPECT_EQ(euVatPrefix("FR"), "FR");
  EXPECT_EQ(euVatPrefix("GR"), "EL");
  EXPECT_EQ(euVatPrefix("GB"), std::nullopt) << "the UK left the EU";
  EXPECT_EQ(euVatPrefix("CH"), std::nullopt);
  EXPECT_EQ(euVatPrefix("EL"), std::nullopt) << "EL is a prefix, not a country";
}

TEST(IsEuCountry, KnowsTheTwentySevenMemberStates) {
  int members = 0;
  for (const char* country :
       {"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
        "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"}) {
    EXPECT_TRUE(isEuCountry(country)) << country;
    ++members;
  }
  EXPECT_EQ(members, 27);
  for (const char* country : {"GB", "CH", "NO", "US", "de", "EL", "EU", ""})
    EXPECT_FALSE(isEuCountry(country)) << country;
}

TEST(CheckInvoiceSeriesPrefix, AcceptsCapitalsDigitsDashSlashAndUnderscore) {
  for (const std::string& prefix : std::vector<std::string>{"INV-", "I", "DE/2026/", "AMZ_EU-01",
                                                            "0", "A-Z/0_9", std::string(20, 'X')}) {
    EXPECT_EQ(checkInvoiceSeriesPrefix(prefix), std::nullopt) << prefix;
  }
  EXPECT_EQ(checkInvoiceSeriesPrefix(kDefaultInvoiceSeriesPrefix), std::nullopt);
}

TEST(CheckInvoiceSeriesPrefix, RejectsEmptyOverLongLowercaseAndOtherCharacters) {
  for (const std::string& prefix :
       std::vector<std::string>{"", std::string(21, 'X'), "inv-", "Inv-", "INV ", "INV.", "INV#",
                                "INV+1", "RÉ-", "INV\\", std::string("IN\0V", 4)}) {
    const auto error = checkInvoiceSeriesPrefix(prefix);
    ASSERT_TRUE(error.has_value()) << "accepted '" << prefix << "'";
    EXPECT_EQ(error->field, "invoice_series_prefix");
    EXPECT_EQ(error->code, "invalid_format");
  }
}

TEST(CheckChannel, AcceptsTheSixChannels) {
  for (const char* channel : {"amazon", "shopify", "ebay", "web", "pos", "other"})
    EXPECT_EQ(checkChannel(channel), std::nullopt) << channel;
  EXPECT_EQ(channels().size(), 6u);
}

TEST(CheckChannel, RejectsOtherSpellingsAndUnknownChannels) {
  for (const char* channel : {"Amazon", "AMAZON", " amazon", "etsy", "", "amazon.de", "web "}) {
    const auto error = checkChannel(channel);
    ASSERT_TRUE(error.has_value()) << "accepted '" << channel << "'";
    EXPECT_EQ(error->field, "channel");
    EXPECT_EQ(error->code, "invalid_value");
  }
}

TEST(CheckCountryAndCurrency, NameTheFieldAndUseStableCodes) {
  EXPECT_EQ(checkCountry("country", "DE"), std::nullopt);
  const auto country = checkCountry("country", "EL");
  ASSERT_TRUE(country.has_value());
  EXPECT_EQ(country->field, "country");
  EXPECT_EQ(country->code, "unknown_country");

  EXPECT_EQ(checkCurrency("base_currency", "EUR"), std::nullopt);
  for (const char* code : {"eur", "XXX", "EURO", "DEM"}) {
    const auto currency = checkCurrency("base_currency", code);
    ASSERT_TRUE(currency.has_value()) << "accepted '" << code << "'";
    EXPECT_EQ(currency->field, "base_currency");
    EXPECT_EQ(currency->code, "unknown_currency");
  }
}

}  // namespace
}  // namespace caravan::organization
