#include "product_rules.hpp"

#include <algorithm>
#include <caravan/platform/iso_codes.hpp>
#include <cctype>

namespace caravan::catalog {

std::optional<FieldError> checkSku(const std::string& sku) {
  // SKUs travel to marketplaces and into file names: keep them to a portable alphabet.
  const bool plain = std::all_of(sku.begin(), sku.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '/';
  });
  if (sku.empty() || sku.size() > 64 || !plain) {
    return FieldError{"sku", "invalid_format",
                      "must be 1 to 64 letters, digits or - _ . / (no spaces)"};
  }
  return std::nullopt;
}

std::string normalizeHsCode(const std::string& hsCode) {
  std::string digits;
  for (char c : hsCode) {
    if (c != '.' && c != ' ')
      digits += c;
  }
  return digits;
}

std::optional<FieldError> checkHsCode(const std::string& hsCode) {
  const std::string digits = normalizeHsCode(hsCode);
  const bool allDigits =
      std::all_of(digits.begin(), digits.end(), [](unsigned char c) { return std::isdigit(c); });
  if (!allDigits || digits.size() < 6 || digits.size() > 10) {
    return FieldError{"hs_code", "invalid_format",
                      "must be 6 to 10 digits (dots and spaces allowed)"};
  }
  return std::nullopt;
}

std::optional<FieldError> checkCountry(const std::string& field, const std::string& code) {
  if (!isIsoCountry(code)) {
    return FieldError{field, "unknown_country",
                      "must be an ISO 3166-1 alpha-2 code such as \"DE\""};
  }
  return std::nullopt;
}

std::optional<FieldError> checkTaxClass(const std::string& taxClass) {
  for (const char* known : kTaxClasses) {
    if (taxClass == known)
      return std::nullopt;
  }
  return FieldError{"tax_class", "invalid_value",
                    "must be one of standard, reduced, reduced2, super_reduced, zero"};
}

std::optional<FieldError> checkCustomsDescription(const std::string& text) {
  const bool printableAscii = std::all_of(text.begin(), text.end(), [](char c) {
    return static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7F;
  });
  if (!printableAscii) {
    return FieldError{"customs_description", "invalid_characters",
                      "must be English in printable ASCII (customs declarations take no other "
                      "characters)"};
  }
  if (text.size() < 3 || text.size() > 255) {
    return FieldError{"customs_description", text.size() < 3 ? "too_short" : "too_long",
                      "must be 3 to 255 characters"};
  }
  return std::nullopt;
}

std::vector<FieldError> checkDimensions(const Dimensions& dimensions) {
  std::vector<FieldError> errors;
  const std::pair<const char*, std::int64_t> sides[] = {{"length", dimensions.lengthMm},
                                                        {"width", dimensions.widthMm},
                                                        {"height", dimensions.heightMm}};
  for (const auto& [side, millimetres] : sides) {
    if (millimetres < 1 || millimetres > kMaxSideMm) {
      errors.push_back({std::string("dimensions_mm/") + side, "out_of_range",
                        "must be between 1 and " + std::to_string(kMaxSideMm) + " (mm)"});
    }
  }
  return errors;
}

}  // namespace caravan::catalog
