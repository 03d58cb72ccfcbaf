#pragma once

#include <caravan/platform/db.hpp>
#include <cstdint>
#include <string>

/// Merging two customer records (POST /api/v1/customers/{id}/merge): the customers module moves
/// what it owns (e-mails, phones, addresses, identities, tags) to the survivor; every module that
/// keeps records naming a customer (orders, tickets, consents, points) moves its own through this
/// extension point, in the same transaction:
///
///   registry.contribute<customers::MergeHook>(std::make_shared<MoveOrders>());
namespace caravan::customers {

class MergeHook {
 public:
  virtual ~MergeHook() = default;
  /// Makes every record of this module that names `mergedId` name `survivorId` instead. Runs in
  /// the merge's transaction: throwing undoes the whole merge.
  virtual void merge(db::TenantSession& db, std::uint64_t survivorId, std::uint64_t mergedId) = 0;
};

}  // namespace caravan::customers
