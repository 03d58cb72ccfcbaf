#include "organization_rules.hpp"

#include <algorithm>
#include <array>
#include <caravan/platform/iso_codes.hpp>

namespace caravan::organization {

namespace {

bool isUpper(char c) {
  return c >= 'A' && c <= 'Z';
}

bool isDigit(char c) {
  return c >= '0' && c <= '9';
}

}  // namespace

std::optional<FieldError> checkCountry(const std::string& field, const std::string& code) {
  if (!isIsoCountry(code)) {
    return FieldError{field, "unknown_country",
                      "must be an ISO 3166-1 alpha-2 code such as \"DE\""};
  }
  return std::nullopt;
}

std::optional<FieldError> checkCurrency(const std::string& field, const std::string& code) {
  if (!isIsoCurrency(code)) {
    return FieldError{field, "unknown_currency",
                      "must be an ISO 4217 code of a currency in use, such as \"EUR\""};
  }
  return std::nullopt;
}

bool isEuCountry(std::string_view country) {
  static constexpr std::array<std::string_view, 27> kMembers = {
      "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
      "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"};
  return std::find(kMembers.begin(), kMembers.end(), country) != kMembers.end();
}

std::optional<std::string> euVatPrefix(std::string_view country) {
  if (!isEuCountry(country))
    return std::nullopt;
  return country == "GR" ? std::string("EL") : std::string(country);
}

std::string normalizeVatId(std::string_view vatId) {
  std::string normal;
  normal.reserve(vatId.size());
  for (char c : vatId) {
    if (c == ' ' || c == '.' || c == '-')
      continue;
    normal += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  }
  return normal;
}

std::optional<FieldError> checkVatId(const std::string& vatId, const std::string& country) {
  const bool shaped =
      vatId.size() >= 4 && vatId.size() <= 15 && isUpper(vatId[0]) && isUpper(vatId[1]) &&
      std::all_of(vatId.begin() + 2, vatId.end(), [](char c) { return isUpper(c) || isDigit(c); });
  if (!shaped) {
    return FieldError{"vat_id", "invalid_format",
                      "must be a two-letter prefix followed by 2 to 13 letters or digits "
                      "(spaces, dots and dashes are removed), e.g. \"DE123456789\""};
  }
  if (const auto prefix = euVatPrefix(country); prefix && vatId.compare(0, 2, *prefix) != 0) {
    return FieldError{"vat_id", "country_mismatch",
                      "must start with " + *prefix + " for an entity registered in " + country};
  }
  return std::nullopt;
}

std::optional<FieldError> checkInvoiceSeriesPrefix(const std::string& prefix) {
  const bool plain = std::all_of(prefix.begin(), prefix.end(), [](char c) {
    return isUpper(c) || isDigit(c) || c == '-' || c == '/' || c == '_';
  });
  if (prefix.empty() || prefix.size() > 20 || !plain) {
    return FieldError{"invoice_series_prefix", "invalid_format",
                      "must be 1 to 20 capital letters, digits or - / _ (e.g. \"INV-\")"};
  }
  return std::nullopt;
}

const std::vector<std::string>& channels() {
  static const std::vector<std::string> kChannels = {"amazon", "shopify", "ebay",
                                                     "web",    "pos",     "other"};
  return kChannels;
}

std::optional<FieldError> checkChannel(const std::string& channel) {
  const auto& known = channels();
  if (std::find(known.begin(), known.end(), channel) == known.end()) {
    return FieldError{"channel", "invalid_value",
                      "must be one of amazon, shopify, ebay, web, pos, other"};
  }
  return std::nullopt;
}

}  // namespace caravan::organization
