#pragma once

#include <caravan/platform/db.hpp>
#include <caravan/platform/money.hpp>
#include <caravan/pricing/exchange_rates.hpp>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace caravan::pricing {

/// A market's price list: the countries it serves, its currency, whether its prices include tax,
/// and the price points its converted prices are rounded to.
struct PriceList {
  std::uint64_t id = 0;
  std::string name;
  std::string currency;  ///< ISO 4217
  bool pricesIncludeTax = false;
  std::optional<money::Decimal> pricePointStep;
  std::optional<money::Decimal> pricePointEnding;
  /// The default list serves every country no other list names, and is what converted prices
  /// come from.
  bool isDefault = false;
  std::vector<std::string> countries;  ///< ISO 3166-1 alpha-2, sorted
  std::int64_t version = 1;
  std::string createdAt;
  std::string updatedAt;
};

/// The lists that price a sale to one country: the country's own list (or the default one when no
/// list names the country) and the default list converted prices come from.
struct Market {
  PriceList list;
  std::optional<PriceList> fallback;  ///< the default list, when it is not `list` itself
};

/// The market for `country`; nullopt when no list names it and the tenant has no default list.
/// One query; the lists' `countries` are not filled in.
std::optional<Market> findMarket(db::TenantSession& db, const std::string& country);

/// A unit price as the market sells it.
struct UnitPrice {
  std::string sku;                  ///< the SKU asked for
  std::string pricedSku;            ///< the SKU the price is stored under (a variant's parent)
  money::Money amount;              ///< in the market list's currency
  bool includesTax = false;         ///< as the list the price came from says
  bool converted = false;           ///< true: converted from the default list, not a list price
  bool manual = false;              ///< true: given with the request (a negotiated price)
  std::uint64_t priceListId = 0;    ///< the list the price came from
  std::string validFrom;            ///< the date the stored price is valid from
  std::optional<AppliedRate> rate;  ///< the rate a converted price used
  money::Money sourceAmount;        ///< the stored price before conversion
};

/// What findPrices needs to know of a sale beyond the market.
struct PriceContext {
  std::string date;  ///< YYYY-MM-DD
  int maxRateAgeDays = 0;
  /// A variant's product SKU, for variants without a price of their own.
  std::map<std::string, std::string> parentOf;
  /// The destination's tax rate per SKU, to turn a converted net price into a gross one or back
  /// when the default list and the market differ in whether prices include tax. Absent: 0.
  std::map<std::string, money::Decimal> taxRateOf;
};

/// The prices valid on `context.date` of `skus` in `market`, read with one query. A SKU without a
/// price of its own is priced as its parent. A SKU the market's list does not price takes the
/// default list's price converted at that date, put into the market's terms (net or gross) and
/// rounded up to the market's price points, marked as converted. SKUs priced by neither list are
/// absent from the result. Throws Unprocessable when a conversion has no rate.
std::map<std::string, UnitPrice> findPrices(db::TenantSession& db, const Market& market,
                                            const std::vector<std::string>& skus,
                                            const PriceContext& context);

/// A country's market, the tenant's maximum rate age, and the market's prices of a basket.
struct MarketPrices {
  std::optional<Market> market;
  std::map<std::string, UnitPrice> prices;
  int maxRateAgeDays = 0;  ///< the tenant's, else context.maxRateAgeDays as given
};

/// findMarket, maxRateAgeDays and findPrices in two round trips (plus one for a conversion's
/// rate), for a sale that prices its whole basket at once. `context.maxRateAgeDays` is the
/// configured default.
MarketPrices findMarketPrices(db::TenantSession& db, const std::string& country,
                              const std::vector<std::string>& skus, PriceContext context);

/// The tenant's maximum rate age in days (its own setting, else the configured default).
int maxRateAgeDays(db::TenantSession& db, int configuredDefault);

}  // namespace caravan::pricing
