#include "caravan/datagen/vat_id.hpp"

#include <gtest/gtest.h>

namespace caravan::datagen {
namespace {

// Published valid numbers (the examples of the python-stdnum library), so that the check
// digit code is tested against more than itself.
TEST(VatId, AcceptsKnownValidNumbers) {
  EXPECT_TRUE(isValidVatId("DE136695976"));
  EXPECT_TRUE(isValidVatId("FR40303265045"));
  EXPECT_TRUE(isValidVatId("ATU13585627"));
}

TEST(VatId, RejectsAWrongCheckDigitOrFormat) {
  EXPECT_FALSE(isValidVatId("DE136695977"));
  EXPECT_FALSE(isValidVatId("FR41303265045"));
  EXPECT_FALSE(isValidVatId("FR40303265046"));  // SIREN fails Luhn
  EXPECT_FALSE(isValidVatId("ATU13585628"));
  EXPECT_FALSE(isValidVatId("AT13585627"));
  EXPECT_FALSE(isValidVatId("DE13669597"));
  EXPECT_FALSE(isValidVatId("NL123456789B01"));
}

TEST(VatId, GeneratedNumbersPassTheirCheck) {
  Prng prng(42);
  for (const auto* country : {"DE", "FR", "AT"}) {
    ASSERT_TRUE(canMakeVatId(country));
    for (int i = 0; i < 2000; ++i) {
      const auto id = makeVatId(country, prng);
      ASSERT_TRUE(id.starts_with(country)) << id;
      ASSERT_TRUE(isValidVatId(id)) << id;
    }
  }
  EXPECT_FALSE(canMakeVatId("IT"));
  EXPECT_EQ(makeVatId("IT", prng), "");
}

}  // namespace
}  // namespace caravan::datagen
