#pragma once

#include <string>
#include <string_view>

namespace caravan {

/// An ISO 3166-1 alpha-2 country code that ICU knows, written in capitals: "DE" (not "de",
/// "XX" or "DEU").
bool isIsoCountry(std::string_view code);

/// An ISO 4217 code of a currency in current, common use, written in capitals: "EUR", "JPY".
/// Refuses the codes ISO 4217 lists that are not money one can invoice in (XXX "no currency",
/// XTS "testing", XAU gold, fund codes) and withdrawn ones (DEM).
bool isIsoCurrency(std::string_view code);

/// The currency ICU's region data gives a country today ("GB" -> "GBP", "DE" -> "EUR"); "" for
/// an unknown country or one with no legal tender of its own in the data.
std::string currencyOfCountry(std::string_view country);

}  // namespace caravan
