#pragma once

#include <caravan/platform/http.hpp>
#include <caravan/platform/json.hpp>
#include <caravan/platform/pagination.hpp>
#include <caravan/platform/text.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace caravan::organization {

/// Reads the writable fields of a resource for a create (every required field must be there) or
/// a PATCH (absent fields keep their value, null clears an optional one), and records the names
/// of the fields it set, prefixed for nested objects ("registered_address/city").
class FieldReader {
 public:
  FieldReader(JsonReader& in, bool patch, std::vector<std::string>& changed,
              std::string prefix = "")
      : in_(in), patch_(patch), changed_(changed), prefix_(std::move(prefix)) {}

  /// A required string: must be given on create, cannot be cleared by a PATCH.
  void text(const std::string& key, std::string& target, StringRule rule);
  /// A required string with a default: may be left out on create (or given as null there).
  void textWithDefault(const std::string& key, std::string& target, StringRule rule);
  /// An optional string: null clears it.
  void optionalText(const std::string& key, std::optional<std::string>& target, StringRule rule);
  /// A boolean with a default: may be left out on create, cannot be cleared by a PATCH.
  void flag(const std::string& key, bool& target);

  bool patch() const { return patch_; }
  bool changed(const std::string& key) const;
  /// Adds an error found by a rule, under this reader's prefix.
  void addError(const FieldError& error);

 private:
  void mark(const std::string& key) { changed_.push_back(prefix_ + key); }

  JsonReader& in_;
  bool patch_;
  std::vector<std::string>& changed_;
  std::string prefix_;
};

/// The response with the record's ETag.
Response withVersion(Response response, std::int64_t version);

}  // namespace caravan::organization
