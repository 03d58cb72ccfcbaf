#pragma once

#include <caravan/customers/purchase_history.hpp>
#include <caravan/platform/db.hpp>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace caravan::customers {

/// Scores the tenant's customers from `sources` (their purchases combined: the latest purchase,
/// the sum of counts and of spend) into customer_rfm, replacing what was there, in the caller's
/// transaction. Each quintile is 1 + 5 * (rank - 1) DIV customers, so that customers with equal
/// figures share a quintile. Returns how many customers were scored; with no source, none (and
/// the old scores are removed).
std::uint64_t scoreRfm(db::TenantSession& db,
                       const std::vector<std::shared_ptr<PurchaseHistory>>& sources);

/// A customer's scores, as the overview shows them.
struct RfmScore {
  int recency = 0;
  int frequency = 0;
  int monetary = 0;
  std::string computedAt;
};
/// The customer's scores from the last run; none for a customer who bought nothing.
std::optional<RfmScore> findRfm(db::TenantSession& db, std::uint64_t customerId);

/// The `customers.rfm` job: scores every tenant that has customers, one transaction each.
void runRfmScores(db::Pool& pool, const std::vector<std::shared_ptr<PurchaseHistory>>& sources);

}  // namespace caravan::customers
