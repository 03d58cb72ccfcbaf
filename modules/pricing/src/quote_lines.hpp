#pragma once

#include <caravan/platform/money.hpp>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace caravan::pricing {

/// One basket line as the market prices it, with the tax that applies to it.
struct LineInput {
  money::Money unitPrice;  ///< in the order currency, in the terms below
  bool unitIncludesTax = false;
  money::Decimal quantity;
  std::string taxClass;
  /// The rate charged, or nullopt when the sale carries no tax (export, reverse charge, import
  /// VAT collected at the border).
  std::optional<money::Decimal> chargedRate;
  /// The destination's rate a gross price includes: stripped from it when no tax is charged.
  money::Decimal includedRate;
};

/// A priced line: net + tax == gross, exactly.
struct PricedLine {
  money::Money net;
  money::Money tax;
  money::Money gross;
  money::Decimal rate;  ///< the rate charged (0 when none)
};

/// Prices one line. Rounding happens at two named points, both half-even to minor units: the
/// line amount (unit price times quantity) and the line's tax. A gross price keeps its gross
/// amount when tax is charged (the consumer pays the shelf price; the tax inside it is
/// gross * r / (1 + r)); when no tax is charged, the included tax is taken out.
PricedLine priceLine(const LineInput& line);

/// The tax of one rate class at one rate over a basket.
struct TaxBreakdown {
  std::string taxClass;
  money::Decimal rate;
  money::Money net;
  money::Money tax;
};

/// The sums of priced lines: net + tax == gross, each the exact sum of the lines' amounts, and the
/// breakdown by class and rate sums to the same totals.
struct QuoteTotals {
  money::Money net;
  money::Money tax;
  money::Money gross;
  std::vector<TaxBreakdown> byRate;  ///< ordered by class, then rate
};

QuoteTotals sumLines(const money::Currency& currency, const std::vector<PricedLine>& lines,
                     const std::vector<std::string>& taxClasses);

/// The totals in another currency at `rate`: net and tax converted (half-even), gross their sum,
/// so that the converted totals reconcile too. No breakdown: converted one by one, the parts of
/// a breakdown would not sum to the converted totals.
QuoteTotals convertTotals(const QuoteTotals& totals, const money::Currency& to,
                          const money::Decimal& rate);

}  // namespace caravan::pricing
