#pragma once

#include <caravan/platform/db.hpp>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace caravan {
class IdGenerator;
}

namespace caravan::customers {

/// What a whole-tenant scan for duplicate candidates found.
struct DuplicateScanCounts {
  std::uint64_t keysRead = 0;      ///< blocking keys compared
  std::uint64_t pairsFound = 0;    ///< pairs sharing at least one key (new or already queued)
  std::uint64_t pairsRemoved = 0;  ///< open pairs whose customers no longer share a key
};

/// Compares every customer of the tenant with every other through their blocking keys: for each
/// kind of key, the database groups the keys in one pass over their index and answers the shared
/// ones (sharedKeys); the holders of each are paired (keys with more than kMaxHoldersPerKey
/// holders are skipped, as on create), the pairs recorded (DuplicateRepository::record), and the
/// open pairs that neither this scan nor a lookup since it began found are removed. Runs in the
/// caller's transaction. Without `countKeys` (an import's scan, which reports no counts) the
/// passes that count the keys are left out, and keysRead is 0.
DuplicateScanCounts scanForDuplicates(db::TenantSession& db, IdGenerator& ids,
                                      bool countKeys = true);

/// A scan as GET /api/v1/customers/duplicates/scans/{id} shows it.
struct DuplicateScan {
  std::uint64_t id = 0;
  std::string status;  ///< queued, running, done or failed
  DuplicateScanCounts counts;
  std::optional<std::string> failure;
  std::string createdAt;
  std::optional<std::string> startedAt;
  std::optional<std::string> finishedAt;
};

/// Queues a scan of the tenant's customers; an already queued or running scan is returned
/// instead of a second one.
DuplicateScan requestDuplicateScan(db::TenantSession& db, IdGenerator& ids);
std::optional<DuplicateScan> findDuplicateScan(db::TenantSession& db, std::uint64_t id);

/// The `customers.duplicate_scan` job: runs the queued scans of every tenant, each in one
/// transaction.
void runDuplicateScans(db::Pool& pool, IdGenerator& ids);

}  // namespace caravan::customers
