#include <phonenumbers/phonenumberutil.h>

#include <caravan/customers/phone_number.hpp>
#include <caravan/platform/text.hpp>
#include <caravan/platform/utf8.hpp>

namespace caravan::customers {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;

constexpr std::size_t kMaxRaw = 64;

std::string kindOf(PhoneNumberUtil::PhoneNumberType type) {
  switch (type) {
    case PhoneNumberUtil::MOBILE:
      return "mobile";
    case PhoneNumberUtil::FIXED_LINE:
      return "landline";
    default:
      return "other";
  }
}

bool isDigit(char c) {
  return c >= '0' && c <= '9';
}

}  // namespace

Checked<PhoneNumber> parsePhone(std::string_view input, std::string_view defaultRegion) {
  if (!isValidUtf8(input))
    return Refusal{"unparseable_phone", "must be valid UTF-8"};
  const std::string raw = trim(input);
  if (raw.empty())
    return Refusal{"required", "must not be empty"};
  if (raw.size() > kMaxRaw)
    return Refusal{"unparseable_phone", "must be at most 64 characters"};

  // PhoneNumberUtil is a thread-safe singleton; its metadata is loaded once.
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  const std::string region = defaultRegion.empty() ? "ZZ" : std::string(defaultRegion);
  i18n::phonenumbers::PhoneNumber number;
  const auto error = util.Parse(raw, region, &number);
  if (error == PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR && defaultRegion.empty()) {
    return Refusal{"unparseable_phone",
                   "has no country code (write it as +49 30 1234567) and there is no country "
                   "to read it in"};
  }
  if (error != PhoneNumberUtil::NO_PARSING_ERROR)
    return Refusal{"unparseable_phone", "is not a phone number"};
  // IsValidNumber is GetNumberType(number) != UNKNOWN: both find the number's region and match
  // its national number against the region's type patterns (most of parsing's cost), so the
  // type is worked out once.
  const auto type = util.GetNumberType(number);
  if (type == PhoneNumberUtil::UNKNOWN) {
    std::string regionOfNumber;
    util.GetRegionCodeForNumber(number, &regionOfNumber);
    return Refusal{"invalid_phone", regionOfNumber.empty() || regionOfNumber == "ZZ"
                                        ? "is not a valid phone number"
                                        : "is not a valid phone number in " + regionOfNumber};
  }
  PhoneNumber parsed;
  util.Format(number, PhoneNumberUtil::E164, &parsed.e164);
  util.GetNationalSignificantNumber(number, &parsed.nationalNumber);
  parsed.raw = raw;
  parsed.kind = kindOf(type);
  return parsed;
}

bool looksLikePhone(std::string_view text) {
  static constexpr std::string_view kAllowed = "0123456789 +-./()";
  std::size_t digits = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (kAllowed.find(c) == std::string_view::npos)
      return false;
    if (c == '+' && trim(text.substr(0, i)).size() > 0)
      return false;
    digits += isDigit(c);
  }
  return digits >= 6;
}

std::string significantDigits(std::string_view text) {
  std::string digits;
  for (char c : text) {
    if (isDigit(c) && !(digits.empty() && c == '0'))
      digits.push_back(c);
  }
  return digits;
}

}  // namespace caravan::customers
