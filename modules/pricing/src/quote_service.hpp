#pragma once

#include <caravan/platform/db.hpp>
#include <caravan/platform/money.hpp>
#include <caravan/pricing/exchange_rates.hpp>
#include <caravan/pricing/price_lists.hpp>
#include <caravan/tax/tax.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "quote_lines.hpp"

namespace caravan::pricing {

/// A basket to price: what, sold through which store, to whom and where, on which date.
struct QuoteRequest {
  struct Line {
    std::string sku;
    money::Decimal quantity;
    /// A negotiated price in the quote's currency and terms, instead of the market's.
    std::optional<std::string> unitPrice;
  };
  std::uint64_t storeId = 0;
  std::string country;  ///< destination, ISO 3166-1 alpha-2
  std::string region;   ///< "" or a province/state code ("ON", "CA")
  std::optional<std::string> buyerVatId;
  bool buyerIsBusiness = false;
  std::string date;      ///< YYYY-MM-DD: the tax point and the date of prices and rates
  std::string language;  ///< for line names; "" for the products' default
  std::vector<Line> lines;
  /// Shipping in the market's currency and terms (gross where the market's prices are), taxed at
  /// the standard rate.
  std::optional<std::string> shipping;
};

/// A conversion a quote used, and what for.
struct UsedRate {
  std::string from;
  std::string to;
  AppliedRate rate;
  std::string purpose;  ///< price_conversion, base_currency, eur_threshold, local_threshold
};

struct QuotedLine {
  std::string sku;
  std::string name;
  money::Decimal quantity;
  UnitPrice price;
  std::string taxClass;
  PricedLine amounts;
};

/// A priced basket: lines, tax, totals in the order currency and in the seller's base currency,
/// and every rule and rate used, so that a document made from it can record them.
struct Quote {
  std::string date;
  std::string currency;
  std::string baseCurrency;
  std::uint64_t storeId = 0;
  std::uint64_t legalEntityId = 0;
  std::uint64_t priceListId = 0;  ///< the market's list; 0 when every price was given
  tax::TaxDecision decision;
  std::vector<QuotedLine> lines;
  std::optional<PricedLine> shipping;
  std::optional<QuoteTotals> totals;      ///< always set by priceQuote
  std::optional<QuoteTotals> baseTotals;  ///< always set by priceQuote; no breakdown
  std::vector<UsedRate> ratesUsed;
  std::vector<tax::TaxRate> taxRatesUsed;
};

/// The rate of a product's tax class in `rates`, else of the class it falls back to: a reduced
/// class a country lacks takes its main reduced rate, then the standard rate.
std::optional<tax::TaxRate> classRate(const tax::RateSet& rates, const std::string& rateClass);

/// Prices `request` with a fixed number of queries whatever the basket's size. Unknown SKUs and
/// SKUs without a price are a ValidationError naming each line ("lines/3/sku"); an unknown store
/// names "store_id"; no market for the country, or a missing exchange rate, is Unprocessable.
/// Lines may carry their own unit price; when every line does, a country without a market is
/// quoted in the store's currency, net.
Quote priceQuote(db::TenantSession& db, const QuoteRequest& request, int defaultMaxRateAgeDays);

}  // namespace caravan::pricing
