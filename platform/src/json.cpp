#include <Poco/JSON/JSONException.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <algorithm>
#include <caravan/platform/json.hpp>
#include <caravan/platform/text.hpp>
#include <caravan/platform/utf8.hpp>
#include <sstream>

namespace caravan {

JsonObject makeObject() {
  return new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
}
JsonArray makeArray() {
  return new Poco::JSON::Array(Poco::JSON_PRESERVE_KEY_ORDER);
}

std::string toJson(const JsonObject& object) {
  std::ostringstream out;
  object->stringify(out);
  return out.str();
}

std::string toJson(const JsonArray& array) {
  std::ostringstream out;
  array->stringify(out);
  return out.str();
}

std::string isoUtc(const std::string& databaseDatetime) {
  std::string text = databaseDatetime;
  if (text.size() > 10 && text[10] == ' ')
    text[10] = 'T';
  return text + "Z";
}

JsonObject parseJsonObject(std::string_view body) {
  if (body.empty())
    throw BadRequest("the request body is empty; a JSON object is expected", "malformed_json");
  Poco::Dynamic::Var value;
  try {
    Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(true));  // keep key order
    value = parser.parse(std::string(body));
  } catch (const Poco::Exception& e) {
    // Poco cannot parse a bare scalar (42, "text", null); such a body is valid JSON of the wrong
    // shape, which the client should hear as such rather than as malformed.
    try {
      Poco::JSON::Parser wrapped;
      wrapped.parse("[" + std::string(body) + "]");
    } catch (const Poco::Exception&) {
      throw BadRequest("the request body is not valid JSON: " + e.message(), "malformed_json");
    }
    throw ValidationError("", "invalid_type", "the request body must be a JSON object");
  }
  if (value.type() != typeid(Poco::JSON::Object::Ptr)) {
    throw ValidationError("", "invalid_type", "the request body must be a JSON object");
  }
  return value.extract<Poco::JSON::Object::Ptr>();
}

namespace {

std::size_t codePoints(const std::string& text) {
  std::size_t count = 0;
  for (unsigned char c : text)
    count += (c & 0xC0) != 0x80;
  return count;
}

}  // namespace

JsonReader::JsonReader(JsonObject object)
    : JsonReader(std::move(object), "", std::make_shared<std::vector<FieldError>>()) {}

JsonReader::JsonReader(JsonObject object, std::string prefix,
                       std::shared_ptr<std::vector<FieldError>> errors)
    : object_(std::move(object)), prefix_(std::move(prefix)), errors_(std::move(errors)) {}

std::string JsonReader::path(const std::string& key) const {
  return prefix_.empty() ? key : prefix_ + "/" + key;
}

const Poco::Dynamic::Var* JsonReader::find(const std::string& key) const {
  for (auto it = object_->begin(); it != object_->end(); ++it) {
    if (it->first == key)
      return &it->second;
  }
  return nullptr;
}

void JsonReader::markRead(const std::string& key) {
  if (std::find(read_.begin(), read_.end(), key) == read_.end())
    read_.push_back(key);
}

bool JsonReader::isNullGiven(const std::string& key) {
  const auto* value = find(key);
  if (!value || !value->isEmpty())
    return false;
  markRead(key);
  return true;
}

bool JsonReader::has(const std::string& key) const {
  const auto* value = find(key);
  return value && !value->isEmpty();
}

void JsonReader::addError(const std::string& key, std::string code, std::string message) {
  errors_->push_back({path(key), std::move(code), std::move(message)});
}

const Poco::Dynamic::Var* JsonReader::take(const std::string& key) {
  markRead(key);
  const auto* value = find(key);
  return value && !value->isEmpty() ? value : nullptr;
}

std::optional<std::string> JsonReader::optionalString(const std::string& key, StringRule rule) {
  const auto* value = take(key);
  if (!value)
    return std::nullopt;
  if (!value->isString()) {
    addError(key, "invalid_type", "must be a string");
    return std::nullopt;
  }
  const auto& given = value->extract<std::string>();
  if (!isValidUtf8(given)) {
    addError(key, "invalid_encoding", "must be valid UTF-8");
    return std::nullopt;
  }
  std::string text = rule.trim ? trim(given) : given;
  const auto length = codePoints(text);
  if (length < rule.minLength) {
    addError(key, rule.minLength == 1 ? "required" : "too_short",
             rule.minLength == 1
                 ? "must not be empty"
                 : "must be at least " + std::to_string(rule.minLength) + " characters");
    return std::nullopt;
  }
  if (length > rule.maxLength) {
    addError(key, "too_long", "must be at most " + std::to_string(rule.maxLength) + " characters");
    return std::nullopt;
  }
  return text;
}

std::string JsonReader::requiredString(const std::string& key, StringRule rule) {
  if (!has(key)) {
    markRead(key);
    addError(key, "required", "is required");
    return {};
  }
  if (rule.minLength == 0)
    rule.minLength = 1;
  return optionalString(key, rule).value_or(std::string());
}

std::optional<std::int64_t> JsonReader::optionalInt(const std::string& key, std::int64_t min,
                                                    std::int64_t max) {
  const auto* given = take(key);
  if (!given)
    return std::nullopt;
  const auto& value = *given;
  if (!value.isInteger() || value.isBoolean()) {
    addError(key, "invalid_type", "must be a whole number");
    return std::nullopt;
  }
  std::int64_t number = 0;
  try {
    number = value.convert<std::int64_t>();
  } catch (const Poco::Exception&) {
    addError(key, "out_of_range", "is too large");
    return std::nullopt;
  }
  if (number < min || number > max) {
    addError(key, "out_of_range",
             "must be between " + std::to_string(min) + " and " + std::to_string(max));
    return std::nullopt;
  }
  return number;
}

std::int64_t JsonReader::requiredInt(const std::string& key, std::int64_t min, std::int64_t max) {
  if (!has(key)) {
    markRead(key);
    addError(key, "required", "is required");
    return 0;
  }
  return optionalInt(key, min, max).value_or(0);
}

std::optional<bool> JsonReader::optionalBool(const std::string& key) {
  const auto* value = take(key);
  if (!value)
    return std::nullopt;
  if (!value->isBoolean()) {
    addError(key, "invalid_type", "must be true or false");
    return std::nullopt;
  }
  return value->extract<bool>();
}

std::optional<std::string> JsonReader::optionalDecimal(const std::string& key, int maxScale) {
  const auto* value = take(key);
  if (!value)
    return std::nullopt;
  if (!value->isString()) {
    addError(key, "invalid_type", "must be a decimal number written as a string, e.g. \"12.30\"");
    return std::nullopt;
  }
  const std::string& text = value->extract<std::string>();
  std::size_t i = 0;
  const bool negative = !text.empty() && text[0] == '-';
  if (negative)
    ++i;
  const std::size_t intStart = i;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])))
    ++i;
  const std::size_t intDigits = i - intStart;
  std::size_t scale = 0;
  bool good = intDigits > 0 && intDigits <= 20;
  if (good && i < text.size() && text[i] == '.') {
    ++i;
    const std::size_t fracStart = i;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])))
      ++i;
    scale = i - fracStart;
    good = scale > 0;
  }
  good = good && i == text.size();
  if (!good) {
    addError(key, "invalid_decimal", "must be a decimal number such as \"12.30\"");
    return std::nullopt;
  }
  if (scale > static_cast<std::size_t>(maxScale)) {
    addError(key, "too_precise",
             "must have at most " + std::to_string(maxScale) + " digits after the decimal point");
    return std::nullopt;
  }
  // Canonical: no superfluous leading zeros in the integer part.
  std::string integer = text.substr(intStart, intDigits);
  const auto nonZero = integer.find_first_not_of('0');
  integer = nonZero == std::string::npos ? "0" : integer.substr(nonZero);
  return (negative ? "-" : "") + integer + text.substr(intStart + intDigits);
}

std::string JsonReader::requiredDecimal(const std::string& key, int maxScale) {
  if (!has(key)) {
    markRead(key);
    addError(key, "required", "is required");
    return {};
  }
  return optionalDecimal(key, maxScale).value_or(std::string());
}

std::optional<std::vector<std::string>> JsonReader::optionalStringArray(const std::string& key,
                                                                        StringRule rule,
                                                                        std::size_t maxItems) {
  markRead(key);
  if (!has(key))
    return std::nullopt;
  if (!object_->isArray(key)) {
    addError(key, "invalid_type", "must be an array of strings");
    return std::nullopt;
  }
  auto array = object_->getArray(key);
  if (array->size() > maxItems) {
    addError(key, "too_many", "must have at most " + std::to_string(maxItems) + " items");
    return std::nullopt;
  }
  std::vector<std::string> items;
  auto item = makeObject();
  JsonReader itemReader(item, path(key), errors_);
  for (std::size_t i = 0; i < array->size(); ++i) {
    item->set(std::to_string(i), array->get(static_cast<unsigned>(i)));
    if (!itemReader.has(std::to_string(i))) {
      itemReader.addError(std::to_string(i), "required", "must not be null");
      itemReader.markRead(std::to_string(i));
      continue;
    }
    if (auto text = itemReader.optionalString(std::to_string(i), rule))
      items.push_back(*text);
  }
  return items;
}

void JsonReader::forEachObject(const std::string& key, bool required, std::size_t maxItems,
                               const std::function<void(JsonReader&)>& read) {
  markRead(key);
  if (!has(key)) {
    if (required)
      addError(key, "required", "is required");
    return;
  }
  if (!object_->isArray(key)) {
    addError(key, "invalid_type", "must be an array of objects");
    return;
  }
  auto array = object_->getArray(key);
  if (array->size() > maxItems) {
    addError(key, "too_many", "must have at most " + std::to_string(maxItems) + " items");
    return;
  }
  for (unsigned i = 0; i < array->size(); ++i) {
    const std::string itemPath = path(key) + "/" + std::to_string(i);
    if (!array->isObject(i)) {
      errors_->push_back({itemPath, "invalid_type", "must be an object"});
      continue;
    }
    JsonReader child(array->getObject(i), itemPath, errors_);
    read(child);
    child.collectUnknown();
  }
}

bool JsonReader::withObject(const std::string& key, bool required,
                            const std::function<void(JsonReader&)>& read) {
  markRead(key);
  if (!has(key)) {
    if (required)
      addError(key, "required", "is required");
    return false;
  }
  if (!object_->isObject(key)) {
    addError(key, "invalid_type", "must be an object");
    return false;
  }
  JsonReader child(object_->getObject(key), path(key), errors_);
  read(child);
  child.collectUnknown();
  return true;
}

void JsonReader::collectUnknown() {
  const auto unread = [&](const std::string& name) {
    return std::find(read_.begin(), read_.end(), name) == read_.end();
  };
  bool any = false;
  for (auto it = object_->begin(); it != object_->end() && !any; ++it)
    any = unread(it->first);
  if (!any)
    return;
  // Reported in the order the body gives them, which getNames keeps (begin() is sorted).
  std::vector<std::string> names;
  object_->getNames(names);
  for (const auto& name : names) {
    if (unread(name))
      addError(name, "unknown_field", "is not a field of this resource");
  }
}

void JsonReader::finish() {
  collectUnknown();
  if (!errors_->empty())
    throw ValidationError(*errors_);
}

}  // namespace caravan
