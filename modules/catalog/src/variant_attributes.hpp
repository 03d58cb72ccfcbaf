#pragma once

#include <caravan/platform/errors.hpp>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace caravan::catalog {

/// The attributes that tell one variant of a product from another ("color" -> "red",
/// "size" -> "M"), and the one text they are stored and compared as.

/// Limits on a variant's attributes.
inline constexpr std::size_t kMaxAttributes = 16;
inline constexpr std::size_t kMaxAttributeValueLength = 100;

/// An attribute name in canonical form: trimmed and in ASCII lower case, then 1 to 32 of
/// a-z 0-9 _ - starting with a letter ("Color " -> "color"); nullopt when it has another shape.
/// Names are identifiers that marketplaces and feeds map, so they stay ASCII.
std::optional<std::string> canonicalAttributeName(std::string_view name);

/// An attribute value in canonical form: trimmed and in Unicode NFC, so that "é" typed as one
/// code point or as e + combining accent is the same value. Case is kept ("M" is not "m").
/// The caller has checked that `value` is valid UTF-8. Returns the problem (field `field`) for an
/// empty, over-long or control-character value.
std::optional<FieldError> canonicalAttributeValue(const std::string& field, std::string& value);

/// The canonical text of a set of attributes: a JSON object with the names in byte order and no
/// white space, non-ASCII characters written as themselves. Two variants describe the same thing
/// exactly when these texts are equal (the database keeps a unique hash of it).
std::string attributesText(const std::map<std::string, std::string>& attributes);

/// Reads a text made by attributesText back. Throws std::runtime_error on anything else.
std::map<std::string, std::string> parseAttributesText(const std::string& text);

}  // namespace caravan::catalog
