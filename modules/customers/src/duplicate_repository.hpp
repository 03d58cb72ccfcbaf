#pragma once

#include <caravan/customers/customer.hpp>
#include <caravan/platform/db.hpp>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "duplicate_scoring.hpp"

namespace caravan {
class IdGenerator;
}

namespace caravan::customers {

/// A pair in the duplicate review queue.
struct DuplicateCandidate {
  std::uint64_t id = 0;
  std::uint64_t customerA = 0;  ///< the smaller id of the pair
  std::uint64_t customerB = 0;
  int score = 0;        ///< hundredths, see duplicateScore
  std::string reasons;  ///< see reasonList
  std::string status;   ///< open, dismissed or merged
  std::int64_t version = 1;
  std::string createdAt;
  std::string updatedAt;
};

/// Now in UTC as a DATETIME(6) literal ("2026-11-23 10:00:00.123456"), so that multi-row
/// inserts need no SQL function per row.
std::string utcTimestamp();

/// Removes the pairs a deleted customer was part of.
void forgetDuplicatePairs(db::TenantSession& db, std::uint64_t customerId);

/// The review queue of one tenant.
class DuplicateRepository {
 public:
  DuplicateRepository(db::TenantSession& db, IdGenerator& ids) : db_(db), ids_(ids) {}

  /// Finds every customer sharing a blocking key with one of `customers` (whose keys are
  /// written), scores each pair and records it in the queue: a new pair opens, an open pair
  /// takes the new score, a dismissed or merged pair stays as it was. One lookup per kind of
  /// key and one insert, whatever the number of customers. Returns the pairs as they now stand.
  std::vector<DuplicateCandidate> recordFor(const std::vector<const Customer*>& customers);
  /// recordFor without reading the pairs back: how many there are (for bulk imports).
  std::size_t countFor(const std::vector<const Customer*>& customers);

  /// Pairs of customer ids (smaller first) with what each pair shares.
  using PairReasons = std::map<std::pair<std::uint64_t, std::uint64_t>, std::set<MatchReason>>;
  /// countFor giving the pairs themselves (an import looking twice counts each pair once).
  PairReasons pairsFor(const std::vector<const Customer*>& customers);
  /// Records `pairs` in the queue, in multi-row statements: a new pair opens, an open pair
  /// takes the new score, a dismissed or merged pair keeps its status; every pair is marked
  /// seen now.
  void record(const PairReasons& pairs);

  /// The queue, highest score first, then newest; `after` (score, id) continues a page.
  std::vector<DuplicateCandidate> list(const std::optional<std::string>& status,
                                       std::optional<std::pair<int, std::uint64_t>> after,
                                       std::size_t limit);
  std::optional<DuplicateCandidate> find(std::uint64_t id);
  /// The open pairs `customerId` is part of, highest score first (at most 50).
  std::vector<DuplicateCandidate> openFor(std::uint64_t customerId);
  /// Removes the open pairs of `customerId` other than `current` (its keys changed and it no
  /// longer shares any with the other customer).
  void forgetOpenPairsExcept(std::uint64_t customerId,
                             const std::vector<DuplicateCandidate>& current);
  /// Sets the status of an open pair; false when it is not open.
  bool setStatus(std::uint64_t id, const std::string& status);

 private:
  PairReasons findPairs(const std::vector<const Customer*>& customers);
  std::vector<DuplicateCandidate> readBack(const PairReasons& pairs);

  db::TenantSession& db_;
  IdGenerator& ids_;
};

}  // namespace caravan::customers
