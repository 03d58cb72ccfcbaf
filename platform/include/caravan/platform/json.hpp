#pragma once

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <caravan/platform/errors.hpp>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace caravan {

using JsonObject = Poco::JSON::Object::Ptr;
using JsonArray = Poco::JSON::Array::Ptr;

/// A new JSON object that keeps keys in insertion order (responses read as documented).
JsonObject makeObject();
JsonArray makeArray();
/// A JSON array of the strings in `items` (a vector, a set, ...), in their order.
template <typename Strings>
JsonArray stringArray(const Strings& items) {
  auto array = makeArray();
  for (const auto& item : items)
    array->add(std::string(item));
  return array;
}

std::string toJson(const JsonObject& object);
std::string toJson(const JsonArray& array);

/// "2026-01-31 12:00:00.123456" (a DATETIME(6) read as text, UTC) -> "2026-01-31T12:00:00.123456Z".
std::string isoUtc(const std::string& databaseDatetime);

/// Parses a request body that must be one JSON object; malformed JSON is a BadRequest naming the
/// position, any other top-level value a ValidationError.
JsonObject parseJsonObject(std::string_view body);

/// Limits for a string field. Lengths count Unicode code points, not bytes.
struct StringRule {
  std::size_t minLength = 0;
  std::size_t maxLength = 255;
  bool trim = true;  ///< strip surrounding white space before checking
};

/// Reads typed fields from a JSON object and collects every problem instead of stopping at the
/// first, so a client learns all that is wrong with its input in one answer. Fields the caller
/// never read are reported as `unknown_field` by finish(): typos do not pass silently.
///
///   JsonReader in(parseJsonObject(body));
///   auto sku = in.requiredString("sku", {.minLength = 1, .maxLength = 64});
///   auto qty = in.optionalInt("quantity", 1, 10000);
///   in.finish();  // throws ValidationError listing every field error
class JsonReader {
 public:
  explicit JsonReader(JsonObject object);

  std::string requiredString(const std::string& key, StringRule rule = {});
  std::optional<std::string> optionalString(const std::string& key, StringRule rule = {});
  std::int64_t requiredInt(const std::string& key, std::int64_t min, std::int64_t max);
  std::optional<std::int64_t> optionalInt(const std::string& key, std::int64_t min,
                                          std::int64_t max);
  std::optional<bool> optionalBool(const std::string& key);
  /// A decimal number written as a JSON string ("12.30"): exact, never through binary floating
  /// point. Returns the canonical text; `maxScale` limits digits after the point.
  std::optional<std::string> optionalDecimal(const std::string& key, int maxScale);
  std::string requiredDecimal(const std::string& key, int maxScale);
  /// An array of strings, each checked with `rule`.
  std::optional<std::vector<std::string>> optionalStringArray(const std::string& key,
                                                              StringRule rule = {},
                                                              std::size_t maxItems = 100);
  /// Calls `read` for each element of an array of objects, with a reader whose errors are
  /// reported under "key/index/...".
  void forEachObject(const std::string& key, bool required, std::size_t maxItems,
                     const std::function<void(JsonReader&)>& read);
  /// Calls `read` with a reader for a nested object, its errors reported under "key/...".
  /// Returns false when the key is absent (an error if `required`).
  bool withObject(const std::string& key, bool required,
                  const std::function<void(JsonReader&)>& read);

  bool has(const std::string& key) const;
  /// True when the key is present with the value null (PATCH: clear the field). Marks it read.
  bool isNullGiven(const std::string& key);
  /// Records an error found by the caller's own rule, so it is reported with the others.
  void addError(const std::string& key, std::string code, std::string message);
  bool ok() const { return errors_->empty(); }
  /// Throws ValidationError with every error collected here and in nested readers, including
  /// fields that were present but never read.
  void finish();

 private:
  JsonReader(JsonObject object, std::string prefix,
             std::shared_ptr<std::vector<FieldError>> errors);
  std::string path(const std::string& key) const;
  void collectUnknown();
  /// The value stored under `key`, nullptr when there is none (read in place: values are not
  /// copied, as readers run on every row of an import).
  const Poco::Dynamic::Var* find(const std::string& key) const;
  /// Marks `key` read; its value when it is given and not null, else nullptr.
  const Poco::Dynamic::Var* take(const std::string& key);
  void markRead(const std::string& key);

  JsonObject object_;
  std::string prefix_;
  std::shared_ptr<std::vector<FieldError>> errors_;
  std::vector<std::string> read_;  ///< few keys: a vector searched in order beats a set
};

}  // namespace caravan
