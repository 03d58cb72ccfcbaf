#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace caravan {

/// Writes JSON text straight into a string, in the order it is written. For large answers on a
/// hot path (a 50-line quote), where building a Poco::JSON tree first costs more than the work
/// behind the answer. Strings are UTF-8 and written as they are, with the characters JSON
/// requires escaped. Misuse (a value where a key is due, unbalanced containers) throws
/// std::logic_error.
///
///   JsonWriter json;
///   json.beginObject().field("sku", "PAN-28").key("lines").beginArray().endArray().endObject();
///   std::string text = json.take();
class JsonWriter {
 public:
  JsonWriter& beginObject();
  JsonWriter& endObject();
  JsonWriter& beginArray();
  JsonWriter& endArray();
  /// The next member's name (inside an object only).
  JsonWriter& key(std::string_view name);

  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
  JsonWriter& value(bool flag);
  JsonWriter& value(std::int64_t number);
  JsonWriter& null();
  /// A string, or null when absent.
  JsonWriter& value(const std::optional<std::string>& text);

  /// key(name) then value(v).
  template <typename Value>
  JsonWriter& field(std::string_view name, const Value& v) {
    return key(name).value(v);
  }

  /// The text written; the writer is empty afterwards. Throws if a container is still open.
  std::string take();

 private:
  void beforeValue();
  void escaped(std::string_view text);

  std::string out_;
  /// One entry per open container: true for an object; whether it has a member yet.
  std::vector<std::pair<bool, bool>> open_;
  bool keyWritten_ = false;
};

}  // namespace caravan
