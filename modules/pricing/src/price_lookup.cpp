#include <algorithm>
#include <caravan/platform/text.hpp>
#include <caravan/pricing/price_lists.hpp>
#include <cctype>
#include <set>

#include "price_list_repository.hpp"
#include "price_points.hpp"

namespace caravan::pricing {

namespace {

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

namespace {

/// The market among the lists that serve a country: the list that names it (with the default
/// list to convert from), else the default list.
std::optional<Market> chooseMarket(std::vector<std::pair<PriceList, bool>> lists) {
  std::optional<PriceList> own;
  std::optional<PriceList> fallback;
  for (auto& [list, namesCountry] : lists) {
    if (list.isDefault)
      fallback = list;
    if (namesCountry)
      own = std::move(list);
  }
  if (own) {
    Market market{*own, std::nullopt};
    if (fallback && fallback->id != own->id)
      market.fallback = fallback;
    return market;
  }
  if (fallback)
    return Market{*fallback, std::nullopt};
  return std::nullopt;
}

}  // namespace

std::optional<Market> findMarket(db::TenantSession& db, const std::string& country) {
  return chooseMarket(PriceListRepository(db).forCountry(country));
}

namespace {

using NewestPrices = std::map<std::pair<std::uint64_t, std::string>, Found>;

/// The SKUs to read prices for: the basket's and their parents' (at least one), as a
/// parenthesised IN list (db::inList) whose values are appended to `params`.
std::string wantedPlaceholders(const std::vector<std::string>& skus, const PriceContext& context,
                               db::Params& params) {
  std::set<std::string> wanted(skus.begin(), skus.end());
  for (const auto& sku : skus) {
    if (auto parent = context.parentOf.find(sku); parent != context.parentOf.end())
      wanted.insert(parent->second);
  }
  db::Params keys(wanted.begin(), wanted.end());
  const std::string list = "(" + db::inList(keys) + ")";
  params.insert(params.end(), keys.begin(), keys.end());
  return list;
}

/// Keeps the newest price per (list, SKU). SKUs compare without regard to case, as the
/// database's collation and the catalogue do.
void keepNewest(NewestPrices& newest, std::uint64_t list, const std::string& sku, Found row) {
  auto [entry, fresh] = newest.try_emplace({list, asciiLower(sku)}, row);
  if (!fresh && entry->second.validFrom < row.validFrom)
    entry->second = std::move(row);  // ISO dates order as text
}

/// Each SKU's price in `market` from the stored prices read: its own list's, else the default
/// list's converted.
std::map<std::string, UnitPrice> resolvePrices(db::TenantSession& db, const Market& market,
                                               const std::vector<std::string>& skus,
                                               const PriceContext& context,
                                               const NewestPrices& newest) {
  std::map<std::string, UnitPrice> result;
  const auto lookup = [&](std::uint64_t list, const std::string& sku) -> std::optional<Found> {
    if (auto found = newest.find({list, asciiLower(sku)}); found != newest.end())
      return found->second;
    if (auto parent = context.parentOf.find(sku); parent != context.parentOf.end()) {
      if (auto found = newest.find({list, asciiLower(parent->second)}); found != newest.end())
        return found->second;
    }
    return std::nullopt;
  };
  const auto pricedSku = [&](std::uint64_t list, const std::string& sku) {
    if (newest.count({list, asciiLower(sku)}))
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

}  // namespace

std::map<std::string, UnitPrice> findPrices(db::TenantSession& db, const Market& market,
                                            const std::vector<std::string>& skus,
                                            const PriceContext& context) {
  if (skus.empty())
    return {};
  db::Params params{market.list.id, market.fallback ? market.fallback->id : market.list.id};
  const std::string placeholders = wantedPlaceholders(skus, context, params);
  params.push_back(context.date);
  auto rows = db.query(
      "SELECT price_list_id, sku, valid_from, amount FROM price_list_prices WHERE tenant_id = ? "
      "AND price_list_id IN (?, ?) AND sku IN " +
          placeholders + " AND valid_from <= ?",
      params);
  NewestPrices newest;
  while (rows.next())
    keepNewest(newest, rows.uint64(1), rows.string(2), Found{rows.string(3), rows.string(4)});
  return resolvePrices(db, market, skus, context, newest);
}

MarketPrices findMarketPrices(db::TenantSession& db, const std::string& country,
                              const std::vector<std::string>& skus, PriceContext context) {
  // The lists that serve the country (its own, the default) with the tenant's rate age. The
  // prices come in a second statement: joined here, MariaDB reads every price of a list instead
  // of ranging over the basket's SKUs.
  auto rows = db.query(
      "SELECT p.id, p.name, p.currency, p.prices_include_tax, p.price_point_step, "
      "p.price_point_ending, p.is_default, p.version, p.created_at, p.updated_at, "
      "c.country IS NOT NULL, "
      "(SELECT s.max_rate_age_days FROM pricing_settings s WHERE s.tenant_id = p.tenant_id) "
      "FROM price_lists p "
      "LEFT JOIN price_list_countries c ON c.tenant_id = p.tenant_id AND c.price_list_id = p.id "
      "AND c.country = ? "
      "WHERE p.tenant_id = ? AND (p.is_default OR c.country IS NOT NULL)",
      {country});
  MarketPrices found;
  found.maxRateAgeDays = context.maxRateAgeDays;
  std::vector<std::pair<PriceList, bool>> lists;
  while (rows.next()) {
    const bool namesCountry = rows.boolean(11);
    if (!rows.isNull(12))
      found.maxRateAgeDays = static_cast<int>(rows.int64(12));
    lists.emplace_back(readPriceList(rows, false), namesCountry);
  }
  found.market = chooseMarket(std::move(lists));
  if (found.market) {
    context.maxRateAgeDays = found.maxRateAgeDays;
    found.prices = findPrices(db, *found.market, skus, context);
  }
  return found;
}

int maxRateAgeDays(db::TenantSession& db, int configuredDefault) {
  auto rows = db.query("SELECT max_rate_age_days FROM pricing_settings WHERE tenant_id = ?");
  return rows.next() ? static_cast<int>(rows.int64(1)) : configuredDefault;
}

}  // namespace caravan::pricing
