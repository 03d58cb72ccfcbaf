#include "handler_support.hpp"

#include <algorithm>
#include <charconv>

namespace caravan::organization {

void FieldReader::text(const std::string& key, std::string& target, StringRule rule) {
  if (!patch_) {
    target = in_.requiredString(key, rule);
    mark(key);
  } else if (in_.has(key)) {
    if (auto value = in_.optionalString(key, rule)) {
      target = *value;
      mark(key);
    }
  } else if (in_.isNullGiven(key)) {
    in_.addError(key, "required", "cannot be cleared");
  }
}

void FieldReader::textWithDefault(const std::string& key, std::string& target, StringRule rule) {
  if (patch_) {
    text(key, target, rule);
  } else if (in_.has(key)) {
    if (auto value = in_.optionalString(key, rule))
      target = *value;
    mark(key);
  } else {
    in_.isNullGiven(key);  // null on create: the default, like an absent field
  }
}

void FieldReader::optionalText(const std::string& key, std::optional<std::string>& target,
                               StringRule rule) {
  if (in_.isNullGiven(key)) {
    if (patch_)
      mark(key);
    target.reset();
  } else if (in_.has(key)) {
    target = in_.optionalString(key, rule);
    mark(key);
  }
}

void FieldReader::flag(const std::string& key, bool& target) {
  if (in_.has(key)) {
    if (auto value = in_.optionalBool(key)) {
      target = *value;
      mark(key);
    }
  } else if (in_.isNullGiven(key) && patch_) {
    in_.addError(key, "required", "cannot be cleared");
  }
}

bool FieldReader::changed(const std::string& key) const {
  return std::find(changed_.begin(), changed_.end(), prefix_ + key) != changed_.end();
}

void FieldReader::addError(const FieldError& error) {
  in_.addError(error.field, error.code, error.message);
}

Response withVersion(Response response, std::int64_t version) {
  response.withHeader("ETag", etagFor(version));
  return response;
}

}  // namespace caravan::organization
