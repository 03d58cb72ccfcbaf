#include <unicode/ucurr.h>
#include <unicode/uenum.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <array>
#include <caravan/platform/money.hpp>
#include <map>
#include <mutex>
#include <numeric>

namespace caravan::money {

namespace {

// Current ISO 4217 currencies and their minor units, read from ICU once.
const std::map<std::string, int, std::less<>>& currencyTable() {
  static const std::map<std::string, int, std::less<>> table = [] {
    std::map<std::string, int, std::less<>> codes;
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration* all = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &status);
    if (U_FAILURE(status))
      throw MoneyError("ICU cannot list currencies");
    const char* code = nullptr;
    while ((code = uenum_next(all, nullptr, &status)) != nullptr && U_SUCCESS(status)) {
      UChar wide[4];
      u_charsToUChars(code, wide, 4);
      UErrorCode digitsStatus = U_ZERO_ERROR;
      const int32_t digits = ucurr_getDefaultFractionDigits(wide, &digitsStatus);
      if (U_SUCCESS(digitsStatus) && std::char_traits<char>::length(code) == 3)
        codes[code] = digits;
    }
    uenum_close(all);
    return codes;
  }();
  return table;
}

bool isDigit(char c) {
  return c >= '0' && c <= '9';
}

// Parses [-]digits[.digits] into an integer scaled by 10^scale. Extra fraction digits are allowed
// only when they are zeros (exact values only). Returns false when malformed or too precise.
bool parseScaled(std::string_view text, int scale, Units& out, bool& tooPrecise) {
  tooPrecise = false;
  std::size_t i = 0;
  const bool negative = !text.empty() && text[0] == '-';
  if (negative)
    ++i;
  const std::size_t intStart = i;
  while (i < text.size() && isDigit(text[i]))
    ++i;
  const std::size_t intDigits = i - intStart;
  std::string_view fraction;
  if (i < text.size() && text[i] == '.') {
    const std::size_t fracStart = ++i;
    while (i < text.size() && isDigit(text[i]))
      ++i;
    fraction = text.substr(fracStart, i - fracStart);
    if (fraction.empty())
      return false;
  }
  if (intDigits == 0 || intDigits > 26 || i != text.size())
    return false;
  for (std::size_t f = static_cast<std::size_t>(scale); f < fraction.size(); ++f) {
    if (fraction[f] != '0') {
      tooPrecise = true;
      return false;
    }
  }
  Units value = 0;
  for (std::size_t d = intStart; d < intStart + intDigits; ++d)
    value = value * 10 + (text[d] - '0');
  for (int f = 0; f < scale; ++f) {
    value = value * 10 + (static_cast<std::size_t>(f) < fraction.size()
                              ? fraction[static_cast<std::size_t>(f)] - '0'
                              : 0);
  }
  out = negative ? Units(-value) : value;
  return true;
}

// Integer `scaled` / 10^scale as text with exactly `scale` fraction digits.
std::string formatScaled(const Units& scaled, int scale) {
  const bool negative = scaled < 0;
  std::string digits = (negative ? Units(-scaled) : scaled).str();
  if (scale > 0) {
    if (digits.size() <= static_cast<std::size_t>(scale)) {
      digits.insert(0, static_cast<std::size_t>(scale) - digits.size() + 1, '0');
    }
    digits.insert(digits.size() - static_cast<std::size_t>(scale), 1, '.');
  }
  return negative ? "-" + digits : digits;
}

}  // namespace

CurrencyMismatch::CurrencyMismatch(std::string_view left, std::string_view right)
    : MoneyError("cannot combine " + std::string(left) + " with " + std::string(right)) {}

Currency::Currency(std::string_view code, int minorUnits) : minorUnits_(minorUnits) {
  std::copy(code.begin(), code.begin() + 3, code_);
}

Currency Currency::of(std::string_view code) {
  const auto& table = currencyTable();
  auto found = table.find(code);
  if (code.size() != 3 || found == table.end()) {
    throw MoneyError("'" + std::string(code.substr(0, 8)) + "' is not an ISO 4217 currency code");
  }
  return Currency(found->first, found->second);
}

std::vector<Currency> Currency::all() {
  std::vector<Currency> currencies;
  for (const auto& [code, digits] : currencyTable())
    currencies.push_back(Currency(code, digits));
  return currencies;
}

const Units& powerOfTen(int exponent) {
  static const std::array<Units, 39> powers = [] {
    std::array<Units, 39> table{};
    table[0] = 1;
    for (std::size_t i = 1; i < table.size(); ++i)
      table[i] = table[i - 1] * 10;
    return table;
  }();
  if (exponent < 0 || exponent > 38)
    throw MoneyError("power of ten out of range");
  return powers[static_cast<std::size_t>(exponent)];
}

Units divideRounded(const Units& value, const Units& divisor, Rounding mode) {
  Units quotient = value / divisor;  // truncates toward zero
  const Units remainder = value % divisor;
  if (remainder == 0)
    return quotient;
  const int sign = value < 0 ? -1 : 1;
  const Units twice = (remainder < 0 ? Units(-remainder) : remainder) * 2;
  bool awayFromZero = false;
  switch (mode) {
    case Rounding::Down:
      break;
    case Rounding::Up:
      awayFromZero = true;
      break;
    case Rounding::HalfUp:
      awayFromZero = twice >= divisor;
      break;
    case Rounding::HalfEven:
      awayFromZero = twice > divisor || (twice == divisor && (quotient % 2) != 0);
      break;
  }
  if (awayFromZero)
    quotient += sign;
  return quotient;
}

Decimal Decimal::parse(std::string_view text) {
  Units scaled;
  bool tooPrecise = false;
  if (!parseScaled(text, kScale, scaled, tooPrecise)) {
    throw MoneyError(tooPrecise
                         ? "a decimal has at most 12 digits after the point"
                         : "'" + std::string(text.substr(0, 40)) + "' is not a decimal number");
  }
  return Decimal(scaled);
}

Decimal Decimal::fromInteger(long long value) {
  return Decimal(Units(value) * powerOfTen(kScale));
}

std::string Decimal::toString() const {
  std::string text = formatScaled(scaled_, kScale);
  while (text.back() == '0')
    text.pop_back();
  if (text.back() == '.')
    text.pop_back();
  return text;
}

Decimal Decimal::reciprocal(Rounding mode) const {
  if (scaled_ == 0)
    throw MoneyError("zero has no reciprocal");
  const Units one = powerOfTen(2 * kScale);
  return scaled_ < 0 ? Decimal(-divideRounded(one, Units(-scaled_), mode))
                     : Decimal(divideRounded(one, scaled_, mode));
}

Money Money::parse(std::string_view text, Currency currency) {
  Units minor;
  bool tooPrecise = false;
  if (!parseScaled(text, currency.minorUnits(), minor, tooPrecise)) {
    throw MoneyError(tooPrecise
                         ? std::string(currency.code()) + " has " +
                               std::to_string(currency.minorUnits()) + " digits after the point"
                         : "'" + std::string(text.substr(0, 40)) + "' is not an amount");
  }
  return Money(currency, minor);
}

std::string Money::toString() const {
  return formatScaled(minor_, currency_.minorUnits());
}

void Money::requireSameCurrency(const Money& other) const {
  if (!(currency_ == other.currency_))
    throw CurrencyMismatch(currency_.code(), other.currency_.code());
}

Money Money::operator+(const Money& other) const {
  requireSameCurrency(other);
  return Money(currency_, minor_ + other.minor_);
}

Money Money::operator-(const Money& other) const {
  requireSameCurrency(other);
  return Money(currency_, minor_ - other.minor_);
}

Money& Money::operator+=(const Money& other) {
  requireSameCurrency(other);
  minor_ += other.minor_;
  return *this;
}

Money& Money::operator-=(const Money& other) {
  requireSameCurrency(other);
  minor_ -= other.minor_;
  return *this;
}

bool Money::operator==(const Money& other) const {
  requireSameCurrency(other);
  return minor_ == other.minor_;
}

bool Money::operator<(const Money& other) const {
  requireSameCurrency(other);
  return minor_ < other.minor_;
}

Money Money::times(const Decimal& factor, Rounding mode) const {
  return Money(currency_,
               divideRounded(minor_ * factor.scaled(), powerOfTen(Decimal::kScale), mode));
}

Money convert(const Money& amount, const Currency& to, const Decimal& rate, Rounding mode) {
  // minor(to) = minor(from) * rate * 10^(to digits) / (10^(from digits) * 10^12)
  const int shift = to.minorUnits() - amount.currency().minorUnits() - Decimal::kScale;
  Units product = amount.minor() * rate.scaled();
  if (shift >= 0)
    return Money(to, product * powerOfTen(shift));
  return Money(to, divideRounded(product, powerOfTen(-shift), mode));
}

std::vector<Money> allocate(const Money& total, const std::vector<Units>& weights) {
  if (weights.empty())
    throw MoneyError("nothing to allocate over");
  Units sum = 0;
  for (const auto& weight : weights) {
    if (weight < 0)
      throw MoneyError("allocation weights must not be negative");
    sum += weight;
  }
  if (sum == 0)
    throw MoneyError("allocation weights must not all be zero");
  const bool negative = total.isNegative();
  const Units whole = negative ? Units(-total.minor()) : total.minor();
  std::vector<Units> parts(weights.size());
  std::vector<Units> remainders(weights.size());
  Units given = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    const Units share = whole * weights[i];
    parts[i] = share / sum;
    remainders[i] = share % sum;
    given += parts[i];
  }
  std::vector<std::size_t> order(weights.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
  for (std::size_t k = 0; given < whole; ++k, given += 1)
    parts[order[k % order.size()]] += 1;
  std::vector<Money> result;
  result.reserve(parts.size());
  for (const auto& part : parts)
    result.emplace_back(total.currency(), negative ? Units(-part) : part);
  return result;
}

std::vector<Money> split(const Money& total, std::size_t parts) {
  if (parts == 0)
    throw MoneyError("cannot split into zero parts");
  return allocate(total, std::vector<Units>(parts, Units(1)));
}

}  // namespace caravan::money
