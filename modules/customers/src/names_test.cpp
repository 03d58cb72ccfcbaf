#include <gtest/gtest.h>
#include <unicode/translit.h>

#include <caravan/customers/names.hpp>
#include <caravan/platform/text.hpp>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace caravan::customers {
namespace {

TEST(ToLatinAscii, TransliteratesEveryScriptToAscii) {
  EXPECT_EQ(toLatinAscii("Müller"), "Muller");
  EXPECT_EQ(toLatinAscii("张三"), "zhang san");
  EXPECT_EQ(toLatinAscii("Дмитрий Иванов"), "Dmitrij Ivanov");
  EXPECT_EQ(toLatinAscii("Γιώργος Παπαδόπουλος"), "Giorgos Papadopoulos");
  EXPECT_EQ(toLatinAscii("Straße"), "Strasse");
  EXPECT_EQ(toLatinAscii("Łukasz Żółw"), "Lukasz Zolw");
  EXPECT_EQ(toLatinAscii("Nguyễn Văn An"), "Nguyen Van An");
  EXPECT_EQ(toLatinAscii("たなか"), "tanaka");
  EXPECT_EQ(toLatinAscii("  Ødegård \n"), "Odegard") << "trimmed";
  EXPECT_EQ(toLatinAscii(""), "");
}

TEST(ToLatinAscii, ItsShortcutsForAsciiAndLatinTextAgreeWithTheFullTransliteration) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> full(icu::Transliterator::createInstance(
      icu::UnicodeString::fromUTF8("Any-Latin; Latin-ASCII"), UTRANS_FORWARD, status));
  ASSERT_TRUE(U_SUCCESS(status) && full);
  for (const char* name :
       {"Anna Schmidt", "O'Brien-Smith & Co. 42", "Jürgen Müller", "François Lefèvre-Açaí",
        "Łukasz Żółwiński", "Nguyễn Thị Minh Khai", "Ærøskøbing Ørsted", "Ğülşen Çağlar",
        "Đorđe Petrović", "ǅemal Ŀorenç", "ﬁnn ĳssel", "Zoë\u0301", "Anna 张三", "Дмитрий Smith",
        "İstanbul Ímre", "Þór Ðórsson", "Ñandú № 5 ½", "  Ødegård  "}) {
    icu::UnicodeString expected = icu::UnicodeString::fromUTF8(name);
    full->transliterate(expected);
    std::string text;
    expected.toUTF8String(text);
    EXPECT_EQ(toLatinAscii(name), trim(text)) << name;
  }
}

TEST(ToLatinAscii, GivesArabicNamesALatinForm) {
  const std::string latin = toLatinAscii("محمد علي");
  EXPECT_EQ(latin.rfind("mhmd ", 0), 0u) << latin;
}

TEST(SearchKey, FoldsCaseAndAccents) {
  EXPECT_EQ(searchKey("Müller"), "muller");
  EXPECT_EQ(searchKey("MULLER"), "muller");
  EXPECT_EQ(searchKey("muller"), "muller");
  EXPECT_EQ(searchKey("MÜLLER"), "muller");
  EXPECT_EQ(searchKey("François Lefèvre"), "francois lefevre");
}

TEST(SearchKey, GivesPinyinForChineseNames) {
  EXPECT_EQ(searchKey("张三"), "zhang san");
  EXPECT_EQ(searchKey("Zhang San"), searchKey("张三"));
}

TEST(SearchKey, MatchesCyrillicGreekAndArabicWithTheirLatinSpelling) {
  EXPECT_EQ(searchKey("Дмитрий Иванов"), "dmitrij ivanov");
  EXPECT_EQ(searchKey("ΓΙΏΡΓΟΣ"), "giorgos");
  EXPECT_EQ(searchKey("Γιώργος"), searchKey("giorgos"));
  EXPECT_EQ(searchKey("محمد علي"), "mhmd ly") << "the ayn Latin-ASCII leaves joins its word";
}

TEST(SearchKey, CollapsesPunctuationAndSpaces) {
  EXPECT_EQ(searchKey("  O'Brien-Smith,  Jr. "), "o brien smith jr");
  EXPECT_EQ(searchKey("a\t\tb"), "a b");
  EXPECT_EQ(searchKey("...!!"), "");
  EXPECT_EQ(searchKey("Shop 24/7"), "shop 24 7");
}

TEST(KeyWords, SplitsWithoutRepeats) {
  EXPECT_EQ(keyWords("anna maria anna"), (std::vector<std::string>{"anna", "maria"}));
  EXPECT_TRUE(keyWords("").empty());
}

TEST(SearchKey, IsSafeFromManyThreadsAtOnce) {
  std::vector<std::thread> threads;
  std::vector<int> wrong(8, 0);
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([t, &wrong] {
      for (int i = 0; i < 200; ++i) {
        if (searchKey(t % 2 ? "张三" : "Müller") != (t % 2 ? "zhang san" : "muller"))
          ++wrong[t];
      }
    });
  }
  for (auto& thread : threads)
    thread.join();
  for (int t = 0; t < 8; ++t)
    EXPECT_EQ(wrong[t], 0) << "thread " << t;
}

}  // namespace
}  // namespace caravan::customers
