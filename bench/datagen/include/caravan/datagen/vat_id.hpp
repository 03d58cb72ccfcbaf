#pragma once

#include <string>
#include <string_view>

#include "caravan/datagen/prng.hpp"

namespace caravan::datagen {

/// True for the countries whose VAT numbers makeVatId can build with a correct check digit.
bool canMakeVatId(std::string_view country);

/// A random VAT identification number with a correct check digit: "DE" + 9 digits (ISO 7064
/// MOD 11,10), "FR" + 2-digit key + SIREN (Luhn), "ATU" + 8 digits. Empty for other countries.
std::string makeVatId(std::string_view country, Prng& prng);

/// True when `vatId` has the format and check digit of a DE, FR or AT VAT number.
bool isValidVatId(std::string_view vatId);

}  // namespace caravan::datagen
