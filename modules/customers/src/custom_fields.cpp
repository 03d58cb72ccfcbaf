#include "custom_fields.hpp"

#include <algorithm>
#include <caravan/platform/utf8.hpp>
#include <map>

namespace caravan::customers {

namespace {

constexpr std::size_t kMaxStringValue = 1000;

bool isDigit(char c) {
  return c >= '0' && c <= '9';
}

bool isDecimalText(const std::string& text) {
  std::size_t i = text.empty() || text[0] != '-' ? 0 : 1;
  const std::size_t intStart = i;
  while (i < text.size() && isDigit(text[i]))
    ++i;
  const std::size_t intDigits = i - intStart;
  if (intDigits == 0 || intDigits > 20)
    return false;
  if (i == text.size())
    return true;
  if (text[i] != '.')
    return false;
  const std::size_t fracStart = ++i;
  while (i < text.size() && isDigit(text[i]))
    ++i;
  return i == text.size() && i - fracStart >= 1 && i - fracStart <= 12;
}

bool isCalendarDate(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-')
    return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!isDigit(text[i]))
      return false;
  }
  const int year = std::stoi(text.substr(0, 4));
  const int month = std::stoi(text.substr(5, 2));
  const int day = std::stoi(text.substr(8, 2));
  if (year < 1 || month < 1 || month > 12 || day < 1)
    return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

std::size_t codePoints(const std::string& text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

/// The stored value of one attribute, or the error that refuses it.
std::optional<FieldError> checkValue(const FieldDefinition& field, const Poco::Dynamic::Var& value,
                                     const std::string& path) {
  const auto wrongType = [&](const std::string& expected) {
    return FieldError{path, "invalid_type", "must be " + expected};
  };
  if (field.type == "integer") {
    if (!value.isInteger() || value.isBoolean())
      return wrongType("a whole number");
    return std::nullopt;
  }
  if (field.type == "boolean") {
    if (!value.isBoolean())
      return wrongType("true or false");
    return std::nullopt;
  }
  if (!value.isString()) {
    if (field.type == "decimal")
      return wrongType("a decimal number written as a string, such as \"12.50\"");
    if (field.type == "date")
      return wrongType("a date written as \"YYYY-MM-DD\"");
    return wrongType("a string");
  }
  const std::string text = value.extract<std::string>();
  if (!isValidUtf8(text))
    return FieldError{path, "invalid_encoding", "must be valid UTF-8"};
  if (field.type == "decimal" && !isDecimalText(text))
    return FieldError{path, "invalid_decimal",
                      "must be a decimal number such as \"12.50\" (at most 12 decimals)"};
  if (field.type == "date" && !isCalendarDate(text))
    return FieldError{path, "invalid_value", "must be a calendar date written as \"YYYY-MM-DD\""};
  if (field.type == "enum" &&
      std::find(field.options.begin(), field.options.end(), text) == field.options.end()) {
    std::string allowed;
    for (const auto& option : field.options)
      allowed += (allowed.empty() ? "" : ", ") + option;
    return FieldError{path, "invalid_value", "must be one of: " + allowed};
  }
  if (field.type == "string" && codePoints(text) > kMaxStringValue)
    return FieldError{path, "too_long", "must be at most 1000 characters"};
  return std::nullopt;
}

}  // namespace

const std::vector<std::string>& fieldTypes() {
  static const std::vector<std::string> types = {"string",  "integer", "decimal",
                                                 "boolean", "date",    "enum"};
  return types;
}

std::optional<Refusal> checkFieldKey(const std::string& key) {
  const bool good = !key.empty() && key.size() <= 64 && key[0] >= 'a' && key[0] <= 'z' &&
                    std::all_of(key.begin(), key.end(), [](char c) {
                      return (c >= 'a' && c <= 'z') || isDigit(c) || c == '_';
                    });
  if (!good)
    return Refusal{"invalid_format",
                   "must be a lower-case letter then up to 63 of a-z, 0-9 and _ (\"loyalty_no\")"};
  return std::nullopt;
}

CheckedAttributes checkAttributes(const JsonObject& given,
                                  const std::vector<FieldDefinition>& definitions) {
  CheckedAttributes result;
  std::map<std::string, const FieldDefinition*> byKey;
  for (const auto& definition : definitions)
    byKey[definition.key] = &definition;

  std::map<std::string, Poco::Dynamic::Var> kept;  // sorted: the stored text is canonical
  if (given) {
    std::vector<std::string> names;
    given->getNames(names);
    for (const auto& key : names) {
      const std::string path = "custom_attributes/" + key;
      if (given->isNull(key))
        continue;
      const auto field = byKey.find(key);
      if (field == byKey.end()) {
        result.errors.push_back(
            {path, "undefined_field",
             "is not a custom field of this seller (define it at /api/v1/customer-fields)"});
        continue;
      }
      const auto value = given->get(key);
      if (auto error = checkValue(*field->second, value, path)) {
        result.errors.push_back(*error);
        continue;
      }
      kept[key] = value;
    }
  }
  for (const auto& definition : definitions) {
    const std::string path = "custom_attributes/" + definition.key;
    const bool reported = std::any_of(result.errors.begin(), result.errors.end(),
                                      [&](const FieldError& error) { return error.field == path; });
    if (definition.required && !kept.count(definition.key) && !reported)
      result.errors.push_back({path, "required", "is required for every customer"});
  }
  if (kept.empty()) {
    result.json = "{}";  // most customers of most sellers: no stream needed to write it
    return result;
  }
  auto stored = makeObject();
  for (const auto& [key, value] : kept)
    stored->set(key, value);
  result.json = toJson(stored);
  return result;
}

}  // namespace caravan::customers
