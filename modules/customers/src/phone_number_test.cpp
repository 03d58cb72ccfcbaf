#include <gtest/gtest.h>
#include <phonenumbers/phonenumberutil.h>

#include <caravan/customers/phone_number.hpp>
#include <set>
#include <string>
#include <vector>

namespace caravan::customers {
namespace {

PhoneNumber accepted(const std::string& input, const std::string& region) {
  auto checked = parsePhone(input, region);
  if (refused(checked)) {
    ADD_FAILURE() << "'" << input << "' in " << region
                  << " refused: " << std::get<Refusal>(checked).message;
    return {};
  }
  return std::get<PhoneNumber>(checked);
}

TEST(ParsePhone, ReadsNationalNumbersInTheCustomersCountry) {
  const auto berlin = accepted(" 030 901820 ", "DE");
  EXPECT_EQ(berlin.e164, "+4930901820");
  EXPECT_EQ(berlin.raw, "030 901820");
  EXPECT_EQ(berlin.nationalNumber, "30901820");
  EXPECT_EQ(accepted("(201) 555-0123", "US").e164, "+12015550123");
  EXPECT_EQ(accepted("020 7946 0958", "GB").e164, "+442079460958");
  EXPECT_EQ(accepted("01 23 45 67 89", "FR").e164, "+33123456789");
  EXPECT_EQ(accepted("03-1234-5678", "JP").e164, "+81312345678");
  EXPECT_EQ(accepted("138 0013 8000", "CN").e164, "+8613800138000");
  EXPECT_EQ(accepted("8 (495) 123-45-67", "RU").e164, "+74951234567");
}

TEST(ParsePhone, ReadsInternationalNumbersWhateverTheRegion) {
  EXPECT_EQ(accepted("+49 30 901820", "US").e164, "+4930901820");
  EXPECT_EQ(accepted("+86 138-0013-8000", "").e164, "+8613800138000");
  EXPECT_EQ(accepted("0049 30 901820", "FR").e164, "+4930901820")
      << "00 is the international prefix from France";
}

TEST(ParsePhone, ClassifiesMobileAndLandline) {
  EXPECT_EQ(accepted("+49 151 23456789", "").kind, "mobile");
  EXPECT_EQ(accepted("+49 30 901820", "").kind, "landline");
}

TEST(ParsePhone, RefusesWhatIsNoPhoneNumber) {
  for (const std::string& input : std::vector<std::string>{"hello", "+", "call me", "--"}) {
    const auto checked = parsePhone(input, "DE");
    ASSERT_TRUE(refused(checked)) << input;
    EXPECT_EQ(std::get<Refusal>(checked).code, "unparseable_phone") << input;
  }
}

TEST(ParsePhone, RefusesANationalNumberWithoutARegion) {
  const auto checked = parsePhone("030 901820", "");
  ASSERT_TRUE(refused(checked));
  EXPECT_EQ(std::get<Refusal>(checked).code, "unparseable_phone");
  EXPECT_NE(std::get<Refusal>(checked).message.find("country"), std::string::npos);
}

TEST(ParsePhone, RefusesNumbersNoOperatorAssigns) {
  for (const auto& [input, region] :
       std::vector<std::pair<std::string, std::string>>{{"+1 555 0123", ""},
                                                        {"+49 1", "DE"},
                                                        {"12", "DE"},
                                                        {"++49 30 1", "DE"},
                                                        {"000 000 000", "GB"},
                                                        {"+44 0000 000000", ""}}) {
    const auto checked = parsePhone(input, region);
    ASSERT_TRUE(refused(checked)) << input;
    EXPECT_TRUE(std::get<Refusal>(checked).code == "invalid_phone" ||
                std::get<Refusal>(checked).code == "unparseable_phone")
        << input << ": " << std::get<Refusal>(checked).code;
  }
  const auto shortGerman = parsePhone("+49 30 1", "");
  ASSERT_TRUE(refused(shortGerman));
  EXPECT_EQ(std::get<Refusal>(shortGerman).code, "invalid_phone");
  EXPECT_NE(std::get<Refusal>(shortGerman).message.find("DE"), std::string::npos);
}

TEST(ParsePhone, RefusesEmptyAndOverlongInput) {
  EXPECT_EQ(std::get<Refusal>(parsePhone("  ", "DE")).code, "required");
  EXPECT_EQ(std::get<Refusal>(parsePhone(std::string(65, '1'), "DE")).code, "unparseable_phone");
}

TEST(LooksLikePhone, TellsNumbersFromNames) {
  EXPECT_TRUE(looksLikePhone("+49 30 901820"));
  EXPECT_TRUE(looksLikePhone("(030) 901-820"));
  EXPECT_TRUE(looksLikePhone("030901820"));
  EXPECT_FALSE(looksLikePhone("12345")) << "too few digits";
  EXPECT_FALSE(looksLikePhone("Müller"));
  EXPECT_FALSE(looksLikePhone("shop 1234567"));
  EXPECT_FALSE(looksLikePhone("49+30901820"));
}

TEST(SignificantDigits, DropsLeadingZerosAndPunctuation) {
  EXPECT_EQ(significantDigits("030 901-820"), "30901820");
  EXPECT_EQ(significantDigits("(201) 555-0123"), "2015550123");
}

// parsePhone decides validity with one GetNumberType call instead of IsValidNumber and then
// GetNumberType. Checked here against IsValidNumber over every region's example numbers of every
// type, and over each of them with its last digit dropped and with a digit added.
TEST(ParsePhone, AcceptsExactlyWhatLibphonenumberCallsValid) {
  using i18n::phonenumbers::PhoneNumberUtil;
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  std::set<std::string> regions;
  util.GetSupportedRegions(&regions);
  std::size_t compared = 0;
  std::size_t invalid = 0;
  for (const auto& region : regions) {
    for (int type = PhoneNumberUtil::FIXED_LINE; type <= PhoneNumberUtil::VOICEMAIL; ++type) {
      i18n::phonenumbers::PhoneNumber example;
      if (!util.GetExampleNumberForType(region, static_cast<PhoneNumberUtil::PhoneNumberType>(type),
                                        &example)) {
        continue;
      }
      std::string international;
      util.Format(example, PhoneNumberUtil::E164, &international);
      for (const std::string& input :
           {international, international.substr(0, international.size() - 1),
            international + "7"}) {
        i18n::phonenumbers::PhoneNumber number;
        if (util.Parse(input, region, &number) != PhoneNumberUtil::NO_PARSING_ERROR)
          continue;
        const bool valid = util.IsValidNumber(number);
        EXPECT_EQ(!refused(parsePhone(input, region)), valid) << input << " in " << region;
        ++compared;
        invalid += !valid;
      }
    }
  }
  EXPECT_GT(compared, 1000u);
  EXPECT_GT(invalid, 100u) << "the comparison must include numbers libphonenumber refuses";
}

}  // namespace
}  // namespace caravan::customers
