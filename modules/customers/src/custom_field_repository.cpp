#include "custom_field_repository.hpp"

#include <Poco/JSON/Parser.h>

#include <caravan/platform/json.hpp>

namespace caravan::customers {

namespace {

constexpr const char* kColumns =
    "SELECT id, field_key, type, options, required, label, version, created_at, updated_at "
    "FROM customer_fields ";

db::Param optionsParam(const FieldDefinition& field) {
  if (field.options.empty())
    return nullptr;
  return toJson(stringArray(field.options));
}

FieldDefinition read(db::Rows& rows) {
  FieldDefinition field;
  field.id = rows.uint64(1);
  field.key = rows.string(2);
  field.type = rows.string(3);
  if (auto options = rows.optionalString(4)) {
    Poco::JSON::Parser parser;
    auto array = parser.parse(*options).extract<Poco::JSON::Array::Ptr>();
    for (unsigned i = 0; i < array->size(); ++i)
      field.options.push_back(array->getElement<std::string>(i));
  }
  field.required = rows.boolean(5);
  field.label = rows.optionalString(6);
  field.version = rows.int64(7);
  field.createdAt = isoUtc(rows.string(8));
  field.updatedAt = isoUtc(rows.string(9));
  return field;
}

}  // namespace

void CustomFieldRepository::insert(const FieldDefinition& field) {
  db_.execute(
      "INSERT INTO customer_fields (tenant_id, id, field_key, type, options, required, label, "
      "version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, UTC_TIMESTAMP(6), "
      "UTC_TIMESTAMP(6))",
      {field.id, field.key, field.type, optionsParam(field), field.required,
       field.label ? db::Param{*field.label} : db::Param{nullptr}});
}

std::optional<FieldDefinition> CustomFieldRepository::find(std::uint64_t id) {
  auto rows = db_.query(std::string(kColumns) + "WHERE tenant_id = ? AND id = ?", {id});
  if (!rows.next())
    return std::nullopt;
  return read(rows);
}

std::vector<FieldDefinition> CustomFieldRepository::all() {
  auto rows = db_.query(std::string(kColumns) + "WHERE tenant_id = ? ORDER BY field_key");
  std::vector<FieldDefinition> fields;
  while (rows.next())
    fields.push_back(read(rows));
  return fields;
}

std::vector<FieldDefinition> CustomFieldRepository::list(std::optional<std::uint64_t> beforeId,
                                                         std::size_t limit) {
  auto rows = db_.newestFirst(std::string(kColumns) + "WHERE tenant_id = ?", beforeId, limit);
  std::vector<FieldDefinition> fields;
  while (rows.next())
    fields.push_back(read(rows));
  return fields;
}

bool CustomFieldRepository::update(const FieldDefinition& field, std::int64_t expectedVersion) {
  return db_.execute(
             "UPDATE customer_fields SET options = ?, required = ?, label = ?, "
             "version = version + 1, updated_at = UTC_TIMESTAMP(6) "
             "WHERE tenant_id = ? AND id = ? AND version = ?",
             {optionsParam(field), field.required,
              field.label ? db::Param{*field.label} : db::Param{nullptr}, field.id,
              expectedVersion}) == 1;
}

bool CustomFieldRepository::remove(std::uint64_t id, std::int64_t expectedVersion) {
  return db_.execute("DELETE FROM customer_fields WHERE tenant_id = ? AND id = ? AND version = ?",
                     {id, expectedVersion}) == 1;
}

}  // namespace caravan::customers
