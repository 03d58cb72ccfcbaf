#include <algorithm>
#include <caravan/pricing/price_lists.hpp>
#include <cctype>
#include <set>

#include "price_list_repository.hpp"
#include "price_points.hpp"

namespace caravan::pricing {

namespace {

/// Placeholders for an IN list, padded to a power of two so that the statement cache holds a
/// handful of shapes rather than one per basket size.
std::string inList(std::vector<std::string>& values) {
  std::size_t size = 1;
  while (size < values.size())
    size *= 2;
  values.resize(size, values.empty() ? std::string() : values.back());
  std::string text = "(";
  for (std::size_t i = 0; i < size; ++i)
    text += i ? ", ?" : "?";
  return text + ")";
}

std::string lowerAscii(std::string text) {
  for (auto& c : text)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

struct Found {
  std::string validFrom;
  std::string amount;
};

/// Net to gross or back at `rate`, rounded half-even to minor units.
money::Money toTerms(const money::Money& amount, bool fromGross, bool toGross,
                     const money::Decimal& rate) {
  if (fromGross == toGross)
    return amount;
  const money::Decimal one = money::Decimal::fromInteger(1);
  const money::Decimal factor = money::Decimal::fromScaled(one.scaled() + rate.scaled());
  if (toGross)
    return amount.times(factor);
  // gross / (1 + rate), exactly rounded once.
  return money::Money(amount.currency(),
                      money::divideRounded(amount.minor() * one.scaled(), factor.scaled(),
                                           money::Rounding::HalfEven));
}

}  // namespace

std::optional<Market> findMarket(db::TenantSession& db, const std::string& country) {
  auto lists = PriceListRepository(db).forCountry(country);
  const auto own = std::find_if(lists.begin(), lists.end(), [&](const PriceList& list) {
    return std::binary_search(list.countries.begin(), list.countries.end(), country);
  });
  const auto fallback = std::find_if(lists.begin(), lists.end(),
                                     [](const PriceList& list) { return list.isDefault; });
  if (own != lists.end()) {
    Market market{*own, std::nullopt};
    if (fallback != lists.end() && fallback != own)
      market.fallback = *fallback;
    return market;
  }
  if (fallback != lists.end())
    return Market{*fallback, std::nullopt};
  return std::nullopt;
}

std::map<std::string, UnitPrice> findPrices(db::TenantSession& db, const Market& market,
                                            const std::vector<std::string>& skus,
                                            const PriceContext& context) {
  std::map<std::string, UnitPrice> result;
  if (skus.empty())
    return result;
  std::set<std::string> wanted(skus.begin(), skus.end());
  for (const auto& sku : skus) {
    if (auto parent = context.parentOf.find(sku); parent != context.parentOf.end())
      wanted.insert(parent->second);
  }
  std::vector<std::string> keys(wanted.begin(), wanted.end());
  const std::string placeholders = inList(keys);
  db::Params params{market.list.id, market.fallback ? market.fallback->id : market.list.id};
  for (auto& key : keys)
    params.push_back(std::move(key));
  params.push_back(context.date);
  auto rows = db.query(
      "SELECT price_list_id, sku, valid_from, amount FROM price_list_prices WHERE tenant_id = ? "
      "AND price_list_id IN (?, ?) AND sku IN " +
          placeholders + " AND valid_from <= ? ORDER BY price_list_id, sku, valid_from DESC",
      params);
  // SKUs compare without regard to case, as the database's collation and the catalogue do.
  std::map<std::pair<std::uint64_t, std::string>, Found> newest;
  while (rows.next()) {
    newest.try_emplace({rows.uint64(1), lowerAscii(rows.string(2))},
                       Found{rows.string(3), rows.string(4)});
  }

  const auto lookup = [&](std::uint64_t list, const std::string& sku) -> std::optional<Found> {
    if (auto found = newest.find({list, lowerAscii(sku)}); found != newest.end())
      return found->second;
    if (auto parent = context.parentOf.find(sku); parent != context.parentOf.end()) {
      if (auto found = newest.find({list, lowerAscii(parent->second)}); found != newest.end())
        return found->second;
    }
    return std::nullopt;
  };
  const auto pricedSku = [&](std::uint64_t list, const std::string& sku) {
    if (newest.count({list, lowerAscii(sku)}))
      return sku;
    return context.parentOf.at(sku);
  };

  const money::Currency currency = money::Currency::of(market.list.currency);
  const PricePoint point{market.list.pricePointStep, market.list.pricePointEnding};
  std::optional<AppliedRate> rate;
  for (const auto& sku : skus) {
    if (auto own = lookup(market.list.id, sku)) {
      const auto amount = money::Money::parse(own->amount, currency);
      result.emplace(sku, UnitPrice{.sku = sku,
                                    .pricedSku = pricedSku(market.list.id, sku),
                                    .amount = amount,
                                    .includesTax = market.list.pricesIncludeTax,
                                    .converted = false,
                                    .priceListId = market.list.id,
                                    .validFrom = own->validFrom,
                                    .rate = std::nullopt,
                                    .sourceAmount = amount});
      continue;
    }
    if (!market.fallback)
      continue;
    const auto& source = *market.fallback;
    auto stored = lookup(source.id, sku);
    if (!stored)
      continue;
    if (!rate) {
      rate = requireRate(db, source.currency, market.list.currency, context.date,
                         context.maxRateAgeDays);
    }
    const auto sourceAmount =
        money::Money::parse(stored->amount, money::Currency::of(source.currency));
    const auto taxRate =
        context.taxRateOf.count(sku) ? context.taxRateOf.at(sku) : money::Decimal();
    const auto inMarketTerms =
        toTerms(money::convert(sourceAmount, currency, rate->rate), source.pricesIncludeTax,
                market.list.pricesIncludeTax, taxRate);
    result.emplace(sku, UnitPrice{.sku = sku,
                                  .pricedSku = pricedSku(source.id, sku),
                                  .amount = applyPricePoint(inMarketTerms, point),
                                  .includesTax = market.list.pricesIncludeTax,
                                  .converted = true,
                                  .priceListId = source.id,
                                  .validFrom = stored->validFrom,
                                  .rate = rate,
                                  .sourceAmount = sourceAmount});
  }
  return result;
}

int maxRateAgeDays(db::TenantSession& db, int configuredDefault) {
  auto rows = db.query("SELECT max_rate_age_days FROM pricing_settings WHERE tenant_id = ?");
  return rows.next() ? static_cast<int>(rows.int64(1)) : configuredDefault;
}

}  // namespace caravan::pricing
