#pragma once

#include <caravan/platform/money.hpp>
#include <optional>
#include <string>

namespace caravan::pricing {

/// Where a market wants its converted prices to land: on a multiple of `step` (in major units,
/// e.g. 1 or 100 yen or 0.05 francs) plus `ending` (e.g. 0.99), never below the converted amount.
struct PricePoint {
  std::optional<money::Decimal> step;
  std::optional<money::Decimal> ending;

  bool empty() const { return !step && !ending; }
};

/// Why `point` cannot be used with `currency` ("" when it can): a step or ending finer than the
/// currency's minor units, a step that is not positive, an ending not below the step.
std::string pricePointProblem(const PricePoint& point, const money::Currency& currency);

/// The smallest price point at or above `amount` (amount >= 0): with step 1 and ending 0.99,
/// 23.41 becomes 23.99 and 24.00 becomes 24.99; with step 100 and no ending, JPY 1234 becomes
/// 1300. An empty point, or a zero amount, returns the amount unchanged. `point` must pass
/// pricePointProblem().
money::Money applyPricePoint(const money::Money& amount, const PricePoint& point);

}  // namespace caravan::pricing
