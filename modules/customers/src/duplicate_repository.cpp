#include "duplicate_repository.hpp"

#include <algorithm>
#include <caravan/platform/ids.hpp>
#include <caravan/platform/json.hpp>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>
#include <set>
#include <tuple>

#include "duplicate_scoring.hpp"
#include "key_holders.hpp"

namespace caravan::customers {

namespace {

/// Values per IN list: keeps statements small and their plans on the primary key.
constexpr std::size_t kLookupChunk = 500;

constexpr const char* kColumns =
    "SELECT id, customer_a, customer_b, score, reasons, status, version, created_at, updated_at "
    "FROM customer_duplicates ";

DuplicateCandidate readCandidate(db::Rows& rows) {
  DuplicateCandidate pair;
  pair.id = rows.uint64(1);
  pair.customerA = rows.uint64(2);
  pair.customerB = rows.uint64(3);
  pair.score = static_cast<int>(rows.int64(4));
  pair.reasons = rows.string(5);
  pair.status = rows.string(6);
  pair.version = rows.int64(7);
  pair.createdAt = isoUtc(rows.string(8));
  pair.updatedAt = isoUtc(rows.string(9));
  return pair;
}

}  // namespace

std::string utcTimestamp() {
  const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(
                          std::chrono::system_clock::now().time_since_epoch())
                          .count();
  const std::time_t seconds = static_cast<std::time_t>(micros / 1000000);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char text[96];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d:%02d.%06d", utc.tm_year + 1900,
                utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec,
                static_cast<int>(micros % 1000000));
  return text;
}

void forgetDuplicatePairs(db::TenantSession& db, std::uint64_t customerId) {
  db.execute("DELETE FROM customer_duplicates WHERE tenant_id = ? AND customer_a = ?",
             {customerId});
  db.execute("DELETE FROM customer_duplicates WHERE tenant_id = ? AND customer_b = ?",
             {customerId});
}

std::vector<DuplicateCandidate> DuplicateRepository::recordFor(
    const std::vector<const Customer*>& customers) {
  const PairReasons pairs = findPairs(customers);
  if (pairs.empty())
    return {};
  record(pairs);
  return readBack(pairs);
}

std::size_t DuplicateRepository::countFor(const std::vector<const Customer*>& customers) {
  return pairsFor(customers).size();
}

DuplicateRepository::PairReasons DuplicateRepository::pairsFor(
    const std::vector<const Customer*>& customers) {
  PairReasons pairs = findPairs(customers);
  record(pairs);
  return pairs;
}

namespace {

/// How the given customers are selected in matchingKeys: the ids of an import's batch are taken
/// within a few milliseconds and lie close together, so that a range of the primary key reads
/// them in one sweep; ids far apart (customers an import updates, which keep theirs) go in IN
/// lists.
std::vector<std::pair<std::string, db::Params>> selections(std::vector<std::uint64_t> ids) {
  constexpr std::size_t kMaxGroup = 1000;
  constexpr std::size_t kMinRange = 32;
  constexpr std::uint64_t kMaxSpan = std::uint64_t{64} << 22;  // 64 ms of ids (see IdGenerator)
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  std::vector<std::pair<std::string, db::Params>> found;
  std::vector<std::uint64_t> apart;
  for (std::size_t i = 0; i < ids.size();) {
    std::size_t j = i + 1;
    while (j < ids.size() && j - i < kMaxGroup && ids[j] - ids[i] < kMaxSpan)
      ++j;
    if (j - i >= kMinRange) {
      db::Params range;
      range.emplace_back(std::in_place_type<std::uint64_t>, ids[i]);
      range.emplace_back(std::in_place_type<std::uint64_t>, ids[j - 1]);
      found.emplace_back("m.customer_id BETWEEN ? AND ?", std::move(range));
    } else {
      apart.insert(apart.end(), ids.begin() + static_cast<std::ptrdiff_t>(i),
                   ids.begin() + static_cast<std::ptrdiff_t>(j));
    }
    i = j;
  }
  for (std::size_t from = 0; from < apart.size(); from += kLookupChunk) {
    db::Params list;
    for (std::size_t k = from; k < std::min(apart.size(), from + kLookupChunk); ++k)
      list.emplace_back(std::in_place_type<std::uint64_t>, apart[k]);
    std::string in = "m.customer_id IN (" + db::inList(list) + ")";
    found.emplace_back(std::move(in), std::move(list));
  }
  return found;
}

}  // namespace

DuplicateRepository::PairReasons DuplicateRepository::findPairs(
    const std::vector<const Customer*>& customers) {
  std::set<std::uint64_t> given;
  std::set<char> kinds;  // only the kinds of key some given customer has are looked up
  for (const Customer* customer : customers) {
    given.insert(customer->id);
    for (const auto& key : blockingKeys(*customer))
      kinds.insert(key.kind);
  }
  PairReasons pairs;
  for (const auto& [mine, params] : selections({given.begin(), given.end()})) {
    for (char kind : kinds) {
      // The other holders of each key of each given customer.
      std::map<std::pair<std::uint64_t, std::string>, std::vector<std::uint64_t>> holders;
      for (auto& match : matchingKeys(db_, kind, mine, params)) {
        if (given.count(match.customer))  // a range may hold customers not given
          holders[{match.customer, std::move(match.key)}].push_back(match.other);
      }
      for (auto& [held, others] : holders) {
        std::sort(others.begin(), others.end());
        others.erase(std::unique(others.begin(), others.end()), others.end());
        if (others.size() + 1 > kMaxHoldersPerKey)
          continue;
        for (auto other : others)
          pairs[{std::min(held.first, other), std::max(held.first, other)}].insert(reasonOf(kind));
      }
    }
  }
  return pairs;
}

std::vector<DuplicateCandidate> DuplicateRepository::readBack(const PairReasons& pairs) {
  // Read back (existing pairs keep their id): by the pair key, a chunk of first members at a time.
  std::map<std::uint64_t, std::set<std::uint64_t>> byFirst;
  for (const auto& entry : pairs)
    byFirst[entry.first.first].insert(entry.first.second);
  std::vector<DuplicateCandidate> recorded;
  std::vector<std::uint64_t> firsts;
  for (const auto& entry : byFirst)
    firsts.push_back(entry.first);
  for (std::size_t from = 0; from < firsts.size(); from += kLookupChunk) {
    const std::size_t count = std::min(kLookupChunk, firsts.size() - from);
    db::Params params;
    for (std::size_t i = 0; i < count; ++i)
      params.emplace_back(std::in_place_type<std::uint64_t>, firsts[from + i]);
    const std::string list = db::inList(params);
    auto found = db_.query(std::string(kColumns) + "WHERE tenant_id = ? AND customer_a IN (" +
                               list + ") ORDER BY score DESC, id DESC",
                           params);
    while (found.next()) {
      auto pair = readCandidate(found);
      if (byFirst[pair.customerA].count(pair.customerB))
        recorded.push_back(std::move(pair));
    }
  }
  return recorded;
}

void DuplicateRepository::record(const PairReasons& pairs) {
  if (pairs.empty())
    return;
  const std::string now = utcTimestamp();
  std::vector<db::Params> rows;
  rows.reserve(pairs.size());
  for (const auto& [pair, reasons] : pairs) {
    rows.push_back({ids_.next(), pair.first, pair.second,
                    static_cast<std::int64_t>(duplicateScore(reasons)), reasonList(reasons),
                    std::string("open"), std::int64_t{1}, now, now, now});
  }
  // A pair a person dismissed (or merged) stays decided; an open one follows the data.
  db_.insertRows("customer_duplicates",
                 {"tenant_id", "id", "customer_a", "customer_b", "score", "reasons", "status",
                  "version", "created_at", "updated_at", "seen_at"},
                 rows, 500,
                 "ON DUPLICATE KEY UPDATE "
                 "version = IF(status = 'open' AND (score <> VALUES(score) OR reasons <> "
                 "VALUES(reasons)), version + 1, version), "
                 "updated_at = IF(status = 'open' AND (score <> VALUES(score) OR reasons <> "
                 "VALUES(reasons)), VALUES(updated_at), updated_at), "
                 "score = IF(status = 'open', VALUES(score), score), "
                 "reasons = IF(status = 'open', VALUES(reasons), reasons), "
                 "seen_at = VALUES(seen_at)");
}

std::vector<DuplicateCandidate> DuplicateRepository::list(
    const std::optional<std::string>& status, std::optional<std::pair<int, std::uint64_t>> after,
    std::size_t limit) {
  std::string sql = std::string(kColumns) + "WHERE tenant_id = ?";
  db::Params params;
  if (status) {
    sql += " AND status = ?";
    params.push_back(*status);
  }
  if (after) {
    sql += " AND (score < ? OR (score = ? AND id < ?))";
    params.push_back(static_cast<std::int64_t>(after->first));
    params.push_back(static_cast<std::int64_t>(after->first));
    params.push_back(after->second);
  }
  sql += " ORDER BY score DESC, id DESC LIMIT ?";
  params.push_back(static_cast<std::int64_t>(limit));
  std::vector<DuplicateCandidate> found;
  auto rows = db_.query(sql, params);
  while (rows.next())
    found.push_back(readCandidate(rows));
  return found;
}

std::optional<DuplicateCandidate> DuplicateRepository::find(std::uint64_t id) {
  auto rows = db_.query(std::string(kColumns) + "WHERE tenant_id = ? AND id = ?", {id});
  if (!rows.next())
    return std::nullopt;
  return readCandidate(rows);
}

std::vector<DuplicateCandidate> DuplicateRepository::openFor(std::uint64_t customerId) {
  std::vector<DuplicateCandidate> found;
  for (const char* member : {"customer_a", "customer_b"}) {
    auto rows = db_.query(std::string(kColumns) + "WHERE tenant_id = ? AND " + member +
                              " = ? AND status = 'open' ORDER BY score DESC, id DESC LIMIT 50",
                          {customerId});
    while (rows.next())
      found.push_back(readCandidate(rows));
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    return a.score != b.score ? a.score > b.score : a.id > b.id;
  });
  if (found.size() > 50)
    found.resize(50);
  return found;
}

void DuplicateRepository::forgetOpenPairsExcept(std::uint64_t customerId,
                                                const std::vector<DuplicateCandidate>& current) {
  for (const char* member : {"customer_a", "customer_b"}) {
    std::string sql = std::string("DELETE FROM customer_duplicates WHERE tenant_id = ? AND ") +
                      member + " = ? AND status = 'open'";
    db::Params params{customerId};
    if (!current.empty()) {
      db::Params keep;
      for (const auto& pair : current)
        keep.emplace_back(std::in_place_type<std::uint64_t>, pair.id);
      sql += " AND id NOT IN (" + db::inList(keep) + ")";
      params.insert(params.end(), keep.begin(), keep.end());
    }
    db_.execute(sql, params);
  }
}

bool DuplicateRepository::setStatus(std::uint64_t id, const std::string& status) {
  return db_.execute(
             "UPDATE customer_duplicates SET status = ?, version = version + 1, "
             "updated_at = UTC_TIMESTAMP(6) WHERE tenant_id = ? AND id = ? AND status = 'open'",
             {status, id}) == 1;
}

}  // namespace caravan::customers
