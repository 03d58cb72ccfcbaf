#include "caravan/datagen/text.hpp"

#include <gtest/gtest.h>

#include "caravan/datagen/locale.hpp"

namespace caravan::datagen {
namespace {

TEST(Text, FoldsDiacriticsTheWayLatinAsciiDoes) {
  EXPECT_EQ(foldToAscii("Müller"), "Muller");
  EXPECT_EQ(foldToAscii("Weiß"), "Weiss");
  EXPECT_EQ(foldToAscii("Nguyễn Thị Hương"), "Nguyen Thi Huong");
  EXPECT_EQ(foldToAscii("Łukasz Wiśniewski"), "Lukasz Wisniewski");
  EXPECT_EQ(foldToAscii("Yıldırım Çağlar"), "Yildirim Caglar");
  EXPECT_EQ(foldToAscii("Bjørn Ødegård"), "Bjorn Odegard");
  EXPECT_EQ(foldToAscii("Đặng Hữu Phước"), "Dang Huu Phuoc");
  EXPECT_EQ(foldToAscii("张三"), "张三");
}

TEST(Text, UpperCasesLatinCyrillicAndGreek) {
  EXPECT_EQ(toUpper("Anna Schmidt"), "ANNA SCHMIDT");
  EXPECT_EQ(toUpper("Артём Семёнов"), "АРТЁМ СЕМЁНОВ");
  EXPECT_EQ(toUpper("Γιώργος Παππάς"), "ΓΙΩΡΓΟΣ ΠΑΠΠΑΣ");
}

TEST(Text, HandlesKeepOnlyLowerCaseLettersAndDigits) {
  std::string handle;
  appendHandle(handle, "O'Brien");
  appendHandle(handle, "Chih-ming 7");
  EXPECT_EQ(handle, "obrienchihming7");
}

TEST(Text, EveryTableNameHasAnAsciiLatinForm) {
  for (const auto& locale : locales()) {
    const NameSet& names = *locale.names;
    for (const auto list :
         {names.givenMale, names.givenFemale, names.familyMale, names.familyFemale}) {
      for (const Name& name : list) {
        const std::string latin =
            name.latin.empty() ? foldToAscii(name.native) : std::string(name.latin);
        EXPECT_TRUE(isAscii(latin)) << locale.country << " " << name.native;
        EXPECT_EQ(names.script == Script::Latin, name.latin.empty())
            << locale.country << " " << name.native;
      }
    }
    EXPECT_TRUE(names.familyFemale.empty() || names.familyFemale.size() == names.familyMale.size())
        << locale.country;
  }
}

}  // namespace
}  // namespace caravan::datagen
