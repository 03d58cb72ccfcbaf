#pragma once

#include <caravan/customers/refusal.hpp>
#include <caravan/platform/errors.hpp>
#include <caravan/platform/json.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace caravan::customers {

/// A custom attribute a tenant defines for its customers ("loyalty_number", "segment").
struct FieldDefinition {
  std::uint64_t id = 0;
  std::string key;                   ///< a-z, 0-9 and _, starting with a letter, at most 64
  std::string type;                  ///< string, integer, decimal, boolean, date or enum
  std::vector<std::string> options;  ///< the values an enum allows; empty for other types
  bool required = false;
  std::optional<std::string> label;
  std::int64_t version = 1;
  std::string createdAt;
  std::string updatedAt;
};

/// The types a custom field may have.
const std::vector<std::string>& fieldTypes();

/// Refusal `invalid_format` unless `key` is a letter then up to 63 of a-z 0-9 _.
std::optional<Refusal> checkFieldKey(const std::string& key);

/// Custom attributes checked against the tenant's definitions.
struct CheckedAttributes {
  std::string json = "{}";  ///< the attributes as stored: keys sorted, nulls dropped
  std::vector<FieldError> errors;
};

/// Checks `given` (a JSON object, or null for none) against `definitions`: every key must be
/// defined (`undefined_field`), every value of its field's type (`invalid_type`, `invalid_value`
/// for a date or enum value that is not one), every required field present (`required`). Errors
/// name `custom_attributes/<key>`. Decimals are strings ("12.50"), never binary numbers; dates
/// are "YYYY-MM-DD". A null value is the same as leaving the key out.
CheckedAttributes checkAttributes(const JsonObject& given,
                                  const std::vector<FieldDefinition>& definitions);

}  // namespace caravan::customers
