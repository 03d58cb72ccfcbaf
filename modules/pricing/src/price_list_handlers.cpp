#include "price_list_handlers.hpp"

#include <algorithm>
#include <caravan/platform/ids.hpp>
#include <caravan/platform/iso_codes.hpp>
#include <caravan/platform/pagination.hpp>

#include "ecb_import.hpp"
#include "price_list_repository.hpp"
#include "price_points.hpp"

namespace caravan::pricing {

namespace {

constexpr std::size_t kMaxPricesPerRequest = 10'000;

Poco::Dynamic::Var optionalText(const std::optional<money::Decimal>& value) {
  return value ? Poco::Dynamic::Var(value->toString()) : Poco::Dynamic::Var();
}

JsonObject toJson(const PriceList& list) {
  auto body = makeObject();
  body->set("id", std::to_string(list.id));
  body->set("name", list.name);
  body->set("currency", list.currency);
  body->set("prices_include_tax", list.pricesIncludeTax);
  body->set("countries", stringArray(list.countries));
  body->set("default", list.isDefault);
  if (list.pricePointStep || list.pricePointEnding) {
    auto point = makeObject();
    point->set("step", optionalText(list.pricePointStep));
    point->set("ending", optionalText(list.pricePointEnding));
    body->set("price_point", point);
  } else {
    body->set("price_point", Poco::Dynamic::Var());
  }
  body->set("version", list.version);
  body->set("created_at", list.createdAt);
  body->set("updated_at", list.updatedAt);
  return body;
}

std::optional<money::Decimal> readDecimal(JsonReader& in, const char* key) {
  auto text = in.optionalDecimal(key, 4);
  return text ? std::optional(money::Decimal::parse(*text)) : std::nullopt;
}

/// Reads the writable fields into `list`: all required ones on create; on PATCH only those given.
/// Returns the names of the fields set.
std::vector<std::string> readFields(JsonReader& in, PriceList& list, bool patch) {
  std::vector<std::string> changed;
  const auto wants = [&](const char* key) {
    const bool given = !patch || in.has(key) || in.isNullGiven(key);
    if (given)
      changed.push_back(key);
    return given;
  };
  if (wants("name"))
    list.name = in.requiredString("name", {.minLength = 1, .maxLength = 100});
  if (wants("currency")) {
    list.currency = in.requiredString("currency", {.minLength = 3, .maxLength = 3});
    if (!list.currency.empty() && !isIsoCurrency(list.currency))
      in.addError("currency", "unknown_currency", "must be an ISO 4217 code such as \"EUR\"");
  }
  if (wants("prices_include_tax")) {
    auto flag = in.optionalBool("prices_include_tax");
    if (!flag)
      in.addError("prices_include_tax", "required", "must be true (gross) or false (net)");
    list.pricesIncludeTax = flag.value_or(false);
  }
  if (!patch || in.has("default") || in.isNullGiven("default")) {
    list.isDefault = in.optionalBool("default").value_or(false);
    changed.push_back("default");
  }
  if (!patch || in.has("countries") || in.isNullGiven("countries")) {
    auto countries = in.optionalStringArray("countries", {.minLength = 2, .maxLength = 2}, 300)
                         .value_or(std::vector<std::string>{});
    for (std::size_t i = 0; i < countries.size(); ++i) {
      if (!isIsoCountry(countries[i])) {
        in.addError("countries/" + std::to_string(i), "unknown_country",
                    "must be an ISO 3166-1 alpha-2 code such as \"DE\"");
      }
    }
    std::sort(countries.begin(), countries.end());
    if (std::adjacent_find(countries.begin(), countries.end()) != countries.end())
      in.addError("countries", "duplicate", "names a country twice");
    list.countries = countries;
    changed.push_back("countries");
  }
  if (in.isNullGiven("price_point")) {
    list.pricePointStep.reset();
    list.pricePointEnding.reset();
    changed.push_back("price_point");
  } else if (in.has("price_point")) {
    list.pricePointStep.reset();
    list.pricePointEnding.reset();
    in.withObject("price_point", false, [&](JsonReader& point) {
      list.pricePointStep = readDecimal(point, "step");
      list.pricePointEnding = readDecimal(point, "ending");
    });
    changed.push_back("price_point");
  } else {
    in.withObject("price_point", false, [](JsonReader&) {});
  }
  if (!list.isDefault && list.countries.empty() && in.ok())
    in.addError("countries", "required", "a list that is not the default must name its countries");
  if (in.ok() && (list.pricePointStep || list.pricePointEnding)) {
    const auto problem = pricePointProblem({list.pricePointStep, list.pricePointEnding},
                                           money::Currency::of(list.currency));
    if (!problem.empty())
      in.addError("price_point", "invalid_price_point", problem);
  }
  in.finish();
  return changed;
}

/// The conflict a duplicate key stands for, naming the field.
[[noreturn]] void rethrowDuplicate(const db::DuplicateKey& e, const PriceList& list) {
  if (e.key() == "uq_price_lists_name") {
    Conflict conflict("a price list named '" + list.name + "' exists", "duplicate");
    conflict.withField({"name", "duplicate", "is already used by another price list"});
    throw conflict;
  }
  if (e.key() == "uq_price_lists_default") {
    Conflict conflict("the tenant has a default price list already", "duplicate");
    conflict.withField({"default", "duplicate", "another list is the default"});
    throw conflict;
  }
  if (e.key() == "PRIMARY") {
    Conflict conflict("a country of this list belongs to another price list", "duplicate");
    conflict.withField({"countries", "duplicate", "a country belongs to another list"});
    throw conflict;
  }
  throw e;
}

PriceList loadOr404(PriceListRepository& lists, std::uint64_t id) {
  auto list = lists.find(id);
  if (!list)
    throw NotFound("no price list with id " + std::to_string(id));
  return *list;
}

Response withVersion(Response response, std::int64_t version) {
  response.withHeader("ETag", etagFor(version));
  return response;
}

JsonObject eventPayload(const PriceList& list) {
  auto payload = makeObject();
  payload->set("price_list_id", std::to_string(list.id));
  payload->set("currency", list.currency);
  return payload;
}

}  // namespace

Response createPriceList(RequestContext& request) {
  JsonReader in(request.jsonBody());
  PriceList list;
  const auto changed = readFields(in, list, false);
  list.id = request.ids().next();
  auto db = request.tenantDb();
  PriceListRepository lists(db);
  try {
    lists.insert(list);
  } catch (const db::DuplicateKey& e) {
    rethrowDuplicate(e, list);
  }
  list = loadOr404(lists, list.id);
  request.publish("pricing.price_list.created", eventPayload(list));
  request.audit({"price_list", std::to_string(list.id), changed});
  return withVersion(Response::json(201, toJson(list)), list.version)
      .withHeader("Location", "/api/v1/price-lists/" + std::to_string(list.id));
}

Response listPriceLists(RequestContext& request) {
  const auto page = PageRequest::from(request);
  auto db = request.tenantDb();
  PriceListRepository lists(db);
  return Response::json(200, idPage(lists.list(page.afterId(), page.limit + 1), page,
                                    [](const PriceList& list) { return toJson(list); }));
}

Response getPriceList(RequestContext& request) {
  auto db = request.tenantDb();
  PriceListRepository lists(db);
  const auto list = loadOr404(lists, request.idParam("id"));
  return withVersion(Response::json(200, toJson(list)), list.version);
}

Response updatePriceList(RequestContext& request) {
  auto db = request.tenantDb();
  PriceListRepository lists(db);
  PriceList list = loadOr404(lists, request.idParam("id"));
  request.requireIfMatch(etagFor(list.version));
  const auto expected = list.version;
  const std::string currency = list.currency;
  JsonReader in(request.jsonBody());
  const auto changed = readFields(in, list, true);
  try {
    if (!lists.update(list, expected))
      throw PreconditionFailed();
  } catch (const db::DuplicateKey& e) {
    rethrowDuplicate(e, list);
  }
  if (list.currency != currency) {
    // Stored prices are amounts of the old currency: changing it would silently re-price them.
    if (!lists.prices(list.id, std::nullopt, {}, 1).empty()) {
      Conflict conflict("the list has prices in " + currency + "; make a new list instead",
                        "has_prices");
      conflict.withField({"currency", "has_prices", "cannot change while the list has prices"});
      throw conflict;
    }
  }
  list = loadOr404(lists, list.id);
  request.publish("pricing.price_list.updated", eventPayload(list));
  request.audit({"price_list", std::to_string(list.id), changed});
  return withVersion(Response::json(200, toJson(list)), list.version);
}

Response deletePriceList(RequestContext& request) {
  auto db = request.tenantDb();
  PriceListRepository lists(db);
  const auto list = loadOr404(lists, request.idParam("id"));
  request.requireIfMatch(etagFor(list.version));
  if (!lists.remove(list.id, list.version))
    throw PreconditionFailed();
  request.publish("pricing.price_list.deleted", eventPayload(list));
  request.audit({"price_list", std::to_string(list.id), {}});
  return Response::noContent();
}

Response storePrices(RequestContext& request) {
  auto db = request.tenantDb();
  PriceListRepository lists(db);
  const auto list = loadOr404(lists, request.idParam("id"));
  const auto currency = money::Currency::of(list.currency);
  JsonReader in(request.jsonBody());
  std::vector<StoredPrice> prices;
  std::set<std::pair<std::string, std::string>> seen;
  in.forEachObject("prices", true, kMaxPricesPerRequest, [&](JsonReader& item) {
    StoredPrice price;
    price.sku = item.requiredString("sku", {.minLength = 1, .maxLength = 64});
    const auto amount = item.requiredDecimal("amount", 4);
    const auto validFrom = item.requiredString("valid_from", {.minLength = 10, .maxLength = 10});
    price.validFrom = isoDate(validFrom);
    if (!validFrom.empty() && price.validFrom.empty())
      item.addError("valid_from", "invalid_date", "must be a date such as 2024-01-05");
    if (!amount.empty()) {
      try {
        const auto money = money::Money::parse(amount, currency);
        if (money.isNegative())
          item.addError("amount", "negative", "must not be negative");
        price.amount = money.toString();
      } catch (const money::MoneyError&) {
        item.addError("amount", "too_precise",
                      "has more decimals than " + list.currency + " has minor units");
      }
    }
    if (!price.sku.empty() && !price.validFrom.empty() &&
        !seen.insert({price.sku, price.validFrom}).second) {
      item.addError("sku", "duplicate", "the same SKU and date appear twice");
    }
    prices.push_back(std::move(price));
  });
  in.finish();
  lists.storePrices(list.id, prices);
  request.publish("pricing.prices.stored", eventPayload(list));
  request.audit({"price_list", std::to_string(list.id), {"prices"}});
  auto body = makeObject();
  body->set("stored", static_cast<Poco::UInt64>(prices.size()));
  return Response::json(200, body);
}

Response listPrices(RequestContext& request) {
  const auto page = PageRequest::from(request, 100, 1000);
  auto db = request.tenantDb();
  PriceListRepository lists(db);
  const auto list = loadOr404(lists, request.idParam("id"));
  if (!page.after.empty() && page.after.size() != 2)
    throw ValidationError("cursor", "invalid_cursor", "was not made by this list");
  auto found = lists.prices(list.id, request.queryParam("sku"), page.after, page.limit + 1);
  std::optional<std::vector<std::string>> next;
  if (found.size() > page.limit) {
    found.resize(page.limit);
    next = std::vector<std::string>{found.back().sku, found.back().validFrom};
  }
  const auto currency = money::Currency::of(list.currency);
  auto items = makeArray();
  for (const auto& price : found) {
    auto item = makeObject();
    item->set("sku", price.sku);
    item->set("amount", money::Money::parse(price.amount, currency).toString());
    item->set("currency", list.currency);
    item->set("valid_from", price.validFrom);
    items->add(item);
  }
  return Response::json(200, pageBody(items, next));
}

Response getPricingSettings(RequestContext& request, int defaultMaxRateAgeDays) {
  auto db = request.tenantDb();
  auto rows =
      db.query("SELECT max_rate_age_days, version FROM pricing_settings WHERE tenant_id = ?");
  const bool stored = rows.next();
  auto body = makeObject();
  body->set("max_rate_age_days", stored ? rows.int64(1) : std::int64_t{defaultMaxRateAgeDays});
  body->set("version", stored ? rows.int64(2) : std::int64_t{0});
  return withVersion(Response::json(200, body), stored ? rows.int64(2) : 0);
}

Response putPricingSettings(RequestContext& request, int defaultMaxRateAgeDays) {
  auto db = request.tenantDb();
  auto rows = db.query("SELECT version FROM pricing_settings WHERE tenant_id = ? FOR UPDATE");
  const std::int64_t version = rows.next() ? rows.int64(1) : 0;
  request.requireIfMatch(etagFor(version));
  JsonReader in(request.jsonBody());
  const auto maxAge = in.requiredInt("max_rate_age_days", 0, 366);
  in.finish();
  db.execute(
      "INSERT INTO pricing_settings (tenant_id, max_rate_age_days, version, updated_at) "
      "VALUES (?, ?, 1, UTC_TIMESTAMP(6)) ON DUPLICATE KEY UPDATE "
      "max_rate_age_days = VALUES(max_rate_age_days), version = version + 1, "
      "updated_at = VALUES(updated_at)",
      {maxAge});
  request.audit({"pricing_settings", "", {"max_rate_age_days"}});
  return getPricingSettings(request, defaultMaxRateAgeDays);
}

}  // namespace caravan::pricing
