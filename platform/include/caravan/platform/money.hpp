#pragma once

#include <boost/multiprecision/cpp_int.hpp>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

/// Exact money: amounts are whole numbers of a currency's minor units (cents, yen, fils) in a
/// checked 128-bit integer from Boost.Multiprecision, rates and factors are decimals with 12
/// fractional digits in the same type, and rounding happens only where a function takes a
/// Rounding. No binary floating point anywhere. Overflow throws std::overflow_error.
namespace caravan::money {

using Units = boost::multiprecision::checked_int128_t;

/// How a result that falls between two representable values is rounded.
enum class Rounding {
  HalfEven,  ///< to the nearest, ties to even (banker's rounding): the default
  HalfUp,    ///< to the nearest, ties away from zero (where a jurisdiction requires it)
  Down,      ///< toward zero
  Up,        ///< away from zero
};

/// A problem with an amount, a currency or a decimal (unknown code, malformed text, too precise).
class MoneyError : public std::domain_error {
 public:
  using std::domain_error::domain_error;
};

/// Arithmetic or comparison between amounts of two currencies.
class CurrencyMismatch : public MoneyError {
 public:
  CurrencyMismatch(std::string_view left, std::string_view right);
};

/// An ISO 4217 currency with the number of minor units ICU's currency data gives it
/// (JPY 0, EUR 2, KWD 3): never a hand-written table.
class Currency {
 public:
  /// Throws MoneyError for a code that is not a current ISO 4217 currency.
  static Currency of(std::string_view code);
  /// Every current ISO 4217 currency ICU knows.
  static std::vector<Currency> all();

  std::string_view code() const { return {code_, 3}; }
  int minorUnits() const { return minorUnits_; }
  bool operator==(const Currency& other) const { return code() == other.code(); }

 private:
  Currency(std::string_view code, int minorUnits);
  char code_[3];
  int minorUnits_;
};

/// 10^exponent for 0 <= exponent <= 38.
const Units& powerOfTen(int exponent);

/// `value / divisor` (divisor > 0) rounded as `mode` says.
Units divideRounded(const Units& value, const Units& divisor, Rounding mode);

/// A decimal with exactly 12 fractional digits: exchange rates, tax rates, quantities, weights.
class Decimal {
 public:
  static constexpr int kScale = 12;

  Decimal() = default;
  /// "1.0825", "-0.5", "160"; throws MoneyError when malformed or more precise than 12 digits.
  static Decimal parse(std::string_view text);
  static Decimal fromScaled(Units scaled) { return Decimal(std::move(scaled)); }
  static Decimal fromInteger(long long value);

  /// Shortest exact text: "1.0825", "160", "-0.000001".
  std::string toString() const;
  /// The value times 10^12.
  const Units& scaled() const { return scaled_; }
  /// 1 / this, rounded to 12 digits as `mode` says (for inverse rates).
  Decimal reciprocal(Rounding mode = Rounding::HalfEven) const;

  bool operator==(const Decimal& other) const { return scaled_ == other.scaled_; }
  bool operator<(const Decimal& other) const { return scaled_ < other.scaled_; }

 private:
  explicit Decimal(Units scaled) : scaled_(std::move(scaled)) {}
  Units scaled_ = 0;
};

/// An amount of one currency, in its minor units.
class Money {
 public:
  Money(Currency currency, Units minor) : currency_(currency), minor_(std::move(minor)) {}
  static Money zero(Currency currency) { return Money(currency, 0); }
  /// "12.30" in `currency`: exact, so "12.305" EUR is refused (MoneyError), not rounded;
  /// trailing zeros past the minor units ("12.300") are fine.
  static Money parse(std::string_view text, Currency currency);

  const Currency& currency() const { return currency_; }
  /// The amount in minor units (1230 for EUR 12.30).
  const Units& minor() const { return minor_; }
  /// "12.30", with exactly the currency's minor units; "-0.50"; "1500" for JPY.
  std::string toString() const;
  bool isZero() const { return minor_ == 0; }
  bool isNegative() const { return minor_ < 0; }

  Money operator+(const Money& other) const;
  Money operator-(const Money& other) const;
  Money operator-() const { return Money(currency_, -minor_); }
  Money& operator+=(const Money& other);
  Money& operator-=(const Money& other);
  bool operator==(const Money& other) const;
  bool operator<(const Money& other) const;

  /// This amount times `factor` (a quantity, a tax rate), rounded to minor units.
  Money times(const Decimal& factor, Rounding mode = Rounding::HalfEven) const;

 private:
  void requireSameCurrency(const Money& other) const;
  Currency currency_;
  Units minor_;
};

/// `amount` in `to` at `rate` (units of `to` for one unit of the amount's currency), rounded to
/// the minor units of `to`.
Money convert(const Money& amount, const Currency& to, const Decimal& rate,
              Rounding mode = Rounding::HalfEven);

/// Splits `total` over shares proportional to `weights` (each >= 0, not all zero) so that the
/// parts sum to `total` exactly: each part is rounded toward zero, and the minor units left over go
/// one each to the parts with the largest remainders (earlier parts first on ties).
std::vector<Money> allocate(const Money& total, const std::vector<Units>& weights);
/// `total` in `parts` near-equal parts that sum to it exactly (the first parts get the extra
/// units).
std::vector<Money> split(const Money& total, std::size_t parts);

}  // namespace caravan::money
