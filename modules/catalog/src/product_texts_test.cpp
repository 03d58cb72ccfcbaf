#include "product_texts.hpp"

#include <gtest/gtest.h>

namespace caravan::catalog {
namespace {

const Texts kOthers{{"de", "Pfanne"}, {"de-CH", "Bratpfanne"}, {"ja", "フライパン"}};

TEST(Localize, PrefersTheLanguageThenItsBaseThenTheDefault) {
  EXPECT_EQ(localize("Pan", kOthers, "en", "de").text, "Pfanne");
  EXPECT_EQ(localize("Pan", kOthers, "en", "de-CH").text, "Bratpfanne");
  const auto austria = localize("Pan", kOthers, "en", "de-AT");
  EXPECT_EQ(austria.text, "Pfanne");
  EXPECT_EQ(austria.language, "de");
  const auto french = localize("Pan", kOthers, "en", "fr");
  EXPECT_EQ(french.text, "Pan");
  EXPECT_EQ(french.language, "en");
  EXPECT_EQ(localize("Pan", kOthers, "en", "").text, "Pan");
  EXPECT_EQ(localize("Pan", kOthers, "en", "en").text, "Pan");
  EXPECT_EQ(localize("Pan", kOthers, "en", "en-GB").language, "en");
}

TEST(Localize, DefaultMayBeMissingForDescriptions) {
  EXPECT_EQ(localize(std::nullopt, kOthers, "en", "fr").text, std::nullopt);
  EXPECT_EQ(localize(std::nullopt, kOthers, "en", "ja").text, "フライパン");
}

TEST(AllTexts, SplitTextsIsItsInverse) {
  const Texts all = allTexts("Pan", kOthers, "en");
  EXPECT_EQ(all.size(), 4u);
  EXPECT_EQ(all.at("en"), "Pan");
  const auto split = splitTexts(all, "en");
  EXPECT_EQ(split.defaultText, "Pan");
  EXPECT_EQ(split.others, kOthers);
}

TEST(AllTexts, ChangingTheDefaultLanguagePicksAnotherEntry) {
  const auto split = splitTexts(allTexts("Pan", kOthers, "en"), "de");
  EXPECT_EQ(split.defaultText, "Pfanne");
  EXPECT_EQ(split.others.at("en"), "Pan") << "the old default becomes a translation";
  EXPECT_FALSE(split.others.count("de"));
  EXPECT_EQ(splitTexts(allTexts(std::nullopt, {}, "en"), "en").defaultText, std::nullopt);
}

}  // namespace
}  // namespace caravan::catalog
