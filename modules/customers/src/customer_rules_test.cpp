#include "customer_rules.hpp"

#include <gtest/gtest.h>

namespace caravan::customers {
namespace {

TEST(CustomerRules, KnowsCountriesAndCurrencies) {
  EXPECT_FALSE(checkCountry("DE"));
  EXPECT_EQ(checkCountry("XX")->code, "unknown_country");
  EXPECT_EQ(checkCountry("de")->code, "unknown_country");
  EXPECT_FALSE(checkCurrency("EUR"));
  EXPECT_FALSE(checkCurrency("JPY"));
  EXPECT_EQ(checkCurrency("EURO")->code, "unknown_currency");
  EXPECT_EQ(checkCurrency("XXX")->code, "unknown_currency");
}

TEST(CustomerRules, CanonicalisesLanguageTags) {
  EXPECT_EQ(std::get<std::string>(canonicalLanguage("de")), "de");
  EXPECT_EQ(std::get<std::string>(canonicalLanguage("pt-br")), "pt-BR");
  EXPECT_EQ(std::get<std::string>(canonicalLanguage("zh-hant-tw")), "zh-Hant-TW");
  for (const char* bad : {"", "xx-YY-", "english", "de_DE", "qqq", "de--DE", "1234"}) {
    const auto checked = canonicalLanguage(bad);
    ASSERT_TRUE(refused(checked)) << bad;
    EXPECT_EQ(std::get<Refusal>(checked).code, "unknown_language") << bad;
  }
}

TEST(CustomerRules, NormalisesTaxIds) {
  EXPECT_EQ(std::get<std::string>(normalizeTaxId("de 123.456-789")), "DE123456789");
  EXPECT_TRUE(refused(normalizeTaxId("D")));
  EXPECT_TRUE(refused(normalizeTaxId("DE12345!")));
}

TEST(CustomerRules, ChecksChannels) {
  EXPECT_FALSE(checkChannel("amazon"));
  EXPECT_FALSE(checkChannel("b2b-portal"));
  EXPECT_TRUE(checkChannel("Amazon"));
  EXPECT_TRUE(checkChannel(""));
}

TEST(CustomerRules, NormalisesTags) {
  EXPECT_EQ(std::get<std::vector<std::string>>(normalizeTags({"VIP", " newsletter ", "vip"})),
            (std::vector<std::string>{"newsletter", "vip"}));
  EXPECT_TRUE(refused(normalizeTags({" "})));
  EXPECT_TRUE(refused(normalizeTags({std::string(65, 'a')})));
}

TEST(CustomerRules, KeysPostalCodes) {
  EXPECT_EQ(postalKey("sw1a 1aa"), "SW1A1AA");
  EXPECT_EQ(postalKey("10117"), "10117");
}

}  // namespace
}  // namespace caravan::customers
