#include "rate_table.hpp"

#include <algorithm>
#include <caravan/embedded/caravan_embedded_tax_data.hpp>
#include <caravan/platform/iso_codes.hpp>
#include <caravan/platform/text.hpp>
#include <map>
#include <sstream>
#include <tuple>

#include "territory.hpp"

namespace caravan::tax {

namespace {

constexpr std::string_view kHeader = "country,region,rate_class,rate,valid_from,valid_to,tax_name";
constexpr std::string_view kOpenEnd = "9999-12-31";

std::vector<std::string> splitFields(const std::string& line) {
  std::vector<std::string> fields;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, ','))
    fields.push_back(trim(field));
  if (!line.empty() && line.back() == ',')
    fields.emplace_back();
  return fields;
}

bool isRegionShape(std::string_view region) {
  return region.size() >= 1 && region.size() <= 3 &&
         std::all_of(region.begin(), region.end(),
                     [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

}  // namespace

bool TaxRate::appliesOn(std::string_view date) const {
  return validFrom <= date && (!validTo || date <= *validTo);
}

const std::vector<std::string>& rateClasses() {
  static const std::vector<std::string> kClasses = {"standard", "reduced", "reduced2",
                                                    "super_reduced", "zero"};
  return kClasses;
}

bool isIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-')
    return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (text[i] < '0' || text[i] > '9')
      return false;
  }
  const int year = std::stoi(std::string(text.substr(0, 4)));
  const int month = std::stoi(std::string(text.substr(5, 2)));
  const int day = std::stoi(std::string(text.substr(8, 2)));
  if (year < 1900 || month < 1 || month > 12 || day < 1)
    return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

std::vector<FieldError> checkRate(const TaxRate& rate, std::string_view rateText) {
  std::vector<FieldError> errors;
  if (!isIsoCountry(rate.country)) {
    errors.push_back(
        {"country", "unknown_country", "must be an ISO 3166-1 alpha-2 code such as \"DE\""});
  }
  if (!rate.region.empty()) {
    if (!isRegionShape(rate.region)) {
      errors.push_back({"region", "invalid_format",
                        "must be empty (national) or 1 to 3 capital letters or digits, the "
                        "subdivision part of ISO 3166-2 (\"ON\", \"CA\")"});
    } else if (rate.country == "US" && !isUsState(rate.region)) {
      errors.push_back({"region", "unknown_region", "must be a US state code such as \"CA\""});
    } else if (rate.country == "CA" && !isCanadianProvince(rate.region)) {
      errors.push_back(
          {"region", "unknown_region", "must be a Canadian province code such as \"ON\""});
    }
  }
  const auto& classes = rateClasses();
  if (std::find(classes.begin(), classes.end(), rate.rateClass) == classes.end()) {
    errors.push_back({"rate_class", "invalid_value",
                      "must be one of standard, reduced, reduced2, super_reduced, zero"});
  }
  try {
    const auto value = money::Decimal::parse(rateText);
    if (value < money::Decimal::fromInteger(0) || money::Decimal::fromInteger(1) < value) {
      errors.push_back({"rate", "out_of_range", "must be a fraction from 0 to 1 (\"0.19\")"});
    } else if (rate.rateClass == "zero" && !(value == money::Decimal::fromInteger(0))) {
      errors.push_back({"rate", "out_of_range", "must be 0 for the class zero"});
    }
  } catch (const money::MoneyError&) {
    errors.push_back({"rate", "invalid_decimal",
                      "must be a decimal fraction with at most 12 digits after the point "
                      "(\"0.19\")"});
  }
  const bool fromOk = isIsoDate(rate.validFrom);
  if (!fromOk)
    errors.push_back({"valid_from", "invalid_date", "must be a date such as 2024-01-01"});
  if (rate.validTo) {
    if (!isIsoDate(*rate.validTo)) {
      errors.push_back({"valid_to", "invalid_date", "must be a date such as 2024-12-31"});
    } else if (fromOk && *rate.validTo < rate.validFrom) {
      errors.push_back({"valid_to", "before_valid_from", "must not be before valid_from"});
    }
  }
  if (rate.taxName.empty() || rate.taxName.size() > 32)
    errors.push_back({"tax_name", "invalid_length", "must be 1 to 32 characters"});
  return errors;
}

bool overlaps(const TaxRate& a, const TaxRate& b) {
  const std::string aEnd = a.validTo.value_or(std::string(kOpenEnd));
  const std::string bEnd = b.validTo.value_or(std::string(kOpenEnd));
  return a.validFrom <= bEnd && b.validFrom <= aEnd;
}

std::vector<TaxRate> parseRateTable(std::string_view csv) {
  std::vector<TaxRate> rates;
  std::istringstream in{std::string(csv)};
  std::string line;
  int number = 0;
  bool headerSeen = false;
  const auto fail = [&](const std::string& why) {
    throw RateTableError("tax rate table, line " + std::to_string(number) + ": " + why);
  };
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r')
      line.pop_back();
    if (trim(line).empty() || line[0] == '#')
      continue;
    if (!headerSeen) {
      if (line != kHeader)
        fail("expected the header \"" + std::string(kHeader) + "\"");
      headerSeen = true;
      continue;
    }
    const auto fields = splitFields(line);
    if (fields.size() != 7)
      fail("expected 7 fields, found " + std::to_string(fields.size()));
    TaxRate rate;
    rate.country = fields[0];
    rate.region = fields[1];
    rate.rateClass = fields[2];
    rate.validFrom = fields[4];
    if (!fields[5].empty())
      rate.validTo = fields[5];
    rate.taxName = fields[6];
    rate.source = "shipped";
    const auto errors = checkRate(rate, fields[3]);
    if (!errors.empty())
      fail(errors.front().field + ": " + errors.front().message);
    rate.rate = money::Decimal::parse(fields[3]);
    for (const auto& earlier : rates) {
      if (earlier.country == rate.country && earlier.region == rate.region &&
          earlier.rateClass == rate.rateClass && overlaps(earlier, rate)) {
        fail("overlaps the " + earlier.country + " " + earlier.region + " " + earlier.rateClass +
             " rate from " + earlier.validFrom);
      }
    }
    rates.push_back(std::move(rate));
  }
  if (!headerSeen)
    throw RateTableError("tax rate table: no header");
  return rates;
}

const std::vector<TaxRate>& shippedRates() {
  static const std::vector<TaxRate> kRates = [] {
    for (const auto& file : caravan_embedded_tax::data()) {
      if (file.name == "tax-rates.csv")
        return parseRateTable(file.content);
    }
    throw RateTableError("tax-rates.csv is not compiled in");
  }();
  return kRates;
}

}  // namespace caravan::tax
