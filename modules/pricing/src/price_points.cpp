#include "price_points.hpp"

namespace caravan::pricing {

namespace {

using money::Units;

/// `value` in minor units of a currency with `minorUnits` digits, if it is a whole number of them.
std::optional<Units> inMinorUnits(const money::Decimal& value, int minorUnits) {
  const Units& divisor = money::powerOfTen(money::Decimal::kScale - minorUnits);
  if (value.scaled() % divisor != 0)
    return std::nullopt;
  return value.scaled() / divisor;
}

}  // namespace

std::string pricePointProblem(const PricePoint& point, const money::Currency& currency) {
  const int digits = currency.minorUnits();
  const auto step = point.step ? inMinorUnits(*point.step, digits)
                               : std::optional<Units>(money::powerOfTen(digits));
  if (!step)
    return "the step is finer than the currency's minor units";
  if (*step <= 0)
    return "the step must be greater than zero";
  if (point.ending) {
    const auto ending = inMinorUnits(*point.ending, digits);
    if (!ending)
      return "the ending is finer than the currency's minor units";
    if (*ending < 0 || *ending >= *step)
      return "the ending must be at least zero and below the step";
  }
  return "";
}

money::Money applyPricePoint(const money::Money& amount, const PricePoint& point) {
  if (point.empty() || amount.isZero())
    return amount;  // a free item stays free
  const int digits = amount.currency().minorUnits();
  const Units step = point.step ? *inMinorUnits(*point.step, digits) : money::powerOfTen(digits);
  const Units ending = point.ending ? *inMinorUnits(*point.ending, digits) : Units(0);
  if (amount.minor() <= ending)
    return money::Money(amount.currency(), ending);
  // The number of whole steps needed so that steps * step + ending reaches the amount.
  const Units steps = money::divideRounded(amount.minor() - ending, step, money::Rounding::Up);
  return money::Money(amount.currency(), steps * step + ending);
}

}  // namespace caravan::pricing
