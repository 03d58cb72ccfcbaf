#pragma once

#include <caravan/catalog/product.hpp>
#include <caravan/platform/errors.hpp>
#include <optional>
#include <string>
#include <vector>

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

/// The VAT/GST rate classes a product can belong to; the tax module maps each to a rate per
/// country (a country without a "reduced2" rate uses its "reduced" one, and so on there).
inline constexpr const char* kTaxClasses[] = {"standard", "reduced", "reduced2", "super_reduced",
                                              "zero"};
std::optional<FieldError> checkTaxClass(const std::string& taxClass);

/// Customs descriptions go into carriers' and customs authorities' electronic declarations, which
/// take English in printable ASCII: 3 to 255 characters, no control characters or non-ASCII
/// letters.
std::optional<FieldError> checkCustomsDescription(const std::string& text);

/// Each side 1 mm to 100 m; one error per side that is out of range, under
/// "dimensions_mm/length" and so on.
inline constexpr std::int64_t kMaxSideMm = 100'000;
std::vector<FieldError> checkDimensions(const Dimensions& dimensions);

}  // namespace caravan::catalog
