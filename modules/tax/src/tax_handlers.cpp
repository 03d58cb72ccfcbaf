#include "tax_handlers.hpp"

#include <algorithm>
#include <caravan/platform/ids.hpp>
#include <caravan/platform/iso_codes.hpp>
#include <caravan/platform/pagination.hpp>
#include <caravan/tax/tax.hpp>
#include <set>
#include <tuple>

#include "rate_table.hpp"
#include "tax_repository.hpp"
#include "territory.hpp"

namespace caravan::tax {

namespace {

const std::string kRates = "/api/v1/tax-rates/";

Poco::Dynamic::Var orNull(const std::optional<std::string>& value) {
  return value ? Poco::Dynamic::Var(*value) : Poco::Dynamic::Var();
}

JsonObject toJson(const TaxRate& rate) {
  auto body = makeObject();
  body->set("id", rate.id ? Poco::Dynamic::Var(std::to_string(rate.id)) : Poco::Dynamic::Var());
  body->set("country", rate.country);
  body->set("region", rate.region);
  body->set("rate_class", rate.rateClass);
  body->set("rate", rate.rate.toString());
  body->set("valid_from", rate.validFrom);
  body->set("valid_to", orNull(rate.validTo));
  body->set("tax_name", rate.taxName);
  body->set("source", rate.source);
  return body;
}

JsonObject toJson(const TaxSettings& settings) {
  auto body = makeObject();
  body->set("oss_registered", settings.ossRegistered);
  body->set("eu_distance_sales_above_threshold", settings.euDistanceSalesAboveThreshold);
  body->set("ioss_number", orNull(settings.iossNumber));
  body->set("registered_countries", stringArray(settings.registeredCountries));
  body->set("version", settings.version);
  return body;
}

/// The sort key of the list: tenant rows first, then shipped ones, each by
/// (country, region, class, valid_from).
std::vector<std::string> sortKey(const TaxRate& rate) {
  return {rate.source, rate.country, rate.region, rate.rateClass, rate.validFrom};
}

bool isIossNumber(const std::string& text) {
  return text.size() == 12 && text.compare(0, 2, "IM") == 0 &&
         std::all_of(text.begin() + 2, text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

TaxRate loadOr404(TenantRateRepository& rates, std::uint64_t id) {
  auto rate = rates.find(id);
  if (!rate)
    throw NotFound("no tax rate of this tenant with id " + std::to_string(id));
  return *rate;
}

/// The default tax name of a new rate: what the shipped data calls the country's tax.
std::string defaultTaxName(const std::string& country, const std::string& region) {
  if (country == "US")
    return "sales tax";
  for (const auto& rate : shippedRates()) {
    if (rate.country == country && rate.region == region)
      return rate.taxName;
  }
  for (const auto& rate : shippedRates()) {
    if (rate.country == country)
      return rate.taxName;
  }
  return "VAT";
}

}  // namespace

Response listRates(RequestContext& request) {
  const auto page = PageRequest::from(request, 100, 500);
  std::vector<FieldError> errors;
  RateFilter filter;
  filter.country = request.queryParam("country");
  if (filter.country && filter.country->empty())
    filter.country.reset();
  if (filter.country && !isIsoCountry(*filter.country))
    errors.push_back({"country", "unknown_country", "must be an ISO 3166-1 alpha-2 code"});
  filter.region = request.queryParam("region");
  if (filter.region && !filter.region->empty() &&
      (filter.region->size() > 3 ||
       !std::all_of(filter.region->begin(), filter.region->end(),
                    [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }))) {
    errors.push_back({"region", "invalid_format", "must be empty or 1 to 3 capitals or digits"});
  }
  filter.rateClass = request.queryParam("class");
  if (filter.rateClass && filter.rateClass->empty())
    filter.rateClass.reset();
  if (filter.rateClass) {
    const auto& classes = rateClasses();
    if (std::find(classes.begin(), classes.end(), *filter.rateClass) == classes.end())
      errors.push_back({"class", "invalid_value",
                        "must be one of standard, reduced, reduced2, super_reduced, zero"});
  }
  filter.date = request.queryParam("date");
  if (filter.date && filter.date->empty())
    filter.date.reset();
  if (filter.date && !isIsoDate(*filter.date))
    errors.push_back({"date", "invalid_date", "must be a date such as 2024-01-05"});
  auto source = request.queryParam("source");
  if (source && source->empty())
    source.reset();
  if (source && *source != "shipped" && *source != "tenant")
    errors.push_back({"source", "invalid_value", "must be shipped or tenant"});
  if (!page.after.empty() &&
      (page.after.size() != 5 || (page.after[0] != "tenant" && page.after[0] != "shipped"))) {
    errors.push_back({"cursor", "invalid_cursor", "is not a cursor returned by this API"});
  }
  if (!errors.empty())
    throw ValidationError(std::move(errors));

  const bool continuesShipped = !page.after.empty() && page.after[0] == "shipped";
  std::vector<TaxRate> found;
  if (source.value_or("tenant") == "tenant" && !continuesShipped) {
    std::vector<std::string> after;
    if (!page.after.empty())
      after.assign(page.after.begin() + 1, page.after.end());
    auto db = request.tenantDb();
    found = TenantRateRepository(db).list(filter, after, page.limit + 1);
  }
  if (found.size() <= page.limit && source.value_or("shipped") == "shipped") {
    std::vector<TaxRate> shipped;
    for (const auto& rate : shippedRates()) {
      if ((!filter.country || rate.country == *filter.country) &&
          (!filter.region || rate.region == *filter.region) &&
          (!filter.rateClass || rate.rateClass == *filter.rateClass) &&
          (!filter.date || rate.appliesOn(*filter.date)) &&
          (!continuesShipped || sortKey(rate) > page.after)) {
        shipped.push_back(rate);
      }
    }
    std::sort(shipped.begin(), shipped.end(),
              [](const TaxRate& a, const TaxRate& b) { return sortKey(a) < sortKey(b); });
    for (auto& rate : shipped) {
      if (found.size() > page.limit)
        break;
      found.push_back(std::move(rate));
    }
  }
  std::optional<std::vector<std::string>> next;
  if (found.size() > page.limit) {
    found.resize(page.limit);
    next = sortKey(found.back());
  }
  auto items = makeArray();
  for (const auto& rate : found)
    items->add(toJson(rate));
  return Response::json(200, pageBody(items, next));
}

Response createRate(RequestContext& request) {
  JsonReader in(request.jsonBody());
  TaxRate rate;
  rate.country = in.requiredString("country", {.minLength = 1, .maxLength = 10});
  rate.region = in.optionalString("region", {.minLength = 0, .maxLength = 10}).value_or("");
  rate.rateClass = in.requiredString("rate_class", {.minLength = 1, .maxLength = 20});
  const std::string rateText = in.requiredDecimal("rate", money::Decimal::kScale);
  rate.validFrom = in.requiredString("valid_from", {.minLength = 1, .maxLength = 10});
  if (!in.isNullGiven("valid_to"))
    rate.validTo = in.optionalString("valid_to", {.minLength = 1, .maxLength = 10});
  const auto taxName = in.optionalString("tax_name", {.minLength = 1, .maxLength = 32});
  rate.source = "tenant";
  // The rules, for the fields that were readable (a missing one is already reported).
  const std::set<std::string> unread = {
      rate.country.empty() ? "country" : "", rate.rateClass.empty() ? "rate_class" : "",
      rateText.empty() ? "rate" : "", rate.validFrom.empty() ? "valid_from" : ""};
  rate.taxName = taxName.value_or("-");
  for (const auto& error : checkRate(rate, rateText)) {
    if (!unread.count(error.field))
      in.addError(error.field, error.code, error.message);
  }
  in.finish();
  rate.rate = money::Decimal::parse(rateText);
  rate.taxName = taxName.value_or(defaultTaxName(rate.country, rate.region));
  rate.id = request.ids().next();

  auto db = request.tenantDb();
  TaxSettingsRepository(db).lockTenant();
  TenantRateRepository rates(db);
  if (const auto clash = rates.overlapping(rate)) {
    throw Conflict("the tenant already has a " + clash->rateClass + " rate for " + clash->country +
                       (clash->region.empty() ? "" : "-" + clash->region) + " from " +
                       clash->validFrom + " (id " + std::to_string(clash->id) +
                       ") whose days overlap these; end or delete it first",
                   "overlapping_rate");
  }
  rates.insert(rate);
  const TaxRate stored = loadOr404(rates, rate.id);
  auto event = makeObject();
  event->set("tax_rate_id", std::to_string(stored.id));
  event->set("country", stored.country);
  event->set("region", stored.region);
  event->set("rate_class", stored.rateClass);
  request.publish("tax.rate.created", event);
  request.audit({.entityType = "tax_rate",
                 .entityId = std::to_string(stored.id),
                 .changedFields = {"country", "region", "rate_class", "rate", "valid_from",
                                   "valid_to", "tax_name"}});
  return Response::json(201, toJson(stored))
      .withHeader("Location", kRates + std::to_string(stored.id));
}

Response getRate(RequestContext& request) {
  auto db = request.tenantDb();
  TenantRateRepository rates(db);
  return Response::json(200, toJson(loadOr404(rates, request.idParam("id"))));
}

Response deleteRate(RequestContext& request) {
  auto db = request.tenantDb();
  TenantRateRepository rates(db);
  const TaxRate rate = loadOr404(rates, request.idParam("id"));
  if (!rates.remove(rate.id))
    throw NotFound("no tax rate of this tenant with id " + std::to_string(rate.id));
  auto event = makeObject();
  event->set("tax_rate_id", std::to_string(rate.id));
  event->set("country", rate.country);
  event->set("region", rate.region);
  event->set("rate_class", rate.rateClass);
  request.publish("tax.rate.deleted", event);
  request.audit({.entityType = "tax_rate", .entityId = std::to_string(rate.id)});
  return Response::noContent();
}

Response getSettings(RequestContext& request) {
  auto db = request.tenantDb();
  const TaxSettings settings = loadTaxSettings(db);
  return Response::json(200, toJson(settings)).withHeader("ETag", etagFor(settings.version));
}

Response updateSettings(RequestContext& request) {
  auto db = request.tenantDb();
  TaxSettingsRepository repository(db);
  const TaxSettings current = repository.load();
  request.requireIfMatch(etagFor(current.version));

  JsonReader in(request.jsonBody());
  TaxSettings settings;
  settings.ossRegistered = in.optionalBool("oss_registered").value_or(false);
  settings.euDistanceSalesAboveThreshold =
      in.optionalBool("eu_distance_sales_above_threshold").value_or(false);
  if (!in.isNullGiven("ioss_number")) {
    settings.iossNumber = in.optionalString("ioss_number", {.minLength = 1, .maxLength = 40});
    if (settings.iossNumber) {
      std::string normal;
      for (char c : *settings.iossNumber) {
        if (c != ' ')
          normal += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
      }
      settings.iossNumber = normal;
      if (!isIossNumber(normal)) {
        in.addError("ioss_number", "invalid_format",
                    "must be IM followed by 10 digits (\"IM2760000000\")");
      }
    }
  }
  const auto countries =
      in.optionalStringArray("registered_countries", {.minLength = 1, .maxLength = 5}, 300);
  if (countries) {
    for (std::size_t i = 0; i < countries->size(); ++i) {
      const std::string& code = (*countries)[i];
      const bool usState = code.size() == 5 && code.compare(0, 3, "US-") == 0 &&
                           isUsState(std::string_view(code).substr(3));
      if (!usState && !isIsoCountry(code)) {
        in.addError("registered_countries/" + std::to_string(i), "unknown_country",
                    "must be an ISO 3166-1 alpha-2 code (\"GB\") or a US state as \"US-CA\"");
      } else if (!settings.registeredIn(code)) {
        settings.registeredCountries.push_back(code);
      }
    }
  }
  in.finish();

  repository.lockTenant();
  if (!repository.save(settings, current.version))
    throw PreconditionFailed();
  const TaxSettings saved = repository.load();
  auto event = makeObject();
  event->set("version", saved.version);
  request.publish("tax.settings.updated", event);
  request.audit({.entityType = "tax_settings",
                 .entityId = "tax_settings",
                 .changedFields = {"oss_registered", "eu_distance_sales_above_threshold",
                                   "ioss_number", "registered_countries"}});
  return Response::json(200, toJson(saved)).withHeader("ETag", etagFor(saved.version));
}

Response checkVatIdRoute(RequestContext& request) {
  const VatIdCheck check = checkVatId(request.pathParam("vat_id"));
  auto body = makeObject();
  body->set("valid", check.valid);
  body->set("normalized", check.normalized);
  body->set("country",
            check.country.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(check.country));
  body->set("error_code",
            check.errorCode.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(check.errorCode));
  body->set("error_message", check.errorMessage.empty() ? Poco::Dynamic::Var()
                                                        : Poco::Dynamic::Var(check.errorMessage));
  return Response::json(200, body);
}

}  // namespace caravan::tax
