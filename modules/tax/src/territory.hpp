#pragma once

#include <string>
#include <string_view>

/// Which countries belong to which tax territory. Kept apart from the rules so that the rules
/// read as rules.
namespace caravan::tax {

/// The 27 EU member states (ISO codes; Greece is "GR").
bool isEuMember(std::string_view country);

/// Northern Ireland: "XI", or GB with the ISO 3166-2 region "NIR".
bool isNorthernIreland(std::string_view country, std::string_view region);

/// The VAT country whose rates apply: the UK's ("GB") for Northern Ireland, else `country`.
std::string vatCountry(std::string_view country);

/// The prefix of a VAT id issued in (country, region): "EL" for Greece, "XI" for Northern Ireland,
/// "CH" for Switzerland (ids start "CHE"), else the country code.
std::string vatIdPrefix(std::string_view country, std::string_view region = "");

/// A US state or DC, by its USPS code ("CA", "NY", "DC").
bool isUsState(std::string_view code);

/// A Canadian province or territory ("ON", "QC", "YT").
bool isCanadianProvince(std::string_view code);

}  // namespace caravan::tax
