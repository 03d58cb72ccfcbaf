#include "store_handlers.hpp"

#include <caravan/platform/ids.hpp>
#include <caravan/platform/pagination.hpp>

#include "handler_support.hpp"
#include "legal_entity_repository.hpp"
#include "organization_rules.hpp"
#include "store_repository.hpp"

namespace caravan::organization {

namespace {

const std::string kPath = "/api/v1/stores/";

JsonObject toJson(const Store& store) {
  auto body = makeObject();
  body->set("id", std::to_string(store.id));
  body->set("name", store.name);
  body->set("channel", store.channel);
  body->set("marketplace_id",
            store.marketplaceId ? Poco::Dynamic::Var(*store.marketplaceId) : Poco::Dynamic::Var());
  body->set("country", store.country);
  body->set("currency", store.currency);
  body->set("legal_entity_id", std::to_string(store.legalEntityId));
  body->set("active", store.active);
  body->set("version", store.version);
  body->set("created_at", store.createdAt);
  body->set("updated_at", store.updatedAt);
  return body;
}

JsonObject eventPayload(const Store& store,
                        const std::optional<std::vector<std::string>>& changed = std::nullopt) {
  auto payload = makeObject();
  payload->set("store_id", std::to_string(store.id));
  payload->set("legal_entity_id", std::to_string(store.legalEntityId));
  payload->set("channel", store.channel);
  payload->set("currency", store.currency);
  payload->set("active", store.active);
  if (changed)
    payload->set("changed_fields", stringArray(*changed));
  return payload;
}

/// Reads the fields a client may write into `store` and checks them together, including that the
/// legal entity it names exists in the tenant (share-locked until the request commits, so that it
/// cannot be deleted meanwhile). Returns the names of the fields the request set.
std::vector<std::string> readFields(JsonReader& in, Store& store, bool patch,
                                    LegalEntityRepository& entities) {
  std::vector<std::string> changed;
  FieldReader fields(in, patch, changed);
  fields.text("name", store.name, {.minLength = 1, .maxLength = 100});
  fields.text("channel", store.channel, {.minLength = 1, .maxLength = 20});
  fields.optionalText("marketplace_id", store.marketplaceId, {.minLength = 1, .maxLength = 64});
  fields.text("country", store.country, {.minLength = 1, .maxLength = 10});
  fields.text("currency", store.currency, {.minLength = 1, .maxLength = 10});
  std::string legalEntityId = patch ? std::to_string(store.legalEntityId) : std::string();
  fields.text("legal_entity_id", legalEntityId, {.minLength = 1, .maxLength = 20});
  fields.flag("active", store.active);

  if (fields.changed("channel") && !store.channel.empty()) {
    if (auto error = checkChannel(store.channel))
      fields.addError(*error);
  }
  if (fields.changed("country") && !store.country.empty()) {
    if (auto error = checkCountry("country", store.country))
      fields.addError(*error);
  }
  if (fields.changed("currency") && !store.currency.empty()) {
    if (auto error = checkCurrency("currency", store.currency))
      fields.addError(*error);
  }
  if (fields.changed("legal_entity_id") && !legalEntityId.empty()) {
    const auto id = parseId(legalEntityId);
    if (!id) {
      fields.addError({"legal_entity_id", "invalid_format",
                       "must be the id of a legal entity, a string of digits"});
    } else if (!entities.find(*id, Lock::Share)) {
      fields.addError({"legal_entity_id", "not_found", "names no legal entity of this seller"});
    } else {
      store.legalEntityId = *id;
    }
  }
  in.finish();
  return changed;
}

Conflict duplicateName(const std::string& name) {
  Conflict conflict("a store named '" + name + "' exists", "duplicate");
  conflict.withField({"name", "duplicate", "is already used by another store"});
  return conflict;
}

Store loadOr404(StoreRepository& stores, std::uint64_t id) {
  auto store = stores.find(id);
  if (!store)
    throw NotFound("no store with id " + std::to_string(id));
  return *store;
}

}  // namespace

Response createStore(RequestContext& request) {
  auto db = request.tenantDb();
  LegalEntityRepository entities(db);
  StoreRepository stores(db);
  JsonReader in(request.jsonBody());
  Store store;
  const auto changed = readFields(in, store, false, entities);
  store.id = request.ids().next();
  try {
    stores.insert(store);
  } catch (const db::DuplicateKey& e) {
    if (e.key() == "uq_stores_name")
      throw duplicateName(store.name);
    throw;
  }
  store = loadOr404(stores, store.id);
  request.publish("organization.store.created", eventPayload(store));
  request.audit(
      {.entityType = "store", .entityId = std::to_string(store.id), .changedFields = changed});
  return withVersion(Response::json(201, toJson(store)), store.version)
      .withHeader("Location", kPath + std::to_string(store.id));
}

Response getStore(RequestContext& request) {
  auto db = request.tenantDb();
  StoreRepository stores(db);
  const Store store = loadOr404(stores, request.idParam("id"));
  return withVersion(Response::json(200, toJson(store)), store.version);
}

Response listStores(RequestContext& request) {
  const auto page = PageRequest::from(request);
  auto db = request.tenantDb();
  StoreRepository stores(db);
  return Response::json(200, idPage(stores.list(page.afterId(), page.limit + 1), page,
                                    [](const auto& item) { return toJson(item); }));
}

Response updateStore(RequestContext& request) {
  auto db = request.tenantDb();
  LegalEntityRepository entities(db);
  StoreRepository stores(db);
  Store store = loadOr404(stores, request.idParam("id"));
  request.requireIfMatch(etagFor(store.version));
  const std::int64_t expected = store.version;
  JsonReader in(request.jsonBody());
  const auto changed = readFields(in, store, true, entities);
  try {
    if (!stores.update(store, expected))
      throw PreconditionFailed();
  } catch (const db::DuplicateKey& e) {
    if (e.key() == "uq_stores_name")
      throw duplicateName(store.name);
    throw;
  }
  store = loadOr404(stores, store.id);
  request.publish("organization.store.updated", eventPayload(store, changed));
  request.audit(
      {.entityType = "store", .entityId = std::to_string(store.id), .changedFields = changed});
  return withVersion(Response::json(200, toJson(store)), store.version);
}

Response deleteStore(RequestContext& request) {
  auto db = request.tenantDb();
  StoreRepository stores(db);
  const Store store = loadOr404(stores, request.idParam("id"));
  request.requireIfMatch(etagFor(store.version));
  if (!stores.remove(store.id, store.version))
    throw PreconditionFailed();
  request.publish("organization.store.deleted", eventPayload(store));
  request.audit({.entityType = "store", .entityId = std::to_string(store.id)});
  return Response::noContent();
}

}  // namespace caravan::organization
