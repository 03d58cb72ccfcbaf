#pragma once

#include <caravan/platform/errors.hpp>
#include <optional>
#include <string>

namespace caravan::catalog {

/// Shape rules for product fields, independent of HTTP and storage. Each returns the problem as a
/// FieldError, or nullopt when the value is acceptable.
std::optional<FieldError> checkSku(const std::string& sku);
/// 6 to 10 digits, optionally written with dots or spaces ("8471.30", "6109 10 00"); see
/// normalizeHsCode for the stored form.
std::optional<FieldError> checkHsCode(const std::string& hsCode);
std::string normalizeHsCode(const std::string& hsCode);
/// An ISO 3166-1 alpha-2 code that ICU knows ("DE", not "de" or "XX").
std::optional<FieldError> checkCountry(const std::string& field, const std::string& code);

}  // namespace caravan::catalog
