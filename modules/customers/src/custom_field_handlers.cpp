#include "custom_field_handlers.hpp"

#include <algorithm>
#include <caravan/platform/ids.hpp>
#include <caravan/platform/pagination.hpp>
#include <set>

#include "custom_field_repository.hpp"

namespace caravan::customers {

namespace {

const std::string kPath = "/api/v1/customer-fields/";

JsonObject toJson(const FieldDefinition& field) {
  auto body = makeObject();
  body->set("id", std::to_string(field.id));
  body->set("key", field.key);
  body->set("type", field.type);
  body->set("options", stringArray(field.options));
  body->set("required", field.required);
  body->set("label", field.label ? Poco::Dynamic::Var(*field.label) : Poco::Dynamic::Var());
  body->set("version", field.version);
  body->set("created_at", field.createdAt);
  body->set("updated_at", field.updatedAt);
  return body;
}

/// Reads what a client may write; `key` and `type` only on create. Returns the fields set.
std::vector<std::string> readFields(JsonReader& in, FieldDefinition& field, bool patch) {
  std::vector<std::string> changed;
  if (!patch) {
    field.key = in.requiredString("key", {.minLength = 1, .maxLength = 64});
    if (!field.key.empty()) {
      if (auto refusal = checkFieldKey(field.key))
        in.addError("key", refusal->code, refusal->message);
    }
    field.type = in.requiredString("type", {.minLength = 1, .maxLength = 10});
    const auto& types = fieldTypes();
    if (!field.type.empty() && std::find(types.begin(), types.end(), field.type) == types.end())
      in.addError("type", "invalid_value",
                  "must be string, integer, decimal, boolean, date or enum");
    changed = {"key", "type"};
  } else {
    for (const char* fixed : {"key", "type"}) {
      if (in.has(fixed) || in.isNullGiven(fixed)) {
        in.optionalString(fixed);  // read, so that it is not also called unknown
        in.addError(fixed, "immutable", "cannot be changed; define a new field instead");
      }
    }
  }
  if (in.has("required")) {
    field.required = in.optionalBool("required").value_or(field.required);
    changed.push_back("required");
  } else if (in.isNullGiven("required")) {
    in.addError("required", "required", "must be true or false");
  }
  if (in.isNullGiven("label")) {
    field.label.reset();
    changed.push_back("label");
  } else if (in.has("label")) {
    field.label = in.optionalString("label", {.minLength = 1, .maxLength = 100});
    changed.push_back("label");
  }
  if (in.isNullGiven("options")) {
    field.options.clear();
    changed.push_back("options");
  } else if (in.has("options")) {
    if (auto options = in.optionalStringArray("options", {.minLength = 1, .maxLength = 100}, 100)) {
      const std::set<std::string> unique(options->begin(), options->end());
      if (unique.size() != options->size())
        in.addError("options", "duplicate", "must not repeat a value");
      field.options = *options;
    }
    changed.push_back("options");
  }
  if (field.type == "enum" && field.options.empty())
    in.addError("options", "required", "an enum field needs the values it allows");
  if (field.type != "enum" && !field.options.empty() && in.ok())
    in.addError("options", "not_allowed", "only an enum field has options");
  in.finish();
  return changed;
}

FieldDefinition loadOr404(CustomFieldRepository& fields, std::uint64_t id) {
  auto field = fields.find(id);
  if (!field)
    throw NotFound("no customer field with id " + std::to_string(id));
  return *field;
}

Response withVersion(Response response, std::int64_t version) {
  response.withHeader("ETag", etagFor(version));
  return response;
}

}  // namespace

Response createCustomField(RequestContext& request) {
  auto db = request.tenantDb();
  CustomFieldRepository fields(db);
  JsonReader in(request.jsonBody());
  FieldDefinition field;
  const auto changed = readFields(in, field, false);
  field.id = request.ids().next();
  try {
    fields.insert(field);
  } catch (const db::DuplicateKey& e) {
    if (e.key() != "uq_customer_fields_key")
      throw;
    Conflict conflict("a customer field with key '" + field.key + "' exists", "duplicate");
    conflict.withField({"key", "duplicate", "is already the key of another field"});
    throw conflict;
  }
  field = loadOr404(fields, field.id);
  request.audit({.entityType = "customer_field",
                 .entityId = std::to_string(field.id),
                 .changedFields = changed});
  return withVersion(Response::json(201, toJson(field)), field.version)
      .withHeader("Location", kPath + std::to_string(field.id));
}

Response getCustomField(RequestContext& request) {
  auto db = request.tenantDb();
  CustomFieldRepository fields(db);
  const auto field = loadOr404(fields, request.idParam("id"));
  return withVersion(Response::json(200, toJson(field)), field.version);
}

Response listCustomFields(RequestContext& request) {
  const auto page = PageRequest::from(request);
  auto db = request.tenantDb();
  CustomFieldRepository fields(db);
  return Response::json(200, idPage(fields.list(page.afterId(), page.limit + 1), page,
                                    [](const auto& item) { return toJson(item); }));
}

Response updateCustomField(RequestContext& request) {
  auto db = request.tenantDb();
  CustomFieldRepository fields(db);
  auto field = loadOr404(fields, request.idParam("id"));
  request.requireIfMatch(etagFor(field.version));
  const auto expected = field.version;
  JsonReader in(request.jsonBody());
  const auto changed = readFields(in, field, true);
  if (!fields.update(field, expected))
    throw PreconditionFailed();
  field = loadOr404(fields, field.id);
  request.audit({.entityType = "customer_field",
                 .entityId = std::to_string(field.id),
                 .changedFields = changed});
  return withVersion(Response::json(200, toJson(field)), field.version);
}

Response deleteCustomField(RequestContext& request) {
  auto db = request.tenantDb();
  CustomFieldRepository fields(db);
  const auto field = loadOr404(fields, request.idParam("id"));
  request.requireIfMatch(etagFor(field.version));
  if (!fields.remove(field.id, field.version))
    throw PreconditionFailed();
  request.audit({.entityType = "customer_field", .entityId = std::to_string(field.id)});
  return Response::noContent();
}

}  // namespace caravan::customers
