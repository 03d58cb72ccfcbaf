#include "price_lookup_handlers.hpp"

#include <Poco/DateTime.h>
#include <Poco/DateTimeFormatter.h>

#include <caravan/catalog/sellables.hpp>
#include <caravan/platform/iso_codes.hpp>
#include <caravan/platform/text.hpp>
#include <caravan/pricing/price_lists.hpp>
#include <caravan/tax/tax.hpp>
#include <cctype>
#include <map>

#include "ecb_import.hpp"
#include "quote_service.hpp"

namespace caravan::pricing {

namespace {

constexpr std::size_t kMaxSkus = 200;

}  // namespace

Response lookupPrices(RequestContext& request, int defaultMaxRateAgeDays) {
  std::vector<FieldError> errors;
  const auto skus = splitList(request.queryParam("sku").value_or(""), ',');
  if (skus.empty())
    errors.push_back({"sku", "required", "name one or more SKUs, separated by commas"});
  if (skus.size() > kMaxSkus)
    errors.push_back({"sku", "too_many", "at most " + std::to_string(kMaxSkus) + " SKUs"});
  const std::string country = request.queryParam("country").value_or("");
  if (!isIsoCountry(country))
    errors.push_back(
        {"country", "unknown_country", "must be an ISO 3166-1 alpha-2 code such as \"DE\""});
  std::string date = Poco::DateTimeFormatter::format(Poco::DateTime(), "%Y-%m-%d");
  if (auto at = request.queryParam("at")) {
    date = isoDate(*at);
    if (date.empty())
      errors.push_back({"at", "invalid_date", "must be a date such as 2024-01-05"});
  }
  if (!errors.empty())
    throw ValidationError(std::move(errors));

  auto db = request.tenantDb();
  const auto market = findMarket(db, country);
  if (!market) {
    throw Unprocessable("no price list serves " + country + " and the tenant has no default list",
                        "no_market");
  }
  PriceContext context{.date = date,
                       .maxRateAgeDays = maxRateAgeDays(db, defaultMaxRateAgeDays),
                       .parentOf = {},
                       .taxRateOf = {}};
  const auto rates = tax::ratesFor(db, country, "", date);
  // SKUs compare without regard to case: ask for each in the catalogue's spelling where it has one.
  std::map<std::string, std::string> storedSpelling;
  for (const auto& sellable :
       catalog::findSellables(db, skus, request.queryParam("language").value_or(""))) {
    storedSpelling.emplace(asciiLower(sellable.sku), sellable.sku);
    if (sellable.parentSku)
      context.parentOf.emplace(sellable.sku, *sellable.parentSku);
    const auto rate = classRate(rates, sellable.taxClass);
    context.taxRateOf.emplace(sellable.sku, rate ? rate->rate : money::Decimal());
  }
  std::vector<std::string> asked;
  for (const auto& sku : skus) {
    const auto stored = storedSpelling.find(asciiLower(sku));
    asked.push_back(stored == storedSpelling.end() ? sku : stored->second);
  }
  const auto prices = findPrices(db, *market, asked, context);

  auto items = makeArray();
  std::vector<std::string> missing;
  for (const auto& sku : asked) {
    const auto found = prices.find(sku);
    if (found == prices.end()) {
      missing.push_back(sku);
      continue;
    }
    const auto& price = found->second;
    auto item = makeObject();
    item->set("sku", sku);
    item->set("amount", price.amount.toString());
    item->set("currency", std::string(price.amount.currency().code()));
    item->set("includes_tax", price.includesTax);
    item->set("source", price.converted ? "converted" : "list");
    item->set("price_list_id", std::to_string(price.priceListId));
    item->set("priced_sku", price.pricedSku);
    item->set("valid_from", price.validFrom);
    if (price.rate) {
      auto rate = makeObject();
      rate->set("from", std::string(price.sourceAmount.currency().code()));
      rate->set("source_amount", price.sourceAmount.toString());
      rate->set("rate", price.rate->rate.toString());
      rate->set("rate_date", price.rate->rateDate);
      rate->set("source", price.rate->source);
      item->set("conversion", rate);
    }
    items->add(item);
  }
  auto body = makeObject();
  body->set("country", country);
  body->set("date", date);
  body->set("price_list_id", std::to_string(market->list.id));
  body->set("currency", market->list.currency);
  body->set("items", items);
  body->set("missing", stringArray(missing));
  return Response::json(200, body);
}

}  // namespace caravan::pricing
