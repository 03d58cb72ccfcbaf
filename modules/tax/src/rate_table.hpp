#pragma once

#include <caravan/platform/errors.hpp>
#include <caravan/tax/tax.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

/// The shipped rate table (CSV) and the shape rules every rate, shipped or the tenant's, obeys.
namespace caravan::tax {

/// A malformed rate table, naming the line.
class RateTableError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Parses the shipped CSV: a header `country,region,rate_class,rate,valid_from,valid_to,tax_name`,
/// then one rate per line; lines starting with '#' and empty lines are skipped. Every row is
/// checked with checkRate(); two rows of one (country, region, class) whose days overlap are an
/// error too. Rows come back with source "shipped".
std::vector<TaxRate> parseRateTable(std::string_view csv);

/// A real calendar date written YYYY-MM-DD.
bool isIsoDate(std::string_view text);

/// The problems of one rate, each naming its field (country, region, rate_class, rate,
/// valid_from, valid_to, tax_name); empty when it is acceptable. `rateText` is the rate as
/// written, which must be a decimal from 0 to 1 with at most 12 fractional digits.
std::vector<FieldError> checkRate(const TaxRate& rate, std::string_view rateText);

/// True when the two rates' days overlap (both open-ended counts as overlapping).
bool overlaps(const TaxRate& a, const TaxRate& b);

}  // namespace caravan::tax
