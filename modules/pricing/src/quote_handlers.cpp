#include "quote_handlers.hpp"

#include <Poco/DateTime.h>
#include <Poco/DateTimeFormatter.h>

#include <caravan/platform/ids.hpp>
#include <caravan/platform/iso_codes.hpp>
#include <caravan/platform/json_writer.hpp>
#include <caravan/platform/pagination.hpp>
#include <caravan/platform/text.hpp>

#include "ecb_import.hpp"
#include "quote_service.hpp"

namespace caravan::pricing {

namespace {

constexpr std::size_t kMaxLines = 500;

std::string today() {
  return Poco::DateTimeFormatter::format(Poco::DateTime(), "%Y-%m-%d");
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

void writeTotals(JsonWriter& json, const QuoteTotals& totals, const std::string& currency) {
  json.beginObject()
      .field("currency", currency)
      .field("net", totals.net.toString())
      .field("tax", totals.tax.toString())
      .field("gross", totals.gross.toString())
      .endObject();
}

void writeAmounts(JsonWriter& json, const PricedLine& amounts) {
  json.field("tax_rate", amounts.rate.toString())
      .field("net", amounts.net.toString())
      .field("tax", amounts.tax.toString())
      .field("gross", amounts.gross.toString());
}

std::optional<std::string> idText(std::uint64_t id) {
  return id ? std::optional(std::to_string(id)) : std::nullopt;
}

/// The quote as JSON. Written directly rather than through a JSON tree: a 50-line quote is the
/// hot path its benchmark measures. `withVatId` false leaves out the buyer's VAT id number
/// (saved quotes do not keep it).
std::string toJson(const Quote& quote, std::optional<std::uint64_t> savedAs, bool withVatId) {
  JsonWriter json;
  json.beginObject();
  if (savedAs)
    json.field("id", std::to_string(*savedAs));
  json.field("date", quote.date)
      .field("store_id", std::to_string(quote.storeId))
      .field("legal_entity_id", std::to_string(quote.legalEntityId))
      .field("price_list_id", idText(quote.priceListId))
      .field("currency", quote.currency)
      .field("base_currency", quote.baseCurrency);

  const auto& decision = quote.decision;
  json.key("tax_decision")
      .beginObject()
      .field("rule", decision.rule)
      .field("charge_tax", decision.chargeTax)
      .field("tax_country", decision.taxCountry)
      .field("tax_region", decision.taxRegion)
      .field("invoice_note", decision.invoiceNote);
  if (const auto& vat = decision.buyerVatId) {
    json.key("buyer_vat_id").beginObject().field("valid", vat->valid);
    if (withVatId)
      json.field("normalized", vat->normalized);
    json.field("error_code", vat->errorCode).endObject();
  }
  json.endObject();

  json.key("lines").beginArray();
  for (const auto& line : quote.lines) {
    const auto& price = line.price;
    json.beginObject()
        .field("sku", line.sku)
        .field("name", line.name)
        .field("quantity", line.quantity.toString())
        .field("unit_price", price.amount.toString())
        .field("price_includes_tax", price.includesTax)
        .field("price_source", price.manual      ? "manual"
                               : price.converted ? "converted"
                                                 : "list")
        .field("price_list_id", idText(price.priceListId))
        .field("priced_sku", price.pricedSku)
        .field("price_valid_from",
               price.validFrom.empty() ? std::nullopt : std::optional(price.validFrom))
        .field("tax_class", line.taxClass);
    writeAmounts(json, line.amounts);
    json.endObject();
  }
  json.endArray();
  json.key("shipping");
  if (quote.shipping) {
    json.beginObject();
    writeAmounts(json, *quote.shipping);
    json.endObject();
  } else {
    json.null();
  }

  json.key("tax_summary").beginArray();
  for (const auto& part : quote.totals->byRate) {
    json.beginObject()
        .field("tax_class", part.taxClass)
        .field("rate", part.rate.toString())
        .field("net", part.net.toString())
        .field("tax", part.tax.toString())
        .endObject();
  }
  json.endArray();
  json.key("totals");
  writeTotals(json, *quote.totals, quote.currency);
  json.key("base_totals");
  writeTotals(json, *quote.baseTotals, quote.baseCurrency);

  json.key("exchange_rates_used").beginArray();
  for (const auto& used : quote.ratesUsed) {
    json.beginObject()
        .field("from", used.from)
        .field("to", used.to)
        .field("rate", used.rate.rate.toString())
        .field("rate_date", used.rate.rateDate)
        .field("source", used.rate.source)
        .field("purpose", used.purpose)
        .endObject();
  }
  json.endArray();
  json.key("tax_rates_used").beginArray();
  for (const auto& rate : quote.taxRatesUsed) {
    json.beginObject()
        .field("country", rate.country)
        .field("region", rate.region)
        .field("rate_class", rate.rateClass)
        .field("rate", rate.rate.toString())
        .field("tax_name", rate.taxName)
        .field("valid_from", rate.validFrom)
        .field("source", rate.source)
        .endObject();
  }
  json.endArray();
  json.endObject();
  return json.take();
}

Response jsonText(int status, std::string body) {
  Response response;
  response.status = status;
  response.body = std::move(body);
  return response;
}

}  // namespace

Response createQuote(RequestContext& request, int defaultMaxRateAgeDays) {
  JsonReader in(request.jsonBody());
  bool save = false;
  const QuoteRequest quoteRequest = readRequest(in, save);
  auto db = request.tenantDb();
  const Quote quote = priceQuote(db, quoteRequest, defaultMaxRateAgeDays);
  if (!save)
    return jsonText(200, toJson(quote, std::nullopt, true));

  const std::uint64_t id = request.ids().next();
  // The buyer's VAT id number is not kept: see the quotes migration.
  const std::string document = toJson(quote, id, false);
  db.execute(
      "INSERT INTO quotes (tenant_id, id, store_id, quote_date, destination_country, currency, "
      "gross, tax_rule, document, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(6))",
      {id, quote.storeId, quote.date, quoteRequest.country, quote.currency,
       quote.totals->gross.toString(), quote.decision.rule, document});
  auto payload = makeObject();
  payload->set("quote_id", std::to_string(id));
  payload->set("store_id", std::to_string(quote.storeId));
  request.publish("pricing.quote.saved", payload);
  request.audit({"quote", std::to_string(id), {"document"}});
  return jsonText(201, document).withHeader("Location", "/api/v1/quotes/" + std::to_string(id));
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
