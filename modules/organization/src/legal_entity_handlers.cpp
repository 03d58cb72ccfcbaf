#include "legal_entity_handlers.hpp"

#include <caravan/platform/ids.hpp>
#include <caravan/platform/pagination.hpp>

#include "handler_support.hpp"
#include "legal_entity_repository.hpp"
#include "organization_rules.hpp"

namespace caravan::organization {

namespace {

const std::string kPath = "/api/v1/legal-entities/";

Poco::Dynamic::Var orNull(const std::optional<std::string>& value) {
  return value ? Poco::Dynamic::Var(*value) : Poco::Dynamic::Var();
}

JsonObject toJson(const LegalEntity& entity) {
  auto address = makeObject();
  address->set("line1", entity.registeredAddress.line1);
  address->set("line2", orNull(entity.registeredAddress.line2));
  address->set("postal_code", orNull(entity.registeredAddress.postalCode));
  address->set("city", entity.registeredAddress.city);
  address->set("region", orNull(entity.registeredAddress.region));

  auto body = makeObject();
  body->set("id", std::to_string(entity.id));
  body->set("registered_name", entity.registeredName);
  body->set("country", entity.country);
  body->set("registered_address", address);
  body->set("vat_id", orNull(entity.vatId));
  body->set("other_tax_id", orNull(entity.otherTaxId));
  body->set("base_currency", entity.baseCurrency);
  body->set("invoice_series_prefix", entity.invoiceSeriesPrefix);
  body->set("version", entity.version);
  body->set("created_at", entity.createdAt);
  body->set("updated_at", entity.updatedAt);
  return body;
}

/// Events carry what consumers key on (country, currency, invoice series), never the registered
/// name or address: a sole trader's are personal data.
JsonObject eventPayload(const LegalEntity& entity,
                        const std::optional<std::vector<std::string>>& changed = std::nullopt) {
  auto payload = makeObject();
  payload->set("legal_entity_id", std::to_string(entity.id));
  payload->set("country", entity.country);
  payload->set("base_currency", entity.baseCurrency);
  payload->set("invoice_series_prefix", entity.invoiceSeriesPrefix);
  if (changed)
    payload->set("changed_fields", stringArray(*changed));
  return payload;
}

/// Reads the fields a client may write into `entity` and checks them together, so that one
/// answer names every problem. Returns the names of the fields the request set.
std::vector<std::string> readFields(JsonReader& in, LegalEntity& entity, bool patch) {
  std::vector<std::string> changed;
  FieldReader fields(in, patch, changed);
  fields.text("registered_name", entity.registeredName, {.minLength = 1, .maxLength = 200});
  fields.text("country", entity.country, {.minLength = 1, .maxLength = 10});

  const auto readAddress = [&](JsonReader& nested) {
    FieldReader address(nested, patch, changed, "registered_address/");
    Address& target = entity.registeredAddress;
    address.text("line1", target.line1, {.minLength = 1, .maxLength = 200});
    address.optionalText("line2", target.line2, {.minLength = 1, .maxLength = 200});
    address.optionalText("postal_code", target.postalCode, {.minLength = 1, .maxLength = 20});
    address.text("city", target.city, {.minLength = 1, .maxLength = 100});
    address.optionalText("region", target.region, {.minLength = 1, .maxLength = 100});
  };
  if (!patch) {
    in.withObject("registered_address", true, readAddress);
  } else if (in.isNullGiven("registered_address")) {
    in.addError("registered_address", "required", "cannot be cleared");
  } else {
    in.withObject("registered_address", false, readAddress);
  }

  fields.optionalText("vat_id", entity.vatId, {.minLength = 1, .maxLength = 40});
  fields.optionalText("other_tax_id", entity.otherTaxId, {.minLength = 1, .maxLength = 64});
  fields.text("base_currency", entity.baseCurrency, {.minLength = 1, .maxLength = 10});
  fields.textWithDefault("invoice_series_prefix", entity.invoiceSeriesPrefix,
                         {.minLength = 1, .maxLength = 20});

  // The rules, for the fields this request set (a stored value is not judged again).
  bool countryOk = true;
  if (fields.changed("country") && !entity.country.empty()) {
    if (auto error = checkCountry("country", entity.country)) {
      fields.addError(*error);
      countryOk = false;
    }
  }
  if (fields.changed("base_currency") && !entity.baseCurrency.empty()) {
    if (auto error = checkCurrency("base_currency", entity.baseCurrency))
      fields.addError(*error);
  }
  if (fields.changed("invoice_series_prefix") && !entity.invoiceSeriesPrefix.empty()) {
    if (auto error = checkInvoiceSeriesPrefix(entity.invoiceSeriesPrefix))
      fields.addError(*error);
  }
  if (entity.vatId && fields.changed("vat_id"))
    entity.vatId = normalizeVatId(*entity.vatId);
  if (entity.vatId && countryOk && (fields.changed("vat_id") || fields.changed("country"))) {
    if (auto error = checkVatId(*entity.vatId, entity.country)) {
      if (!fields.changed("vat_id")) {
        // Only the country moved: the stored VAT id no longer fits it.
        error->field = "country";
        error->message = "does not match the VAT id, whose prefix is " +
                         entity.vatId->substr(0, 2) + "; change vat_id in the same request";
      }
      fields.addError(*error);
    }
  }
  in.finish();
  return changed;
}

LegalEntity loadOr404(LegalEntityRepository& entities, std::uint64_t id, Lock lock = Lock::None) {
  auto entity = entities.find(id, lock);
  if (!entity)
    throw NotFound("no legal entity with id " + std::to_string(id));
  return *entity;
}

}  // namespace

Response createLegalEntity(RequestContext& request) {
  JsonReader in(request.jsonBody());
  LegalEntity entity;
  entity.invoiceSeriesPrefix = kDefaultInvoiceSeriesPrefix;
  const auto changed = readFields(in, entity, false);
  entity.id = request.ids().next();
  auto db = request.tenantDb();
  LegalEntityRepository entities(db);
  entities.insert(entity);
  entity = loadOr404(entities, entity.id);
  request.publish("organization.legal_entity.created", eventPayload(entity));
  request.audit({.entityType = "legal_entity",
                 .entityId = std::to_string(entity.id),
                 .changedFields = changed});
  return withVersion(Response::json(201, toJson(entity)), entity.version)
      .withHeader("Location", kPath + std::to_string(entity.id));
}

Response getLegalEntity(RequestContext& request) {
  auto db = request.tenantDb();
  LegalEntityRepository entities(db);
  const LegalEntity entity = loadOr404(entities, request.idParam("id"));
  return withVersion(Response::json(200, toJson(entity)), entity.version);
}

Response listLegalEntities(RequestContext& request) {
  const auto page = PageRequest::from(request);
  auto db = request.tenantDb();
  LegalEntityRepository entities(db);
  return Response::json(200, idPage(entities.list(page.afterId(), page.limit + 1), page,
                                    [](const auto& item) { return toJson(item); }));
}

Response updateLegalEntity(RequestContext& request) {
  auto db = request.tenantDb();
  LegalEntityRepository entities(db);
  LegalEntity entity = loadOr404(entities, request.idParam("id"));
  request.requireIfMatch(etagFor(entity.version));
  const std::int64_t expected = entity.version;
  JsonReader in(request.jsonBody());
  const auto changed = readFields(in, entity, true);
  if (!entities.update(entity, expected))
    throw PreconditionFailed();
  entity = loadOr404(entities, entity.id);
  request.publish("organization.legal_entity.updated", eventPayload(entity, changed));
  request.audit({.entityType = "legal_entity",
                 .entityId = std::to_string(entity.id),
                 .changedFields = changed});
  return withVersion(Response::json(200, toJson(entity)), entity.version);
}

Response deleteLegalEntity(RequestContext& request) {
  auto db = request.tenantDb();
  LegalEntityRepository entities(db);
  // Locked from the start, so that "*" deletes whatever version is current.
  const LegalEntity entity = loadOr404(entities, request.idParam("id"), Lock::Update);
  request.requireIfMatch(etagFor(entity.version));
  switch (entities.remove(entity.id, entity.version)) {
    case RemoveOutcome::Removed:
      break;
    case RemoveOutcome::Stale:
      throw PreconditionFailed();
    case RemoveOutcome::InUse:
      throw Conflict("stores still name this legal entity; move or delete them first", "in_use");
  }
  request.publish("organization.legal_entity.deleted", eventPayload(entity));
  request.audit({.entityType = "legal_entity", .entityId = std::to_string(entity.id)});
  return Response::noContent();
}

}  // namespace caravan::organization
