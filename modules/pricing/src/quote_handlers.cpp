#include "quote_handlers.hpp"

#include <Poco/DateTime.h>
#include <Poco/DateTimeFormatter.h>

#include <caravan/platform/ids.hpp>
#include <caravan/platform/iso_codes.hpp>
#include <caravan/platform/pagination.hpp>

#include "ecb_import.hpp"
#include "quote_service.hpp"

namespace caravan::pricing {

namespace {

constexpr std::size_t kMaxLines = 500;

std::string today() {
  return Poco::DateTimeFormatter::format(Poco::DateTime(), "%Y-%m-%d");
}

/// An id written as a JSON string of digits.
std::optional<std::uint64_t> parseId(const std::string& text) {
  if (text.empty() || text.size() > 20 || text.find_first_not_of("0123456789") != std::string::npos)
    return std::nullopt;
  try {
    const auto id = std::stoull(text);
    return id ? std::optional(id) : std::nullopt;
  } catch (const std::out_of_range&) {
    return std::nullopt;
  }
}

QuoteRequest readRequest(JsonReader& in, bool& save) {
  QuoteRequest request;
  save = in.optionalBool("save").value_or(false);
  const auto storeId = in.requiredString("store_id", {.minLength = 1, .maxLength = 20});
  if (!storeId.empty()) {
    if (auto id = parseId(storeId))
      request.storeId = *id;
    else
      in.addError("store_id", "invalid_id", "must be the id of a store");
  }
  in.withObject("destination", true, [&](JsonReader& destination) {
    request.country = destination.requiredString("country", {.minLength = 2, .maxLength = 2});
    if (!request.country.empty() && !isIsoCountry(request.country)) {
      destination.addError("country", "unknown_country",
                           "must be an ISO 3166-1 alpha-2 code such as \"DE\"");
    }
    request.region =
        destination.optionalString("region", {.minLength = 1, .maxLength = 3}).value_or("");
    if (request.region.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") !=
        std::string::npos)
      destination.addError("region", "invalid_format", "must be a subdivision code such as \"ON\"");
  });
  in.withObject("buyer", false, [&](JsonReader& buyer) {
    request.buyerVatId = buyer.optionalString("vat_id", {.minLength = 4, .maxLength = 20});
    request.buyerIsBusiness =
        buyer.optionalBool("is_business").value_or(request.buyerVatId.has_value());
  });
  if (auto date = in.optionalString("date", {.minLength = 10, .maxLength = 10})) {
    request.date = isoDate(*date);
    if (request.date.empty())
      in.addError("date", "invalid_date", "must be a date such as 2024-01-05");
  } else {
    request.date = today();
  }
  request.language = in.optionalString("language", {.minLength = 2, .maxLength = 12}).value_or("");
  request.shipping = in.optionalDecimal("shipping", 4);
  if (request.shipping && request.shipping->front() == '-')
    in.addError("shipping", "negative", "must not be negative");
  in.forEachObject("lines", true, kMaxLines, [&](JsonReader& line) {
    QuoteRequest::Line item;
    item.sku = line.requiredString("sku", {.minLength = 1, .maxLength = 64});
    const auto quantity = line.requiredDecimal("quantity", 6);
    item.unitPrice = line.optionalDecimal("unit_price", 4);
    if (item.unitPrice && item.unitPrice->front() == '-')
      line.addError("unit_price", "negative", "must not be negative");
    if (!quantity.empty()) {
      item.quantity = money::Decimal::parse(quantity);
      if (!(money::Decimal() < item.quantity))
        line.addError("quantity", "not_positive", "must be greater than zero");
    }
    request.lines.push_back(std::move(item));
  });
  if (request.lines.empty() && in.ok())
    in.addError("lines", "required", "must name at least one line");
  in.finish();
  return request;
}

JsonObject totalsJson(const QuoteTotals& totals, const std::string& currency) {
  auto body = makeObject();
  body->set("currency", currency);
  body->set("net", totals.net.toString());
  body->set("tax", totals.tax.toString());
  body->set("gross", totals.gross.toString());
  return body;
}

JsonObject amountsJson(JsonObject body, const PricedLine& amounts) {
  body->set("tax_rate", amounts.rate.toString());
  body->set("net", amounts.net.toString());
  body->set("tax", amounts.tax.toString());
  body->set("gross", amounts.gross.toString());
  return body;
}

JsonObject toJson(const Quote& quote, std::optional<std::uint64_t> savedAs = std::nullopt) {
  auto body = makeObject();
  if (savedAs)
    body->set("id", std::to_string(*savedAs));
  body->set("date", quote.date);
  body->set("store_id", std::to_string(quote.storeId));
  body->set("legal_entity_id", std::to_string(quote.legalEntityId));
  body->set("price_list_id", quote.priceListId
                                 ? Poco::Dynamic::Var(std::to_string(quote.priceListId))
                                 : Poco::Dynamic::Var());
  body->set("currency", quote.currency);
  body->set("base_currency", quote.baseCurrency);

  auto decision = makeObject();
  decision->set("rule", quote.decision.rule);
  decision->set("charge_tax", quote.decision.chargeTax);
  decision->set("tax_country", quote.decision.taxCountry);
  decision->set("tax_region", quote.decision.taxRegion);
  decision->set("invoice_note", quote.decision.invoiceNote);
  if (const auto& vat = quote.decision.buyerVatId) {
    auto check = makeObject();
    check->set("valid", vat->valid);
    check->set("normalized", vat->normalized);
    check->set("error_code", vat->errorCode);
    decision->set("buyer_vat_id", check);
  }
  body->set("tax_decision", decision);

  auto lines = makeArray();
  for (const auto& line : quote.lines) {
    auto item = makeObject();
    item->set("sku", line.sku);
    item->set("name", line.name);
    item->set("quantity", line.quantity.toString());
    item->set("unit_price", line.price.amount.toString());
    item->set("price_includes_tax", line.price.includesTax);
    item->set("price_source", line.price.manual      ? "manual"
                              : line.price.converted ? "converted"
                                                     : "list");
    item->set("price_list_id", line.price.priceListId
                                   ? Poco::Dynamic::Var(std::to_string(line.price.priceListId))
                                   : Poco::Dynamic::Var());
    item->set("priced_sku", line.price.pricedSku);
    item->set("price_valid_from", line.price.validFrom.empty()
                                      ? Poco::Dynamic::Var()
                                      : Poco::Dynamic::Var(line.price.validFrom));
    item->set("tax_class", line.taxClass);
    lines->add(amountsJson(item, line.amounts));
  }
  body->set("lines", lines);
  body->set("shipping", quote.shipping
                            ? Poco::Dynamic::Var(amountsJson(makeObject(), *quote.shipping))
                            : Poco::Dynamic::Var());

  auto summary = makeArray();
  for (const auto& part : quote.totals->byRate) {
    auto item = makeObject();
    item->set("tax_class", part.taxClass);
    item->set("rate", part.rate.toString());
    item->set("net", part.net.toString());
    item->set("tax", part.tax.toString());
    summary->add(item);
  }
  body->set("tax_summary", summary);
  body->set("totals", totalsJson(*quote.totals, quote.currency));
  body->set("base_totals", totalsJson(*quote.baseTotals, quote.baseCurrency));

  auto usedRates = makeArray();
  for (const auto& used : quote.ratesUsed) {
    auto item = makeObject();
    item->set("from", used.from);
    item->set("to", used.to);
    item->set("rate", used.rate.rate.toString());
    item->set("rate_date", used.rate.rateDate);
    item->set("source", used.rate.source);
    item->set("purpose", used.purpose);
    usedRates->add(item);
  }
  body->set("exchange_rates_used", usedRates);
  auto taxRates = makeArray();
  for (const auto& rate : quote.taxRatesUsed) {
    auto item = makeObject();
    item->set("country", rate.country);
    item->set("region", rate.region);
    item->set("rate_class", rate.rateClass);
    item->set("rate", rate.rate.toString());
    item->set("tax_name", rate.taxName);
    item->set("valid_from", rate.validFrom);
    item->set("source", rate.source);
    taxRates->add(item);
  }
  body->set("tax_rates_used", taxRates);
  return body;
}

}  // namespace

Response createQuote(RequestContext& request, int defaultMaxRateAgeDays) {
  JsonReader in(request.jsonBody());
  bool save = false;
  const QuoteRequest quoteRequest = readRequest(in, save);
  auto db = request.tenantDb();
  const Quote quote = priceQuote(db, quoteRequest, defaultMaxRateAgeDays);
  if (!save)
    return Response::json(200, toJson(quote));

  const std::uint64_t id = request.ids().next();
  auto saved = toJson(quote, id);
  // The buyer's VAT id number is not kept: see the quotes migration.
  if (saved->getObject("tax_decision")->has("buyer_vat_id"))
    saved->getObject("tax_decision")->getObject("buyer_vat_id")->remove("normalized");
  db.execute(
      "INSERT INTO quotes (tenant_id, id, store_id, quote_date, destination_country, currency, "
      "gross, tax_rule, document, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(6))",
      {id, quote.storeId, quote.date, quoteRequest.country, quote.currency,
       quote.totals->gross.toString(), quote.decision.rule, caravan::toJson(saved)});
  auto payload = makeObject();
  payload->set("quote_id", std::to_string(id));
  payload->set("store_id", std::to_string(quote.storeId));
  request.publish("pricing.quote.saved", payload);
  request.audit({"quote", std::to_string(id), {"document"}});
  return Response::json(201, saved).withHeader("Location", "/api/v1/quotes/" + std::to_string(id));
}

Response getQuote(RequestContext& request) {
  auto db = request.tenantDb();
  const auto id = request.idParam("id");
  auto rows = db.query("SELECT document FROM quotes WHERE tenant_id = ? AND id = ?", {id});
  if (!rows.next())
    throw NotFound("no saved quote with id " + std::to_string(id));
  Response response;
  response.body = rows.string(1);
  return response;
}

Response listQuotes(RequestContext& request) {
  const auto page = PageRequest::from(request);
  auto db = request.tenantDb();
  db::Params params;
  std::string select =
      "SELECT id, store_id, quote_date, destination_country, currency, gross, tax_rule, "
      "created_at FROM quotes WHERE tenant_id = ?";
  if (auto store = request.queryParam("store_id")) {
    const auto storeId = parseId(*store);
    if (!storeId)
      throw ValidationError("store_id", "invalid_id", "must be the id of a store");
    select += " AND store_id = ?";
    params.push_back(*storeId);
  }
  auto rows = db.newestFirst(select, page.afterId(), page.limit + 1, params);
  return Response::json(
      200,
      rowsPage(
          rows, page,
          [](db::Rows& row) {
            auto item = makeObject();
            item->set("id", row.string(1));
            item->set("store_id", row.string(2));
            item->set("date", row.string(3));
            item->set("destination_country", row.string(4));
            item->set("currency", row.string(5));
            item->set(
                "gross",
                money::Money::parse(row.string(6), money::Currency::of(row.string(5))).toString());
            item->set("tax_rule", row.string(7));
            item->set("created_at", isoUtc(row.string(8)));
            return item;
          },
          [](db::Rows& row) { return std::vector<std::string>{row.string(1)}; }));
}

}  // namespace caravan::pricing
