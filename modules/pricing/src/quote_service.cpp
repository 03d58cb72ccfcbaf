#include "quote_service.hpp"

#include <caravan/catalog/sellables.hpp>
#include <caravan/organization/organization.hpp>
#include <caravan/platform/text.hpp>
#include <cctype>
#include <map>
#include <set>

namespace caravan::pricing {

namespace {

using money::Currency;
using money::Decimal;
using money::Money;

/// Collects the rates a quote used, each once.
class RateLog {
 public:
  explicit RateLog(std::vector<UsedRate>& used) : used_(used) {}
  const AppliedRate& add(const std::string& from, const std::string& to, AppliedRate rate,
                         const std::string& purpose) {
    used_.push_back({from, to, std::move(rate), purpose});
    return used_.back().rate;
  }

 private:
  std::vector<UsedRate>& used_;
};

void noteTaxRate(std::vector<tax::TaxRate>& used, const tax::TaxRate& rate) {
  for (const auto& known : used) {
    if (known.country == rate.country && known.region == rate.region &&
        known.rateClass == rate.rateClass && known.validFrom == rate.validFrom &&
        known.source == rate.source)
      return;
  }
  used.push_back(rate);
}

}  // namespace

std::optional<tax::TaxRate> classRate(const tax::RateSet& rates, const std::string& rateClass) {
  if (auto exact = rates.find(rateClass))
    return exact;
  if (rateClass != "standard" && rateClass != "reduced") {
    if (auto reduced = rates.find("reduced"))
      return reduced;
  }
  return rates.find("standard");
}

Quote priceQuote(db::TenantSession& db, const QuoteRequest& request, int defaultMaxRateAgeDays) {
  const auto storeAndOwner = organization::findStoreAndOwner(db, request.storeId);
  if (!storeAndOwner)
    throw ValidationError("store_id", "not_found", "names no store of this tenant");
  const auto& store = storeAndOwner->store;
  const auto& seller = storeAndOwner->owner;

  // The catalogue compares SKUs without regard to case; from here on each line carries the
  // stored spelling.
  std::vector<std::string> requested;
  for (const auto& line : request.lines)
    requested.push_back(line.sku);
  std::map<std::string, catalog::Sellable> sellables;
  std::map<std::string, std::string> storedSpelling;
  for (auto& sellable : catalog::findSellables(db, requested, request.language)) {
    storedSpelling.emplace(asciiLower(sellable.sku), sellable.sku);
    sellables.emplace(sellable.sku, std::move(sellable));
  }
  std::vector<FieldError> errors;
  std::vector<std::string> skus;
  for (std::size_t i = 0; i < request.lines.size(); ++i) {
    const auto stored = storedSpelling.find(asciiLower(request.lines[i].sku));
    if (stored == storedSpelling.end()) {
      errors.push_back({"lines/" + std::to_string(i) + "/sku", "unknown_sku",
                        "names no product or variant of this tenant"});
    } else {
      skus.push_back(stored->second);
    }
  }
  if (!errors.empty())
    throw ValidationError(std::move(errors));

  // The destination's rates and the tenant's tax settings, in one round trip.
  const auto taxData = tax::saleTaxData(db, request.country, request.region, request.date);
  const auto& destinationRates = taxData.destination;
  PriceContext context{.date = request.date,
                       .maxRateAgeDays = defaultMaxRateAgeDays,
                       .parentOf = {},
                       .taxRateOf = {}};
  std::map<std::string, Decimal> includedRate;
  for (const auto& [sku, sellable] : sellables) {
    if (sellable.parentSku)
      context.parentOf.emplace(sku, *sellable.parentSku);
    const auto rate = classRate(destinationRates, sellable.taxClass);
    includedRate.emplace(sku, rate ? rate->rate : Decimal());
  }
  context.taxRateOf = includedRate;
  std::vector<std::string> listed;
  for (std::size_t i = 0; i < skus.size(); ++i) {
    if (!request.lines[i].unitPrice)
      listed.push_back(skus[i]);
  }
  // The market, its prices of the basket and the tenant's rate age, in one round trip.
  const auto marketPrices = findMarketPrices(db, request.country, listed, context);
  const auto& market = marketPrices.market;
  const auto& found = marketPrices.prices;
  if (!market && !listed.empty()) {
    throw Unprocessable("no price list serves " + request.country +
                            " and the tenant has no default price list (or give every line a "
                            "unit_price)",
                        "no_market");
  }
  const int maxAge =
      market ? marketPrices.maxRateAgeDays : maxRateAgeDays(db, defaultMaxRateAgeDays);

  Quote quote;
  quote.date = request.date;
  quote.currency = market ? market->list.currency : store.currency;
  quote.baseCurrency = seller.baseCurrency;
  quote.storeId = store.id;
  quote.legalEntityId = seller.id;
  quote.priceListId = market ? market->list.id : 0;
  RateLog rates(quote.ratesUsed);
  const Currency currency = Currency::of(quote.currency);
  const bool grossTerms = market && market->list.pricesIncludeTax;

  std::vector<std::optional<UnitPrice>> linePrices;
  for (std::size_t i = 0; i < skus.size(); ++i) {
    const std::string field = "lines/" + std::to_string(i);
    if (const auto& given = request.lines[i].unitPrice) {
      try {
        const auto amount = Money::parse(*given, currency);
        linePrices.push_back(UnitPrice{.sku = skus[i],
                                       .pricedSku = skus[i],
                                       .amount = amount,
                                       .includesTax = grossTerms,
                                       .converted = false,
                                       .manual = true,
                                       .priceListId = 0,
                                       .validFrom = "",
                                       .rate = std::nullopt,
                                       .sourceAmount = amount});
      } catch (const money::MoneyError&) {
        errors.push_back({field + "/unit_price", "too_precise",
                          "has more decimals than " + quote.currency + " has minor units"});
        linePrices.emplace_back();
      }
    } else if (auto price = found.find(skus[i]); price != found.end()) {
      linePrices.push_back(price->second);
    } else {
      errors.push_back(
          {field + "/sku", "no_price",
           "has no price on " + request.date + " in the market of " + request.country});
      linePrices.emplace_back();
    }
  }
  if (!errors.empty())
    throw ValidationError(std::move(errors));
  for (const auto& [sku, price] : found) {
    if (price.converted && price.rate) {
      rates.add(std::string(price.sourceAmount.currency().code()), quote.currency, *price.rate,
                "price_conversion");
      break;  // one rate converts every price of the basket
    }
  }

  // The intrinsic value of the consignment (goods without tax or shipping) decides the import
  // schemes: EUR 150 for IOSS, and the destination's own thresholds elsewhere.
  Money goods = Money::zero(currency);
  for (std::size_t i = 0; i < skus.size(); ++i) {
    const auto& price = *linePrices[i];
    goods += priceLine({price.amount, price.includesTax, request.lines[i].quantity, "",
                        std::nullopt, includedRate.at(skus[i])})
                 .net;
  }
  tax::SaleContext sale{.date = request.date,
                        .sellerCountry = seller.country,
                        .shipFromCountry = seller.country,
                        .destinationCountry = request.country,
                        .destinationRegion = request.region,
                        .buyerVatId = request.buyerVatId,
                        .buyerIsBusiness = request.buyerIsBusiness,
                        .consignmentValueEur = goods,
                        .consignmentValueLocal = goods,
                        .settings = taxData.settings};
  // Only the thresholds that can apply need a rate: IOSS for goods entering the EU, the
  // destination's own low-value threshold for goods sent elsewhere abroad.
  const bool intoEu = tax::isEuForGoods(request.country) && !tax::isEuForGoods(seller.country);
  const bool abroadOutsideEu =
      !tax::isEuForGoods(request.country) && request.country != seller.country;
  if (intoEu && quote.currency != "EUR") {
    const auto& rate =
        rates.add(quote.currency, "EUR",
                  requireRate(db, quote.currency, "EUR", request.date, maxAge), "eur_threshold");
    sale.consignmentValueEur = money::convert(goods, Currency::of("EUR"), rate.rate);
  }
  // Only destinations with a low-value scheme compare the consignment in their own money.
  if (const auto threshold = tax::localThreshold(request.country); threshold && abroadOutsideEu) {
    const std::string local(threshold->currency().code());
    if (local != quote.currency) {
      const auto& rate = rates.add(quote.currency, local,
                                   requireRate(db, quote.currency, local, request.date, maxAge),
                                   "local_threshold");
      sale.consignmentValueLocal = money::convert(goods, threshold->currency(), rate.rate);
    }
  }
  tax::TenantRateSalesTaxProvider salesTax(db);
  quote.decision = tax::decide(sale, salesTax);

  // The rates charged: the destination's, or another country's (the seller's, below the OSS
  // threshold).
  std::optional<tax::RateSet> chargedRates;
  if (quote.decision.chargeTax) {
    if (quote.decision.taxCountry == request.country && quote.decision.taxRegion == request.region)
      chargedRates = destinationRates;
    else
      chargedRates =
          tax::ratesFor(db, quote.decision.taxCountry, quote.decision.taxRegion, request.date);
  }
  const auto charged = [&](const std::string& taxClass) -> std::optional<Decimal> {
    if (!chargedRates)
      return std::nullopt;
    const auto rate = classRate(*chargedRates, taxClass);
    if (!rate) {
      throw Unprocessable(
          "no " + taxClass + " tax rate of " + quote.decision.taxCountry +
              (quote.decision.taxRegion.empty() ? "" : "-" + quote.decision.taxRegion) +
              " is known for " + request.date + "; add it under /api/v1/tax-rates",
          "no_tax_rate");
    }
    noteTaxRate(quote.taxRatesUsed, *rate);
    return rate->rate;
  };

  std::vector<PricedLine> amounts;
  std::vector<std::string> classes;
  for (std::size_t i = 0; i < skus.size(); ++i) {
    const auto& sellable = sellables.at(skus[i]);
    const auto& price = *linePrices[i];
    const auto& quantity = request.lines[i].quantity;
    const auto priced = priceLine({price.amount, price.includesTax, quantity, sellable.taxClass,
                                   charged(sellable.taxClass), includedRate.at(skus[i])});
    quote.lines.push_back({skus[i], sellable.name, quantity, price, sellable.taxClass, priced});
    amounts.push_back(priced);
    classes.push_back(sellable.taxClass);
  }
  if (request.shipping) {
    const auto standard = classRate(destinationRates, "standard");
    const auto priced =
        priceLine({Money::parse(*request.shipping, currency), grossTerms, Decimal::fromInteger(1),
                   "standard", charged("standard"), standard ? standard->rate : Decimal()});
    quote.shipping = priced;
    amounts.push_back(priced);
    classes.push_back("standard");
  }
  quote.totals = sumLines(currency, amounts, classes);
  if (quote.baseCurrency == quote.currency) {
    quote.baseTotals = quote.totals;
    quote.baseTotals->byRate.clear();
  } else {
    const auto& rate = rates.add(
        quote.currency, quote.baseCurrency,
        requireRate(db, quote.currency, quote.baseCurrency, request.date, maxAge), "base_currency");
    quote.baseTotals = convertTotals(*quote.totals, Currency::of(quote.baseCurrency), rate.rate);
  }
  return quote;
}

}  // namespace caravan::pricing
