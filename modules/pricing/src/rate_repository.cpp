#include "rate_repository.hpp"

#include <caravan/pricing/exchange_rates.hpp>

namespace caravan::pricing {

void storeRates(db::TenantSession& db, const std::string& source, const std::string& base,
                const ParsedRates& parsed) {
  std::vector<db::Params> rows;
  rows.reserve(parsed.rows.size());
  for (const auto& row : parsed.rows) {
    rows.push_back({source, base, row.quote, row.date, row.rate.toString()});
  }
  db.insertRows("exchange_rates", {"tenant_id", "source", "base", "quote", "valid_from", "rate"},
                rows, 1000, "ON DUPLICATE KEY UPDATE rate = VALUES(rate)");
}

namespace {

struct Leg {
  money::Decimal rate;
  std::string date;
  std::string source;
};

std::optional<Leg> newest(db::TenantSession& db, const std::string& base, const std::string& quote,
                          const std::string& at, int maxAgeDays) {
  auto rows = db.query(
      "SELECT rate, valid_from, source FROM exchange_rates WHERE tenant_id = ? AND base = ? AND "
      "quote = ? "
      "AND valid_from <= ? AND valid_from >= DATE_SUB(?, INTERVAL ? DAY) ORDER BY valid_from DESC "
      "LIMIT 1",
      {base, quote, at, at, std::int64_t{maxAgeDays}});
  if (!rows.next())
    return std::nullopt;
  return Leg{money::Decimal::parse(rows.string(1)), rows.string(2), rows.string(3)};
}

money::Decimal divide(const money::Decimal& numerator, const money::Decimal& denominator) {
  return money::Decimal::fromScaled(
      money::divideRounded(numerator.scaled() * money::powerOfTen(money::Decimal::kScale),
                           denominator.scaled(), money::Rounding::HalfEven));
}

}  // namespace

std::optional<AppliedRate> findRate(db::TenantSession& db, const std::string& from,
                                    const std::string& to, const std::string& at, int maxAgeDays) {
  if (from == to)
    return AppliedRate{money::Decimal::fromInteger(1), at, "identity"};
  // The direct rate, else the inverse of the opposite one, in one round trip.
  auto pair = db.query(
      "SELECT rate, valid_from, source, base = ? FROM exchange_rates WHERE tenant_id = ? AND "
      "((base = ? AND quote = ?) OR (base = ? AND quote = ?)) AND valid_from <= ? AND "
      "valid_from >= DATE_SUB(?, INTERVAL ? DAY) ORDER BY base = ? DESC, valid_from DESC LIMIT 1",
      {from, from, to, to, from, at, at, std::int64_t{maxAgeDays}, from});
  if (pair.next()) {
    const auto rate = money::Decimal::parse(pair.string(1));
    if (pair.boolean(4))
      return AppliedRate{rate, pair.string(2), pair.string(3)};
    return AppliedRate{rate.reciprocal(), pair.string(2), pair.string(3) + " (inverse)"};
  }
  // Through a currency both are quoted against (the ECB quotes everything against EUR).
  auto pivots = db.query(
      "SELECT DISTINCT base FROM exchange_rates WHERE tenant_id = ? AND quote = ?", {from});
  std::vector<std::string> candidates;
  while (pivots.next())
    candidates.push_back(pivots.string(1));
  for (const auto& pivot : candidates) {
    auto fromLeg = newest(db, pivot, from, at, maxAgeDays);
    auto toLeg = fromLeg ? newest(db, pivot, to, at, maxAgeDays) : std::nullopt;
    if (!fromLeg || !toLeg)
      continue;
    return AppliedRate{divide(toLeg->rate, fromLeg->rate), std::min(fromLeg->date, toLeg->date),
                       toLeg->source + " (via " + pivot + ")"};
  }
  return std::nullopt;
}

AppliedRate requireRate(db::TenantSession& db, const std::string& from, const std::string& to,
                        const std::string& at, int maxAgeDays) {
  if (auto rate = findRate(db, from, to, at, maxAgeDays))
    return *rate;
  throw Unprocessable(
      "no " + from + " to " + to + " rate is valid on " + at +
          (maxAgeDays ? " (or within " + std::to_string(maxAgeDays) + " days before)" : "") +
          "; import the rates of that date first",
      "no_rate");
}

}  // namespace caravan::pricing
