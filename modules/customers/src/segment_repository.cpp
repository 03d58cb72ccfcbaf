#include "segment_repository.hpp"

#include <caravan/platform/json.hpp>

namespace caravan::customers {

namespace {

constexpr const char* kColumns =
    "SELECT id, name, rules, version, created_at, updated_at FROM customer_segments ";

Segment read(db::Rows& rows) {
  Segment segment;
  segment.id = rows.uint64(1);
  segment.name = rows.string(2);
  segment.rules = parseStoredRules(rows.string(3));
  segment.version = rows.int64(4);
  segment.createdAt = isoUtc(rows.string(5));
  segment.updatedAt = isoUtc(rows.string(6));
  return segment;
}

}  // namespace

void SegmentRepository::insert(const Segment& segment) {
  db_.execute(
      "INSERT INTO customer_segments (tenant_id, id, name, rules, version, created_at, "
      "updated_at) VALUES (?, ?, ?, ?, 1, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
      {segment.id, segment.name, toJson(rulesJson(segment.rules))});
}

std::optional<Segment> SegmentRepository::find(std::uint64_t id) {
  auto rows = db_.query(std::string(kColumns) + "WHERE tenant_id = ? AND id = ?", {id});
  if (!rows.next())
    return std::nullopt;
  return read(rows);
}

std::vector<Segment> SegmentRepository::list(std::optional<std::uint64_t> beforeId,
                                             std::size_t limit) {
  auto rows = db_.newestFirst(std::string(kColumns) + "WHERE tenant_id = ?", beforeId, limit);
  std::vector<Segment> segments;
  while (rows.next())
    segments.push_back(read(rows));
  return segments;
}

bool SegmentRepository::update(const Segment& segment, std::int64_t expectedVersion) {
  return db_.execute(
             "UPDATE customer_segments SET name = ?, rules = ?, version = version + 1, "
             "updated_at = UTC_TIMESTAMP(6) WHERE tenant_id = ? AND id = ? AND version = ?",
             {segment.name, toJson(rulesJson(segment.rules)), segment.id, expectedVersion}) == 1;
}

bool SegmentRepository::remove(std::uint64_t id, std::int64_t expectedVersion) {
  return db_.execute("DELETE FROM customer_segments WHERE tenant_id = ? AND id = ? AND version = ?",
                     {id, expectedVersion}) == 1;
}

std::uint64_t SegmentRepository::count(const SegmentRules& rules) {
  db::Params params;
  const std::string condition = fields_.condition(rules, params);
  auto rows =
      db_.query("SELECT COUNT(*) FROM customers c WHERE c.tenant_id = ? AND " + condition, params);
  rows.next();
  return rows.uint64(1);
}

std::vector<std::uint64_t> SegmentRepository::members(const SegmentRules& rules,
                                                      std::optional<std::uint64_t> beforeId,
                                                      std::size_t limit) {
  db::Params params;
  std::string sql =
      "SELECT c.id FROM customers c WHERE c.tenant_id = ? AND " + fields_.condition(rules, params);
  if (beforeId) {
    sql += " AND c.id < ?";
    params.emplace_back(std::in_place_type<std::uint64_t>, *beforeId);
  }
  sql += " ORDER BY c.id DESC LIMIT " + std::to_string(limit);
  auto rows = db_.query(sql, params);
  std::vector<std::uint64_t> ids;
  while (rows.next())
    ids.push_back(rows.uint64(1));
  return ids;
}

}  // namespace caravan::customers
