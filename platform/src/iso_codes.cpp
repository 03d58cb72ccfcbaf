#include <unicode/ucurr.h>
#include <unicode/uenum.h>
#include <unicode/uloc.h>

#include <caravan/platform/iso_codes.hpp>
#include <cstdint>
#include <set>
#include <string>

namespace caravan {

bool isIsoCountry(std::string_view code) {
  static const std::set<std::string, std::less<>> known = [] {
    std::set<std::string, std::less<>> codes;
    for (const char* const* country = uloc_getISOCountries(); *country; ++country)
      codes.insert(*country);
    return codes;
  }();
  return known.find(code) != known.end();
}

bool isIsoCurrency(std::string_view code) {
  static const std::set<std::string, std::less<>> known = [] {
    std::set<std::string, std::less<>> codes;
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration* currencies =
        ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &status);
    if (U_SUCCESS(status)) {
      std::int32_t length = 0;
      while (const char* currency = uenum_next(currencies, &length, &status)) {
        if (U_FAILURE(status))
          break;
        codes.emplace(currency, static_cast<std::size_t>(length));
      }
    }
    uenum_close(currencies);
    return codes;
  }();
  return known.find(code) != known.end();
}

std::string currencyOfCountry(std::string_view country) {
  if (!isIsoCountry(country))
    return "";
  const std::string locale = "und_" + std::string(country);
  UChar code[4] = {};
  UErrorCode status = U_ZERO_ERROR;
  const std::int32_t length = ucurr_forLocale(locale.c_str(), code, 4, &status);
  if (U_FAILURE(status) || length != 3)
    return "";
  return std::string{static_cast<char>(code[0]), static_cast<char>(code[1]),
                     static_cast<char>(code[2])};
}

}  // namespace caravan
