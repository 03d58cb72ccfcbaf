#pragma once

#include <caravan/customers/refusal.hpp>
#include <string>
#include <string_view>

namespace caravan::customers {

/// A telephone number parsed with libphonenumber.
struct PhoneNumber {
  std::string e164;  ///< "+493012345678"
  std::string raw;   ///< what was typed, trimmed: "030 123 456-78"
  /// The number without country code or trunk prefix, digits only ("3012345678"): what people
  /// type when they leave out the country, so search finds numbers written nationally.
  std::string nationalNumber;
  /// "mobile", "landline" or "other", as libphonenumber classifies the number.
  std::string kind;
};

/// Parses `input` as a phone number, reading numbers written without a country code as numbers
/// of `defaultRegion` (ISO 3166-1 alpha-2; empty when the customer's country is not known).
/// Refuses with `unparseable_phone` what is not a phone number (or has no country code and no
/// region to read it in), and with `invalid_phone` a number no operator of its country assigns.
Checked<PhoneNumber> parsePhone(std::string_view input, std::string_view defaultRegion);

/// True when `text` looks like someone searching for a phone number rather than a name: at
/// least six digits, and nothing but digits, spaces and + - . / ( ).
bool looksLikePhone(std::string_view text);

/// The digits of `text` without leading zeros ("030 1234" -> "301234"): how a nationally written
/// number compares with PhoneNumber::nationalNumber.
std::string significantDigits(std::string_view text);

}  // namespace caravan::customers
