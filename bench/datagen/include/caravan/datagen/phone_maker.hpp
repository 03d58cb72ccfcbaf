#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "caravan/datagen/locale.hpp"
#include "caravan/datagen/prng.hpp"

namespace caravan::datagen {

/// How a person typed a number. Which styles a country uses is decided once, at start-up, by
/// checking that libphonenumber reads the country's example number back in that style.
enum class PhoneStyle : std::uint8_t {
  National,        ///< "030 123456", "(201) 555-0123": libphonenumber's NATIONAL format
  NationalDigits,  ///< "030123456"
  NationalDashes,  ///< "030-123456", "201-555-0123"
  NationalSlash,   ///< "030/123456" (German-speaking countries)
  International,   ///< "+49 30 123456"
  E164,            ///< "+4930123456"
  DoubleZero,      ///< "0049 30 123456" (where the international prefix is 00)
};
inline constexpr std::size_t kPhoneStyleCount = 7;

/// One generated number: which template it came from, its national significant number and
/// how it is written. Small and copyable, so that duplicates can keep it.
struct Phone {
  std::uint16_t pattern = 0;
  std::uint8_t length = 0;
  PhoneStyle style = PhoneStyle::National;
  std::array<char, 18> digits{};
};

/// Makes phone numbers that libphonenumber accepts as valid for their country, fast enough
/// for millions of rows. libphonenumber takes microseconds per validation, so it runs only at
/// construction: from each country's example mobile and fixed-line number it finds how many
/// trailing digits vary freely and validates a set of prefixes for the rest (see analyse() in
/// phone_maker.cpp). Generating a number then only draws a prefix and digits.
/// Every number depends only on the Prng passed in and libphonenumber's metadata.
class PhoneMaker {
 public:
  /// Builds the patterns for `countries` (one mobile and one fixed-line pattern each).
  explicit PhoneMaker(std::span<const Locale> countries);
  ~PhoneMaker();
  PhoneMaker(const PhoneMaker&) = delete;
  PhoneMaker& operator=(const PhoneMaker&) = delete;

  /// A new number for countries[countryIndex], in a style usual there.
  Phone make(std::size_t countryIndex, bool mobile, Prng& prng) const;

  /// The same number written in another style.
  Phone restyle(const Phone& phone, Prng& prng) const;

  /// Appends the number as typed.
  void append(const Phone& phone, std::string& out) const;

  /// The number in E.164 ("+4930123456"), as an importer should store it.
  std::string e164(const Phone& phone) const;

  /// How many different numbers a country's mobile or fixed-line pattern can produce.
  std::uint64_t capacity(std::size_t countryIndex, bool mobile) const;

  /// One country's mobile or fixed-line pattern; defined in phone_maker.cpp.
  struct Pattern;

 private:
  std::vector<Pattern> patterns_;
};

}  // namespace caravan::datagen
