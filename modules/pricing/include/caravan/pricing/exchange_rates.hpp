#pragma once

#include <caravan/platform/db.hpp>
#include <caravan/platform/money.hpp>
#include <optional>
#include <string>

namespace caravan::pricing {

/// The rate a conversion used, to be recorded on the document that used it: a later rate change
/// never re-prices that document.
struct AppliedRate {
  money::Decimal rate;   ///< units of `to` for one unit of `from`
  std::string rateDate;  ///< the date the rate (or the older of two legs) is valid from
  std::string source;    ///< "ECB", or "ECB (via EUR)" for a cross rate
};

/// The rate from `from` to `to` valid on `at` (YYYY-MM-DD): the newest published on or before
/// `at`, no older than `maxAgeDays` days (0: published for that very date). A direct rate, the
/// inverse of the opposite one, or a cross rate through a common base currency, in that order.
/// nullopt when there is none: never a silent fallback to another date.
std::optional<AppliedRate> findRate(db::TenantSession& db, const std::string& from,
                                    const std::string& to, const std::string& at, int maxAgeDays);

/// findRate, or Unprocessable ("no_rate") naming the pair and the date when there is none.
AppliedRate requireRate(db::TenantSession& db, const std::string& from, const std::string& to,
                        const std::string& at, int maxAgeDays);

}  // namespace caravan::pricing
