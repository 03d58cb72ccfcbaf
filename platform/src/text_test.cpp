#include <gtest/gtest.h>

#include <caravan/platform/text.hpp>

namespace caravan {
namespace {

TEST(Text, TrimsAndSplits) {
  EXPECT_EQ(trim("  a b \r\n"), "a b");
  EXPECT_EQ(splitList(" a, b,,c "), (std::vector<std::string>{"a", "b", "c"}));
}

TEST(Text, LowersAsciiOnly) {
  EXPECT_EQ(asciiLower("PAN-28/Xl"), "pan-28/xl");
  EXPECT_EQ(asciiLower("MÜLLER"), "mÜller") << "bytes beyond ASCII are left as they are";
}

TEST(Text, ParsesIdsStrictly) {
  EXPECT_EQ(parseId("7301952734019584001"), 7301952734019584001u);
  for (const char* bad : {"", "0", "-1", "+1", " 1", "1 ", "12a", "18446744073709551616"})
    EXPECT_EQ(parseId(bad), std::nullopt) << bad;
  EXPECT_EQ(parseId("18446744073709551615"), 18446744073709551615u);
}

}  // namespace
}  // namespace caravan
