#include "lower_case.hpp"

#include <gtest/gtest.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <string>

namespace caravan::customers {
namespace {

std::string icuLower(const std::string& text) {
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
  unicode.toLower(icu::Locale::getRoot());
  std::string lower;
  unicode.toUTF8String(lower);
  return lower;
}

TEST(LowerCase, AsciiTextIsLoweredExactlyAsIcuLowersIt) {
  std::string everyAscii;
  for (int c = 1; c < 0x80; ++c)
    everyAscii.push_back(static_cast<char>(c));
  EXPECT_EQ(lowerCase(everyAscii), icuLower(everyAscii));
  EXPECT_EQ(lowerCase("A2Buyer-XYZ_09"), "a2buyer-xyz_09");
  EXPECT_EQ(lowerCase(""), "");
}

TEST(LowerCase, OtherScriptsFollowUnicodesRules) {
  EXPECT_EQ(lowerCase("MÜLLER"), "müller");
  EXPECT_EQ(lowerCase("ΣΟΦΙΑ"), icuLower("ΣΟΦΙΑ"));
  EXPECT_EQ(lowerCase("İstanbul"), "i\u0307stanbul") << "language-neutral: no Turkish rules";
  EXPECT_EQ(lowerCase("Straße"), "straße");
}

}  // namespace
}  // namespace caravan::customers
