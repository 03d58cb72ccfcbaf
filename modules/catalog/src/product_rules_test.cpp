#include "product_rules.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace caravan::catalog {
namespace {

TEST(CheckSku, AcceptsLettersDigitsAndPortablePunctuation) {
  for (const std::string& sku :
       std::vector<std::string>{"A", "ABC-123", "abc_def.ghi/42", "0", std::string(64, 'X')}) {
    EXPECT_EQ(checkSku(sku), std::nullopt) << sku;
  }
}

TEST(CheckSku, RejectsEmptyOverLongSpacedAndNonAsciiSkus) {
  for (const std::string& sku : std::vector<std::string>{
           std::string(""), std::string(65, 'X'), std::string("AB 12"), std::string(" AB"),
           std::string("AB\t1"), std::string("Müller"), std::string("A+B"), std::string("A,B"),
           std::string("A\nB"), std::string("A\0B", 3)}) {
    const auto error = checkSku(sku);
    ASSERT_TRUE(error.has_value()) << "accepted '" << sku << "'";
    EXPECT_EQ(error->field, "sku");
    EXPECT_EQ(error->code, "invalid_format");
    EXPECT_FALSE(error->message.empty());
  }
}

TEST(NormalizeHsCode, RemovesDotsAndSpaces) {
  EXPECT_EQ(normalizeHsCode("8471.30"), "847130");
  EXPECT_EQ(normalizeHsCode("6109 10 00"), "61091000");
  EXPECT_EQ(normalizeHsCode("8471.30.00 10"), "8471300010");
  EXPECT_EQ(normalizeHsCode("847130"), "847130");
}

TEST(CheckHsCode, AcceptsSixToTenDigitsWithDotsOrSpaces) {
  for (const char* code : {"847130", "8471.30", "6109 10 00", "6109100000", "8471.30.00.10"}) {
    EXPECT_EQ(checkHsCode(code), std::nullopt) << code;
  }
}

TEST(CheckHsCode, RejectsTooFewTooManyDigitsAndLetters) {
  for (const char* code : {"84713", "8471.3", "84713000001", "6109 10 00 001", "8471AB", "84a130",
                           "", "8471-30", "８４７１３０"}) {
    const auto error = checkHsCode(code);
    ASSERT_TRUE(error.has_value()) << "accepted '" << code << "'";
    EXPECT_EQ(error->field, "hs_code");
    EXPECT_EQ(error->code, "invalid_format");
  }
}

TEST(CheckCountry, AcceptsIsoAlpha2Codes) {
  for (const char* code : {"DE", "FR", "US", "JP", "CH"}) {
    EXPECT_EQ(checkCountry("origin_country", code), std::nullopt) << code;
  }
}

TEST(CheckCountry, RejectsLowercaseUnknownAndAlpha3Codes) {
  for (const char* code : {"de", "De", "XX", "DEU", "D", "", " DE"}) {
    const auto error = checkCountry("origin_country", code);
    ASSERT_TRUE(error.has_value()) << "accepted '" << code << "'";
    EXPECT_EQ(error->code, "unknown_country");
  }
}

TEST(CheckCountry, CarriesTheFieldNameIntoTheError) {
  const auto origin = checkCountry("origin_country", "XX");
  ASSERT_TRUE(origin.has_value());
  EXPECT_EQ(origin->field, "origin_country");
  const auto shipTo = checkCountry("addresses/0/country", "de");
  ASSERT_TRUE(shipTo.has_value());
  EXPECT_EQ(shipTo->field, "addresses/0/country");
}

TEST(CheckTaxClass, KnowsTheFiveClasses) {
  for (const char* taxClass : {"standard", "reduced", "reduced2", "super_reduced", "zero"})
    EXPECT_EQ(checkTaxClass(taxClass), std::nullopt) << taxClass;
  for (const char* taxClass : {"", "Standard", "reduced3", "exempt", "super-reduced", " zero"}) {
    const auto error = checkTaxClass(taxClass);
    ASSERT_TRUE(error.has_value()) << "accepted '" << taxClass << "'";
    EXPECT_EQ(error->field, "tax_class");
    EXPECT_EQ(error->code, "invalid_value");
  }
}

TEST(CheckCustomsDescription, TakesPrintableAsciiUpTo255) {
  EXPECT_EQ(checkCustomsDescription("Cast iron frying pan, 28 cm, for household use"),
            std::nullopt);
  EXPECT_EQ(checkCustomsDescription(std::string(255, 'a')), std::nullopt);
  EXPECT_EQ(checkCustomsDescription("Mug"), std::nullopt);
  EXPECT_EQ(checkCustomsDescription(std::string(256, 'a'))->code, "too_long");
  EXPECT_EQ(checkCustomsDescription("ab")->code, "too_short");
  for (const std::string text : {"Po\xc3\xaale en fonte", "\xe9\x89\x84\xe7\x93\xb6",
                                 "pan\twith tab", "pan\nline", "pan\x7f"}) {
    const auto error = checkCustomsDescription(text);
    ASSERT_TRUE(error.has_value()) << "accepted '" << text << "'";
    EXPECT_EQ(error->field, "customs_description");
    EXPECT_EQ(error->code, "invalid_characters");
  }
}

TEST(CheckDimensions, EachSideFromOneMillimetreToOneHundredMetres) {
  EXPECT_TRUE(checkDimensions({280, 280, 50}).empty());
  EXPECT_TRUE(checkDimensions({1, 1, 1}).empty());
  EXPECT_TRUE(checkDimensions({kMaxSideMm, kMaxSideMm, kMaxSideMm}).empty());
}

TEST(CheckDimensions, NamesEverySideThatIsOutOfRange) {
  const auto errors = checkDimensions({0, 500, kMaxSideMm + 1});
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].field, "dimensions_mm/length");
  EXPECT_EQ(errors[0].code, "out_of_range");
  EXPECT_EQ(errors[1].field, "dimensions_mm/height");
  const auto negative = checkDimensions({-1, -1, -1});
  EXPECT_EQ(negative.size(), 3u);
}

}  // namespace
}  // namespace caravan::catalog
