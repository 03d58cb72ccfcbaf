#include "language_tags.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace caravan::catalog {
namespace {

TEST(CanonicalLanguage, AcceptsLanguagesWithOptionalRegion) {
  EXPECT_EQ(canonicalLanguage("en"), "en");
  EXPECT_EQ(canonicalLanguage("de"), "de");
  EXPECT_EQ(canonicalLanguage("ja"), "ja");
  EXPECT_EQ(canonicalLanguage("pt-BR"), "pt-BR");
  EXPECT_EQ(canonicalLanguage("es-419"), "es-419") << "UN M.49 regions";
  EXPECT_EQ(canonicalLanguage("haw"), "haw") << "three-letter ISO 639 codes ICU knows";
}

TEST(CanonicalLanguage, SpellsTagsCanonically) {
  // BCP 47 tags are case-insensitive; the stored form is the recommended one.
  EXPECT_EQ(canonicalLanguage("DE"), "de");
  EXPECT_EQ(canonicalLanguage("de-ch"), "de-CH");
  EXPECT_EQ(canonicalLanguage("PT-br"), "pt-BR");
}

TEST(CanonicalLanguage, RefusesOtherShapesAndUnknownParts) {
  for (const std::string tag :
       {"",    "e",     "english", "xx",      "qqq",     "de_CH",      "de-",
        "-DE", "de-XX", "de-CHE",  "de-1996", "zh-Hant", "zh-Hant-TW", "en-US-x-private",
        " de", "de ",   "d3",      "de-C1",   "ü",       "de-CH-CH"}) {
    EXPECT_EQ(canonicalLanguage(tag), std::nullopt) << "accepted '" << tag << "'";
  }
}

TEST(LanguageFallbacks, GoFromRegionToLanguage) {
  EXPECT_EQ(languageFallbacks("de-CH"), (std::vector<std::string>{"de-CH", "de"}));
  EXPECT_EQ(languageFallbacks("de"), (std::vector<std::string>{"de"}));
  EXPECT_TRUE(languageFallbacks("").empty());
}

}  // namespace
}  // namespace caravan::catalog
