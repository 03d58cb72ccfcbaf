#include "caravan/datagen/phone_maker.hpp"

#include <gtest/gtest.h>
#include <phonenumbers/phonenumberutil.h>

#include <set>

#include "caravan/datagen/locale.hpp"

namespace caravan::datagen {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

const PhoneMaker& maker() {
  static const PhoneMaker instance(locales());
  return instance;
}

TEST(PhoneMaker, EveryNumberIsValidForItsCountryAsTyped) {
  auto* util = PhoneNumberUtil::GetInstance();
  Prng prng(3);
  for (std::size_t i = 0; i < locales().size(); ++i) {
    const std::string region(locales()[i].country);
    for (const bool mobile : {true, false}) {
      std::set<std::string> distinct;
      for (int n = 0; n < 150; ++n) {
        const Phone phone = maker().make(i, mobile, prng);
        std::string raw;
        maker().append(phone, raw);
        PhoneNumber parsed;
        ASSERT_EQ(util->Parse(raw, region, &parsed), PhoneNumberUtil::NO_PARSING_ERROR) << raw;
        ASSERT_TRUE(util->IsValidNumberForRegion(parsed, region)) << region << " " << raw;
        std::string e164;
        util->Format(parsed, PhoneNumberUtil::E164, &e164);
        ASSERT_EQ(e164, maker().e164(phone)) << raw;
        distinct.insert(e164);
      }
      // Enough numbers that a million customers rarely share one by chance.
      EXPECT_GE(maker().capacity(i, mobile), 50'000u) << region;
      EXPECT_GE(distinct.size(), 140u) << region;
    }
  }
}

TEST(PhoneMaker, RestyledNumbersStayTheSameNumber) {
  auto* util = PhoneNumberUtil::GetInstance();
  Prng prng(5);
  int changed = 0;
  for (std::size_t i = 0; i < locales().size(); ++i) {
    const std::string region(locales()[i].country);
    const Phone phone = maker().make(i, true, prng);
    const Phone other = maker().restyle(phone, prng);
    std::string a;
    std::string b;
    maker().append(phone, a);
    maker().append(other, b);
    changed += a != b;
    PhoneNumber parsed;
    ASSERT_EQ(util->Parse(b, region, &parsed), PhoneNumberUtil::NO_PARSING_ERROR) << b;
    std::string e164;
    util->Format(parsed, PhoneNumberUtil::E164, &e164);
    EXPECT_EQ(e164, maker().e164(phone)) << a << " / " << b;
  }
  EXPECT_EQ(changed, static_cast<int>(locales().size()));
}

}  // namespace
}  // namespace caravan::datagen
