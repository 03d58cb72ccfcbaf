#include "duplicate_scan.hpp"

#include <Poco/Logger.h>

#include <caravan/platform/errors.hpp>
#include <caravan/platform/ids.hpp>
#include <caravan/platform/json.hpp>
#include <string_view>
#include <vector>

#include "duplicate_repository.hpp"
#include "duplicate_scoring.hpp"
#include "key_holders.hpp"

namespace caravan::customers {

namespace {

constexpr char kKinds[] = {kKeyIdentity, kKeyEmail, kKeyPhone, kKeyNamePostal};

/// Pairs the holders of one key.
void pairHolders(const std::vector<std::uint64_t>& holders, MatchReason reason,
                 DuplicateRepository::PairReasons& pairs) {
  if (holders.size() < 2 || holders.size() > kMaxHoldersPerKey)
    return;
  for (std::size_t i = 0; i < holders.size(); ++i) {
    for (std::size_t j = i + 1; j < holders.size(); ++j) {
      const auto a = std::min(holders[i], holders[j]);
      const auto b = std::max(holders[i], holders[j]);
      if (a != b)
        pairs[{a, b}].insert(reason);
    }
  }
}

DuplicateScan readScan(db::Rows& rows) {
  DuplicateScan scan;
  scan.id = rows.uint64(1);
  scan.status = rows.string(2);
  scan.counts.keysRead = rows.uint64(3);
  scan.counts.pairsFound = rows.uint64(4);
  scan.counts.pairsRemoved = rows.uint64(5);
  scan.failure = rows.optionalString(6);
  scan.createdAt = isoUtc(rows.string(7));
  if (auto started = rows.optionalString(8))
    scan.startedAt = isoUtc(*started);
  if (auto finished = rows.optionalString(9))
    scan.finishedAt = isoUtc(*finished);
  return scan;
}

constexpr const char* kScanColumns =
    "SELECT id, status, keys_read, pairs_found, pairs_removed, failure, created_at, started_at, "
    "finished_at FROM customer_duplicate_scans ";

}  // namespace

DuplicateScanCounts scanForDuplicates(db::TenantSession& db, IdGenerator& ids, bool countKeys) {
  const std::string began = utcTimestamp();
  DuplicateScanCounts counts;
  DuplicateRepository::PairReasons pairs;
  for (char kind : kKinds) {
    const SharedKeys shared = sharedKeys(db, kind, kMaxHoldersPerKey, countKeys);
    counts.keysRead += shared.keysRead;
    for (const auto& holders : shared.holders)
      pairHolders(holders, reasonOf(kind), pairs);
  }
  counts.pairsFound = pairs.size();
  DuplicateRepository(db, ids).record(pairs);
  // Open pairs not seen since the scan began: their customers share no key any more. A pair a
  // create or import found meanwhile was seen after `began` and stays.
  counts.pairsRemoved = db.execute(
      "DELETE FROM customer_duplicates WHERE tenant_id = ? AND status = 'open' AND "
      "(seen_at IS NULL OR seen_at < ?)",
      {began});
  return counts;
}

DuplicateScan requestDuplicateScan(db::TenantSession& db, IdGenerator& ids) {
  {
    auto rows = db.query(std::string(kScanColumns) +
                         "WHERE tenant_id = ? AND status IN ('queued', 'running') LIMIT 1");
    if (rows.next())
      return readScan(rows);
  }
  const std::uint64_t id = ids.next();
  db.execute(
      "INSERT INTO customer_duplicate_scans (tenant_id, id, status, created_at) "
      "VALUES (?, ?, 'queued', UTC_TIMESTAMP(6))",
      {id});
  return *findDuplicateScan(db, id);
}

std::optional<DuplicateScan> findDuplicateScan(db::TenantSession& db, std::uint64_t id) {
  auto rows = db.query(std::string(kScanColumns) + "WHERE tenant_id = ? AND id = ?", {id});
  if (!rows.next())
    return std::nullopt;
  return readScan(rows);
}

void runDuplicateScans(db::Pool& pool, IdGenerator& ids) {
  auto& log = Poco::Logger::get("caravan.customers.duplicate_scan");
  for (;;) {
    std::optional<std::pair<std::uint64_t, std::uint64_t>> next;
    {
      auto session = pool.acquire();
      auto rows = session.query(
          "SELECT tenant_id, id FROM customer_duplicate_scans WHERE status IN ('queued', "
          "'running') ORDER BY created_at, id LIMIT 1");
      if (rows.next())
        next = std::make_pair(rows.uint64(1), rows.uint64(2));
    }
    if (!next)
      return;
    const auto [tenantId, scanId] = *next;
    try {
      pool.transact([&](db::Session& session) {  // shows the scan running while it runs
        db::TenantSession db(session, tenantId);
        db.execute(
            "UPDATE customer_duplicate_scans SET status = 'running', "
            "started_at = UTC_TIMESTAMP(6) WHERE tenant_id = ? AND id = ?",
            {scanId});
      });
      pool.transact([&](db::Session& session) {
        db::TenantSession db(session, tenantId);
        const auto counts = scanForDuplicates(db, ids);
        db.execute(
            "UPDATE customer_duplicate_scans SET status = 'done', keys_read = ?, pairs_found = ?, "
            "pairs_removed = ?, finished_at = UTC_TIMESTAMP(6) WHERE tenant_id = ? AND id = ?",
            {counts.keysRead, counts.pairsFound, counts.pairsRemoved, scanId});
      });
    } catch (const Unavailable&) {
      throw;  // deadlock or database gone: the next run scans again
    } catch (const std::exception&) {
      log.warning("duplicate scan " + std::to_string(scanId) + " failed with an internal error");
      pool.transact([&](db::Session& session) {
        db::TenantSession db(session, tenantId);
        db.execute(
            "UPDATE customer_duplicate_scans SET status = 'failed', failure = ?, "
            "finished_at = UTC_TIMESTAMP(6) WHERE tenant_id = ? AND id = ?",
            {std::string("the scan stopped on an internal error"), scanId});
      });
    }
  }
}

}  // namespace caravan::customers
