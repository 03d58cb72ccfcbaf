#include "customer_rules.hpp"

#include <gtest/gtest.h>

#include <thread>

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

TEST(CustomerRules, ALanguageTagReadAgainGetsTheSameAnswerAsTheFirstTime) {
  // Each thread remembers the tags it has read (512 at most); past that it starts afresh. A tag
  // read on a thread of its own is read by ICU, and answers as it does from memory here.
  std::vector<std::string> tags{"pt-br", "de_DE", "qqq", "zh-hant-tw"};
  for (int i = 0; i < 600; ++i) {
    tags.push_back("de-" + std::string(1, static_cast<char>('A' + i % 26)) +
                   static_cast<char>('A' + (i / 26) % 26));
  }
  const auto answer = [](const std::string& tag) {
    const auto checked = canonicalLanguage(tag);
    return refused(checked) ? "refused " + std::get<Refusal>(checked).code
                            : std::get<std::string>(checked);
  };
  const auto answers = [&] {
    std::vector<std::string> seen;
    for (const auto& tag : tags)
      seen.push_back(answer(tag));
    return seen;
  };
  std::vector<std::string> fresh(tags.size());
  for (std::size_t i = 0; i < tags.size(); ++i)
    std::thread([&, i] { fresh[i] = answer(tags[i]); }).join();
  EXPECT_EQ(fresh[0], "pt-BR");
  EXPECT_EQ(fresh[1], "refused unknown_language");
  EXPECT_EQ(answers(), fresh);
  EXPECT_EQ(answers(), fresh) << "read a second time, from memory where it fits";
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
