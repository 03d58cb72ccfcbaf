#include "rate_handlers.hpp"

#include <caravan/platform/pagination.hpp>
#include <caravan/pricing/exchange_rates.hpp>
#include <caravan/pricing/price_lists.hpp>

#include "rate_repository.hpp"

namespace caravan::pricing {

namespace {

/// Parses a rate file by its media type (or, for a fetched file, by its content).
ParsedRates parseRateFile(std::string_view body, const std::string& type) {
  const auto is = [&](const char* media) { return type.rfind(media, 0) == 0; };
  try {
    if (is("application/xml") || is("text/xml"))
      return parseEcbXml(body);
    if (is("text/csv"))
      return parseEcbCsv(body);
  } catch (const ImportError& e) {
    throw ValidationError("body", "invalid_file", e.what());
  }
  throw UnsupportedMediaType(
      "application/xml (ECB XML), text/csv (ECB CSV) or application/json "
      "({\"url\": ...})");
}

}  // namespace

Response importRates(RequestContext& request, const FetchPolicy& fetchPolicy) {
  const std::string type = request.header("Content-Type").value_or("");
  ParsedRates parsed;
  std::optional<std::string> fetchedFrom;
  if (type.rfind("application/json", 0) == 0) {
    JsonReader in(request.jsonBody());
    const auto url = in.requiredString("url", {.minLength = 8, .maxLength = 2000});
    in.finish();
    const auto file = fetchRateFile(url, fetchPolicy);
    // Servers label CSV and XML loosely (application/octet-stream, text/plain): look inside.
    const auto start = file.body.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    const bool xml = start != std::string::npos && file.body[start] == '<';
    try {
      parsed = parseRateFile(file.body, xml ? "application/xml" : "text/csv");
    } catch (const ValidationError& e) {
      throw ValidationError(
          "url", "invalid_file",
          "the fetched file is not an ECB rate file: " +
              (e.fieldErrors().empty() ? std::string(e.what()) : e.fieldErrors().front().message));
    }
    fetchedFrom = url;
  } else {
    parsed = parseRateFile(request.body(), type);
  }
  const std::string source = request.queryParam("source").value_or("ECB");
  if (source.empty() || source.size() > 32)
    throw ValidationError("source", "invalid_length", "must be 1 to 32 characters");
  auto db = request.tenantDb();
  storeRates(db, source, "EUR", parsed);
  request.audit({.entityType = "exchange_rates", .entityId = source, .changedFields = {"rates"}});
  auto body = makeObject();
  body->set("stored", static_cast<Poco::UInt64>(parsed.rows.size()));
  body->set("days", static_cast<Poco::UInt64>(parsed.days.size()));
  body->set("currencies", static_cast<Poco::UInt64>(parsed.currencies.size()));
  body->set("first_date", *parsed.days.begin());
  body->set("last_date", *parsed.days.rbegin());
  body->set("source", source);
  if (fetchedFrom)
    body->set("url", *fetchedFrom);
  return Response::json(200, body);
}

Response listCurrencies(RequestContext&) {
  auto items = makeArray();
  for (const auto& currency : money::Currency::all()) {
    auto item = makeObject();
    item->set("code", std::string(currency.code()));
    item->set("minor_units", currency.minorUnits());
    items->add(item);
  }
  auto body = makeObject();
  body->set("items", items);
  return Response::json(200, body);
}

Response listRates(RequestContext& request) {
  const auto page = PageRequest::from(request, 100, 1000);
  std::vector<FieldError> errors;
  std::string sql =
      "SELECT valid_from, base, quote, rate, source FROM exchange_rates WHERE tenant_id = ?";
  db::Params params;
  for (const char* column : {"base", "quote"}) {
    if (auto code = request.queryParam(column)) {
      if (code->size() != 3)
        errors.push_back({column, "invalid_currency", "must be a three-letter code"});
      sql += std::string(" AND ") + column + " = ?";
      params.push_back(*code);
    }
  }
  for (const auto& [name, op] : {std::pair{"from", ">="}, std::pair{"to", "<="}}) {
    if (auto text = request.queryParam(name)) {
      const std::string date = isoDate(*text);
      if (date.empty())
        errors.push_back({name, "invalid_date", "must be a date such as 2024-01-05"});
      sql += std::string(" AND valid_from ") + op + " ?";
      params.push_back(date);
    }
  }
  if (page.after.size() == 3) {
    // Continue after (date, base, quote) in the descending order below.
    sql += " AND (valid_from, base, quote) < (?, ?, ?)";
    for (const auto& key : page.after)
      params.emplace_back(std::in_place_type<std::string>, key);
  } else if (!page.after.empty()) {
    errors.push_back({"cursor", "invalid_cursor", "is not a cursor returned by this API"});
  }
  if (!errors.empty())
    throw ValidationError(std::move(errors));
  sql += " ORDER BY valid_from DESC, base DESC, quote DESC LIMIT ?";
  params.push_back(static_cast<std::int64_t>(page.limit + 1));
  auto db = request.tenantDb();
  auto rows = db.query(sql, params);
  const auto render = [](db::Rows& rows) {
    auto item = makeObject();
    item->set("date", rows.string(1));
    item->set("base", rows.string(2));
    item->set("quote", rows.string(3));
    item->set("rate", money::Decimal::parse(rows.string(4)).toString());
    item->set("source", rows.string(5));
    return item;
  };
  const auto keysOf = [](db::Rows& rows) {
    return std::vector<std::string>{rows.string(1), rows.string(2), rows.string(3)};
  };
  return Response::json(200, rowsPage(rows, page, render, keysOf));
}

Response convertAmount(RequestContext& request, int defaultMaxRateAgeDays) {
  std::vector<FieldError> errors;
  const auto param = [&](const char* name) -> std::string {
    auto value = request.queryParam(name);
    if (!value || value->empty())
      errors.push_back({name, "required", "is required"});
    return value.value_or("");
  };
  const std::string amountText = param("amount"), fromText = param("from"), toText = param("to"),
                    atText = param("at");
  std::optional<money::Currency> from, to;
  try {
    if (!fromText.empty())
      from = money::Currency::of(fromText);
  } catch (const money::MoneyError& e) {
    errors.push_back({"from", "unknown_currency", e.what()});
  }
  try {
    if (!toText.empty())
      to = money::Currency::of(toText);
  } catch (const money::MoneyError& e) {
    errors.push_back({"to", "unknown_currency", e.what()});
  }
  std::optional<money::Money> amount;
  if (from && !amountText.empty()) {
    try {
      amount = money::Money::parse(amountText, *from);
    } catch (const money::MoneyError& e) {
      errors.push_back({"amount", "invalid_amount", e.what()});
    }
  }
  const std::string at = atText.empty() ? "" : isoDate(atText);
  if (!atText.empty() && at.empty())
    errors.push_back({"at", "invalid_date", "must be a date such as 2024-01-05"});
  if (!errors.empty())
    throw ValidationError(std::move(errors));

  auto db = request.tenantDb();
  const auto rate =
      requireRate(db, fromText, toText, at, maxRateAgeDays(db, defaultMaxRateAgeDays));
  const auto converted = money::convert(*amount, *to, rate.rate);
  auto body = makeObject();
  body->set("amount", converted.toString());
  body->set("currency", std::string(to->code()));
  body->set("rate", rate.rate.toString());
  body->set("rate_date", rate.rateDate);
  body->set("source", rate.source);
  return Response::json(200, body);
}

}  // namespace caravan::pricing
