#include "quote_lines.hpp"

#include <stdexcept>

namespace caravan::pricing {

namespace {

using money::Decimal;
using money::Money;

Decimal onePlus(const Decimal& rate) {
  return Decimal::fromScaled(Decimal::fromInteger(1).scaled() + rate.scaled());
}

/// The tax inside a gross amount at `rate`: gross * rate / (1 + rate), rounded once.
Money taxInside(const Money& gross, const Decimal& rate) {
  return Money(gross.currency(),
               money::divideRounded(gross.minor() * rate.scaled(), onePlus(rate).scaled(),
                                    money::Rounding::HalfEven));
}

}  // namespace

PricedLine priceLine(const LineInput& line) {
  const Money amount = line.unitPrice.times(line.quantity);
  const Money zero = Money::zero(amount.currency());
  if (line.unitIncludesTax) {
    if (line.chargedRate) {
      const Money tax = taxInside(amount, *line.chargedRate);
      return {amount - tax, tax, amount, *line.chargedRate};
    }
    const Money net = amount - taxInside(amount, line.includedRate);
    return {net, zero, net, Decimal()};
  }
  if (line.chargedRate) {
    const Money tax = amount.times(*line.chargedRate);
    return {amount, tax, amount + tax, *line.chargedRate};
  }
  return {amount, zero, amount, Decimal()};
}

QuoteTotals sumLines(const money::Currency& currency, const std::vector<PricedLine>& lines,
                     const std::vector<std::string>& taxClasses) {
  if (lines.size() != taxClasses.size())
    throw std::invalid_argument("sumLines: one tax class per line");
  QuoteTotals totals{Money::zero(currency), Money::zero(currency), Money::zero(currency), {}};
  std::map<std::pair<std::string, money::Units>, TaxBreakdown> byRate;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto& line = lines[i];
    totals.net += line.net;
    totals.tax += line.tax;
    totals.gross += line.gross;
    auto [entry, fresh] = byRate.try_emplace(
        {taxClasses[i], line.rate.scaled()},
        TaxBreakdown{taxClasses[i], line.rate, Money::zero(currency), Money::zero(currency)});
    entry->second.net += line.net;
    entry->second.tax += line.tax;
  }
  for (auto& [key, breakdown] : byRate)
    totals.byRate.push_back(std::move(breakdown));
  return totals;
}

QuoteTotals convertTotals(const QuoteTotals& totals, const money::Currency& to,
                          const money::Decimal& rate) {
  QuoteTotals converted{money::convert(totals.net, to, rate),
                        money::convert(totals.tax, to, rate),
                        Money::zero(to),
                        {}};
  converted.gross = converted.net + converted.tax;
  return converted;
}

}  // namespace caravan::pricing
