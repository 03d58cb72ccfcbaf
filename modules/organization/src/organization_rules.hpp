#pragma once

#include <caravan/platform/errors.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace caravan::organization {

/// Shape rules for legal entities and stores, independent of HTTP and storage. Each check returns
/// the problem as a FieldError, or nullopt when the value is acceptable.

/// An ISO 3166-1 alpha-2 code ("DE"); the error names `field`.
std::optional<FieldError> checkCountry(const std::string& field, const std::string& code);
/// An ISO 4217 code of a currency in common use ("EUR"); the error names `field`.
std::optional<FieldError> checkCurrency(const std::string& field, const std::string& code);

/// True for the 27 member states of the European Union (by ISO 3166-1 code).
bool isEuCountry(std::string_view country);
/// The VAT prefix an EU member state's VAT ids carry: its country code, except "EL" for Greece
/// ("GR"). nullopt outside the EU, where no prefix is implied by the country.
std::optional<std::string> euVatPrefix(std::string_view country);

/// A VAT id as stored: spaces, dots and dashes removed, letters in capitals
/// ("de 123.456-789" -> "DE123456789").
std::string normalizeVatId(std::string_view vatId);
/// Checks a normalised VAT id: a two-letter prefix then 2 to 13 letters or digits, and for an
/// entity in an EU member state the prefix of that state (euVatPrefix). Check digits are not
/// verified here. Errors name "vat_id": `invalid_format` or `country_mismatch`.
std::optional<FieldError> checkVatId(const std::string& vatId, const std::string& country);

/// 1 to 20 of A-Z 0-9 - / _ ("INV-", "DE/2026/"). Error field "invoice_series_prefix".
std::optional<FieldError> checkInvoiceSeriesPrefix(const std::string& prefix);
inline constexpr const char* kDefaultInvoiceSeriesPrefix = "INV-";

/// The sales channels a store may be: amazon, shopify, ebay, web, pos, other.
const std::vector<std::string>& channels();
/// One of channels(), exactly (lower case). Error field "channel", code `invalid_value`.
std::optional<FieldError> checkChannel(const std::string& channel);

}  // namespace caravan::organization
