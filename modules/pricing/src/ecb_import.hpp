#pragma once

#include <caravan/platform/money.hpp>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace caravan::pricing {

/// One published rate: units of `quote` for one unit of the file's base currency (EUR for the
/// ECB), valid from `date` (YYYY-MM-DD).
struct RateRow {
  std::string date;
  std::string quote;
  money::Decimal rate;
};

struct ParsedRates {
  std::vector<RateRow> rows;
  std::set<std::string> days;
  std::set<std::string> currencies;
};

/// A file that cannot be imported, with where: "line 12: ...". Nothing of such a file is stored.
class ImportError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The ECB's euro reference rates in their XML format (gesmes envelope; daily, 90-day and
/// historical files alike: nested Cube elements with time, currency and rate attributes).
ParsedRates parseEcbXml(std::string_view xml);

/// The ECB's CSV format: a header "Date, USD, JPY, ..." and one row per day, dates written
/// "13 April 2026" (daily file) or "2026-04-13" (history), "N/A" where a currency had no rate,
/// a trailing separator on every row.
ParsedRates parseEcbCsv(std::string_view csv);

/// "2026-04-13" when `text` is a real date in that form or in the ECB's "13 April 2026".
std::string isoDate(std::string_view text);

}  // namespace caravan::pricing
