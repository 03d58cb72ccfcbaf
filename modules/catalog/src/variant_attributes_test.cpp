#include "variant_attributes.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace caravan::catalog {
namespace {

TEST(CanonicalAttributeName, TrimsAndLowersAsciiNames) {
  EXPECT_EQ(canonicalAttributeName("color"), "color");
  EXPECT_EQ(canonicalAttributeName(" Color "), "color");
  EXPECT_EQ(canonicalAttributeName("SIZE_EU"), "size_eu");
  EXPECT_EQ(canonicalAttributeName("fit-type"), "fit-type");
  EXPECT_EQ(canonicalAttributeName(std::string(32, 'a')), std::string(32, 'a'));
}

TEST(CanonicalAttributeName, RefusesOtherShapes) {
  for (const std::string& name :
       std::vector<std::string>{"", " ", "1size", "_x", "-x", "col or", "farbe!", "größe",
                                "colour.name", std::string(33, 'a')}) {
    EXPECT_EQ(canonicalAttributeName(name), std::nullopt) << "accepted '" << name << "'";
  }
}

TEST(CanonicalAttributeValue, TrimsAndComposesToNfc) {
  std::string value = "  M ";
  EXPECT_EQ(canonicalAttributeValue("attributes/size", value), std::nullopt);
  EXPECT_EQ(value, "M");
  std::string decomposed = "Cre\xcc\x80me";  // e + U+0300 COMBINING GRAVE ACCENT
  EXPECT_EQ(canonicalAttributeValue("attributes/color", decomposed), std::nullopt);
  EXPECT_EQ(decomposed, "Cr\xc3\xa8me") << "one code point, U+00E8";
  std::string cased = "Red";
  EXPECT_EQ(canonicalAttributeValue("attributes/color", cased), std::nullopt);
  EXPECT_EQ(cased, "Red") << "case is part of the value";
}

TEST(CanonicalAttributeValue, RefusesEmptyLongAndControlValues) {
  std::string blank = "   ";
  auto error = canonicalAttributeValue("attributes/color", blank);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->field, "attributes/color");
  EXPECT_EQ(error->code, "required");

  std::string longest;
  for (std::size_t i = 0; i < kMaxAttributeValueLength; ++i)
    longest += "é";
  std::string fits = longest;
  EXPECT_EQ(canonicalAttributeValue("attributes/x", fits), std::nullopt) << "counts characters";
  std::string tooLong = longest + "e";
  error = canonicalAttributeValue("attributes/x", tooLong);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->code, "too_long");

  std::string control = "re\td";
  error = canonicalAttributeValue("attributes/x", control);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->code, "invalid_characters");
}

TEST(AttributesText, IsSortedCompactJsonWhateverTheInputOrder) {
  std::map<std::string, std::string> attributes;
  attributes["size"] = "M";
  attributes["color"] = "red";
  EXPECT_EQ(attributesText(attributes), R"({"color":"red","size":"M"})");
  std::map<std::string, std::string> reversed{{"size", "M"}, {"color", "red"}};
  EXPECT_EQ(attributesText(reversed), attributesText(attributes));
  EXPECT_EQ(attributesText({}), "{}");
}

TEST(AttributesText, EscapesQuotesBackslashesAndKeepsUnicode) {
  const std::map<std::string, std::string> attributes{{"label", "12\" \\ 東京 é"}};
  const std::string text = attributesText(attributes);
  EXPECT_EQ(text, "{\"label\":\"12\\\" \\\\ 東京 é\"}");
  EXPECT_EQ(parseAttributesText(text), attributes) << "reads back";
}

TEST(AttributesText, RoundTrips) {
  const std::map<std::string, std::string> attributes{
      {"color", "Crème"}, {"size", "XL"}, {"material", "cast iron"}};
  EXPECT_EQ(parseAttributesText(attributesText(attributes)), attributes);
  EXPECT_THROW(parseAttributesText("not json"), std::exception);
}

}  // namespace
}  // namespace caravan::catalog
