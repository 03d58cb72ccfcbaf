#include "variant_attributes.hpp"

#include <Poco/JSON/Parser.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <caravan/platform/text.hpp>
#include <cstdio>
#include <stdexcept>

namespace caravan::catalog {

namespace {

std::size_t codePoints(const std::string& text) {
  std::size_t count = 0;
  for (unsigned char c : text)
    count += (c & 0xC0) != 0x80;
  return count;
}

std::string nfc(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status))
    throw std::runtime_error(std::string("ICU has no NFC normalizer: ") + u_errorName(status));
  const icu::UnicodeString normalized =
      normalizer->normalize(icu::UnicodeString::fromUTF8(text), status);
  if (U_FAILURE(status))
    throw std::runtime_error(std::string("NFC normalization failed: ") + u_errorName(status));
  std::string out;
  normalized.toUTF8String(out);
  return out;
}

void appendJsonString(std::string& out, const std::string& text) {
  out += '"';
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
      out += escaped;
    } else {
      out += static_cast<char>(c);
    }
  }
  out += '"';
}

}  // namespace

std::optional<std::string> canonicalAttributeName(std::string_view name) {
  std::string canonical = trim(name);
  if (canonical.empty() || canonical.size() > 32)
    return std::nullopt;
  for (char& c : canonical) {
    if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c - 'A' + 'a');
    const bool allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    if (!allowed)
      return std::nullopt;
  }
  if (canonical[0] < 'a' || canonical[0] > 'z')
    return std::nullopt;
  return canonical;
}

std::optional<FieldError> canonicalAttributeValue(const std::string& field, std::string& value) {
  value = nfc(trim(value));
  if (value.empty())
    return FieldError{field, "required", "must not be empty"};
  if (codePoints(value) > kMaxAttributeValueLength) {
    return FieldError{
        field, "too_long",
        "must be at most " + std::to_string(kMaxAttributeValueLength) + " characters"};
  }
  for (unsigned char c : value) {
    if (c < 0x20 || c == 0x7F)
      return FieldError{field, "invalid_characters", "must not contain control characters"};
  }
  return std::nullopt;
}

std::string attributesText(const std::map<std::string, std::string>& attributes) {
  std::string out = "{";
  for (const auto& [name, value] : attributes) {
    if (out.size() > 1)
      out += ',';
    appendJsonString(out, name);
    out += ':';
    appendJsonString(out, value);
  }
  return out + "}";
}

std::map<std::string, std::string> parseAttributesText(const std::string& text) {
  Poco::JSON::Parser parser;
  const auto object = parser.parse(text).extract<Poco::JSON::Object::Ptr>();
  std::map<std::string, std::string> attributes;
  for (const auto& name : object->getNames())
    attributes[name] = object->getValue<std::string>(name);
  return attributes;
}

}  // namespace caravan::catalog
