#include "caravan/datagen/phone_maker.hpp"

#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <set>
#include <stdexcept>

namespace caravan::datagen {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

// Relative weights of the styles, in PhoneStyle order; NationalSlash only where kSlashCountries.
constexpr unsigned kStyleWeights[kPhoneStyleCount] = {35, 12, 10, 8, 22, 8, 5};
constexpr std::string_view kSlashCountries[] = {"DE", "AT"};

// The leading digits that stay as in the example number: they carry the area or mobile
// network code, hence the type and region.
constexpr std::size_t kKeptDigits = 2;
// Trailing digits that vary freely in the example are counted up to this many; the pattern
// then leaves the last two of them to the validated prefixes (see analyse()).
constexpr std::size_t kMaxFreeDigits = 8;
constexpr std::size_t kPrefixMargin = 2;
constexpr int kTailChecks = 14;

}  // namespace

struct PhoneMaker::Pattern {
  std::string region;
  PhoneNumber example;
  std::string nsn;                    // national significant number of the example
  std::size_t free = 0;               // trailing digits drawn freely
  std::vector<std::string> prefixes;  // validated leading digits (nsn.size() - free of them)
  // Per style: the example written that way, and where the NSN's digits sit in it (empty when
  // the country does not use the style).
  std::array<std::string, kPhoneStyleCount> text;
  std::array<std::vector<std::uint8_t>, kPhoneStyleCount> slots;
  unsigned styleTotal = 0;
  std::array<unsigned, kPhoneStyleCount> styleWeight{};
};

namespace {

std::string digitsOf(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c >= '0' && c <= '9')
      out += c;
  }
  return out;
}

bool isValid(const PhoneMaker::Pattern& pattern, std::string_view nsn) {
  PhoneNumber number = pattern.example;
  std::uint64_t value = 0;
  for (char c : nsn)
    value = value * 10 + static_cast<std::uint64_t>(c - '0');
  number.set_national_number(value);
  return PhoneNumberUtil::GetInstance()->IsValidNumberForRegion(number, pattern.region);
}

/// Where the NSN's digits are in `text`: its last nsn.size() digits, which must spell the NSN.
std::vector<std::uint8_t> slotsOf(const std::string& text, const std::string& nsn) {
  std::vector<std::uint8_t> slots(nsn.size());
  std::size_t found = 0;
  for (std::size_t i = text.size(); i-- > 0 && found < nsn.size();) {
    if (text[i] >= '0' && text[i] <= '9') {
      slots[nsn.size() - 1 - found] = static_cast<std::uint8_t>(i);
      ++found;
    }
  }
  if (found != nsn.size())
    return {};
  for (std::size_t k = 0; k < nsn.size(); ++k) {
    if (text[slots[k]] != nsn[k])
      return {};
  }
  return slots;
}

std::string styled(PhoneStyle style, const std::string& national, const std::string& intl) {
  std::string out;
  switch (style) {
    case PhoneStyle::National:
      return national;
    case PhoneStyle::NationalDigits:
      return digitsOf(national);
    case PhoneStyle::NationalDashes:
      for (char c : national) {
        if (c == '(' || c == ')')
          continue;
        const char d = c == ' ' ? '-' : c;
        if (d == '-' && (out.empty() || out.back() == '-'))
          continue;
        out += d;
      }
      return out;
    case PhoneStyle::NationalSlash: {
      out = national;
      const auto space = out.find(' ');
      if (space == std::string::npos)
        return {};
      out[space] = '/';
      return out;
    }
    case PhoneStyle::International:
      return intl;
    case PhoneStyle::E164:
      return "+" + digitsOf(intl);
    case PhoneStyle::DoubleZero:
      return "00" + intl.substr(1);
  }
  return out;
}

/// True when libphonenumber reads `text` back as the pattern's example number.
bool readsBack(const PhoneMaker::Pattern& pattern, const std::string& text) {
  auto* util = PhoneNumberUtil::GetInstance();
  PhoneNumber parsed;
  if (util->Parse(text, pattern.region, &parsed) != PhoneNumberUtil::NO_PARSING_ERROR) {
    return false;
  }
  return util->IsValidNumberForRegion(parsed, pattern.region) &&
         parsed.national_number() == pattern.example.national_number() &&
         parsed.country_code() == pattern.example.country_code();
}

/// Draws a national significant number: a validated prefix and a free tail.
void draw(const PhoneMaker::Pattern& pattern, Prng& prng, char* out) {
  const std::string& prefix = pattern.prefixes[prng.below(pattern.prefixes.size())];
  std::copy(prefix.begin(), prefix.end(), out);
  for (std::size_t i = prefix.size(); i < pattern.nsn.size(); ++i) {
    out[i] = static_cast<char>('0' + prng.below(10));
  }
}

/// Finds how the pattern's numbers may vary. libphonenumber's number patterns constrain a
/// leading part and end in free digits (`...\d{6}`), but how long the constrained part is
/// depends on the leading digits themselves (GB 07400 allows six free digits, 07457 five). So:
/// count the trailing digits that vary freely in the example, keep all but the last
/// kPrefixMargin of them free, and draw up to `wanted` prefixes for the rest, from the digits
/// each position allows alone, keeping those that are valid with every tail checked.
void analyse(PhoneMaker::Pattern& pattern, std::size_t wanted) {
  const std::size_t length = pattern.nsn.size();
  const auto allDigitsValid = [&](std::size_t position) {
    std::string candidate = pattern.nsn;
    for (char d = '0'; d <= '9'; ++d) {
      candidate[position] = d;
      if (!isValid(pattern, candidate))
        return false;
    }
    return true;
  };
  std::size_t free = 0;
  while (free < kMaxFreeDigits && length - free > kKeptDigits &&
         allDigitsValid(length - 1 - free)) {
    ++free;
  }
  pattern.free = free > kPrefixMargin ? free - kPrefixMargin : 0;
  const std::size_t prefixLength = length - pattern.free;

  std::vector<std::string> allowed;
  for (std::size_t i = kKeptDigits; i < prefixLength; ++i) {
    std::string digits;
    std::string candidate = pattern.nsn;
    for (char d = '0'; d <= '9'; ++d) {
      candidate[i] = d;
      if (i >= length - free || isValid(pattern, candidate))
        digits += d;
    }
    allowed.push_back(digits);
  }

  Prng prng(0x5eed0000 + length * 31 + wanted);
  std::set<std::string> accepted;
  std::string number(length, '0');
  // A prefix passes when the number is valid with tails of all zeros, all nines, every digit in
  // the tail's first place (GB 07457 forbids a 6 there) and a few random ones.
  const auto validWithTails = [&](const std::string& prefix) {
    std::copy(prefix.begin(), prefix.end(), number.begin());
    for (int check = 0; check < kTailChecks; ++check) {
      for (std::size_t i = prefixLength; i < length; ++i) {
        number[i] = check == 0 ? '0' : check == 1 ? '9' : static_cast<char>('0' + prng.below(10));
      }
      if (check >= 2 && check < 12 && prefixLength < length) {
        number[prefixLength] = static_cast<char>('0' + check - 2);
      }
      if (!isValid(pattern, number))
        return false;
    }
    return true;
  };
  const std::string examplePrefix = pattern.nsn.substr(0, prefixLength);
  if (validWithTails(examplePrefix))
    accepted.insert(examplePrefix);
  for (std::size_t attempt = 0; attempt < wanted * 4 && accepted.size() < wanted; ++attempt) {
    std::string prefix = pattern.nsn.substr(0, kKeptDigits);
    for (const auto& digits : allowed)
      prefix += digits[prng.below(digits.size())];
    if (!accepted.contains(prefix) && validWithTails(prefix))
      accepted.insert(prefix);
  }
  if (accepted.empty()) {  // no free digits at all: the example number itself
    pattern.free = 0;
    accepted.insert(pattern.nsn);
  }
  pattern.prefixes.assign(accepted.begin(), accepted.end());
}

}  // namespace

PhoneMaker::PhoneMaker(std::span<const Locale> countries) {
  auto* util = PhoneNumberUtil::GetInstance();
  patterns_.reserve(countries.size() * 2);
  for (const auto& locale : countries) {
    for (const bool mobile : {true, false}) {
      Pattern& pattern = patterns_.emplace_back();
      pattern.region = std::string(locale.country);
      const auto type = mobile ? PhoneNumberUtil::MOBILE : PhoneNumberUtil::FIXED_LINE;
      if (!util->GetExampleNumberForType(pattern.region, type, &pattern.example)) {
        throw std::runtime_error("libphonenumber has no example number for " + pattern.region);
      }
      util->GetNationalSignificantNumber(pattern.example, &pattern.nsn);
      if (pattern.nsn.size() > Phone{}.digits.size()) {
        throw std::runtime_error("example number too long for " + pattern.region);
      }
      // Big markets get more prefixes, so that their numbers rarely repeat by chance.
      analyse(pattern, 64 + 4 * std::size_t{locale.weight});
      std::string national;
      std::string intl;
      util->Format(pattern.example, PhoneNumberUtil::NATIONAL, &national);
      util->Format(pattern.example, PhoneNumberUtil::INTERNATIONAL, &intl);
      for (std::size_t s = 0; s < kPhoneStyleCount; ++s) {
        const auto style = static_cast<PhoneStyle>(s);
        if (style == PhoneStyle::NationalSlash &&
            std::find(std::begin(kSlashCountries), std::end(kSlashCountries), locale.country) ==
                std::end(kSlashCountries)) {
          continue;
        }
        std::string text = styled(style, national, intl);
        auto slots = slotsOf(text, pattern.nsn);
        if (text.empty() || slots.empty() || !readsBack(pattern, text))
          continue;
        pattern.text[s] = std::move(text);
        pattern.slots[s] = std::move(slots);
        pattern.styleWeight[s] = kStyleWeights[s];
        pattern.styleTotal += kStyleWeights[s];
      }
      if (pattern.styleTotal == 0) {
        throw std::runtime_error("no usable phone style for " + pattern.region);
      }
    }
  }
}

PhoneMaker::~PhoneMaker() = default;

Phone PhoneMaker::make(std::size_t countryIndex, bool mobile, Prng& prng) const {
  const auto index = countryIndex * 2 + (mobile ? 0 : 1);
  const Pattern& pattern = patterns_[index];
  Phone phone;
  phone.pattern = static_cast<std::uint16_t>(index);
  phone.length = static_cast<std::uint8_t>(pattern.nsn.size());
  draw(pattern, prng, phone.digits.data());
  auto pick = prng.below(pattern.styleTotal);
  for (std::size_t s = 0; s < kPhoneStyleCount; ++s) {
    if (pick < pattern.styleWeight[s]) {
      phone.style = static_cast<PhoneStyle>(s);
      break;
    }
    pick -= pattern.styleWeight[s];
  }
  return phone;
}

Phone PhoneMaker::restyle(const Phone& phone, Prng& prng) const {
  const Pattern& pattern = patterns_[phone.pattern];
  Phone other = phone;
  // Rotating through the usable styles from a random start always finds another one when
  // the country has two; otherwise the number stays as it was written.
  const auto start = prng.below(kPhoneStyleCount);
  for (std::size_t k = 0; k < kPhoneStyleCount; ++k) {
    const auto s = (start + k) % kPhoneStyleCount;
    if (pattern.styleWeight[s] != 0 && static_cast<PhoneStyle>(s) != phone.style) {
      other.style = static_cast<PhoneStyle>(s);
      break;
    }
  }
  return other;
}

void PhoneMaker::append(const Phone& phone, std::string& out) const {
  const Pattern& pattern = patterns_[phone.pattern];
  const auto s = static_cast<std::size_t>(phone.style);
  const std::size_t start = out.size();
  out += pattern.text[s];
  const auto& slots = pattern.slots[s];
  for (std::size_t k = 0; k < slots.size(); ++k) {
    out[start + slots[k]] = phone.digits[k];
  }
}

std::string PhoneMaker::e164(const Phone& phone) const {
  const Pattern& pattern = patterns_[phone.pattern];
  std::string out = "+" + std::to_string(pattern.example.country_code());
  // The NSN as written keeps Italy's leading zero, which E.164 keeps too.
  out.append(phone.digits.data(), phone.length);
  return out;
}

std::uint64_t PhoneMaker::capacity(std::size_t countryIndex, bool mobile) const {
  const Pattern& pattern = patterns_[countryIndex * 2 + (mobile ? 0 : 1)];
  std::uint64_t numbers = pattern.prefixes.size();
  for (std::size_t i = 0; i < pattern.free; ++i)
    numbers *= 10;
  return numbers;
}

}  // namespace caravan::datagen
