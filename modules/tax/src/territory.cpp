#include "territory.hpp"

#include <algorithm>
#include <array>
#include <caravan/tax/tax.hpp>

namespace caravan::tax {

namespace {

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view code) {
  return std::find(list.begin(), list.end(), code) != list.end();
}

}  // namespace

bool isEuMember(std::string_view country) {
  // Membership as of 2020-02-01 (the UK left on 2020-01-31): the shipped data starts in 2020.
  static constexpr std::array<std::string_view, 27> kMembers = {
      "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
      "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"};
  return contains(kMembers, country);
}

bool isNorthernIreland(std::string_view country, std::string_view region) {
  return country == "XI" || (country == "GB" && region == "NIR");
}

bool isEuForGoods(std::string_view country) {
  // Under the Windsor Framework Northern Ireland follows the EU's VAT rules for goods.
  return isEuMember(country) || country == "XI";
}

std::string vatCountry(std::string_view country) {
  return country == "XI" ? std::string("GB") : std::string(country);
}

std::string vatIdPrefix(std::string_view country, std::string_view region) {
  if (isNorthernIreland(country, region))
    return "XI";
  if (country == "GR")
    return "EL";
  return std::string(country);
}

bool isUsState(std::string_view code) {
  static constexpr std::array<std::string_view, 51> kStates = {
      "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID",
      "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO",
      "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA",
      "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY"};
  return contains(kStates, code);
}

bool isCanadianProvince(std::string_view code) {
  static constexpr std::array<std::string_view, 13> kProvinces = {
      "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"};
  return contains(kProvinces, code);
}

}  // namespace caravan::tax
