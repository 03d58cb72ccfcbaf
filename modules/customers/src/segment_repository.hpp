#pragma once

#include <caravan/platform/db.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "segment_rules.hpp"

namespace caravan::customers {

struct Segment {
  std::uint64_t id = 0;
  std::string name;
  SegmentRules rules;
  std::int64_t version = 1;
  std::string createdAt;
  std::string updatedAt;
};

/// The SQL for segments and for evaluating them, always within one tenant.
class SegmentRepository {
 public:
  SegmentRepository(db::TenantSession& db, const SegmentFields& fields)
      : db_(db), fields_(fields) {}

  /// Throws db::DuplicateKey ("uq_customer_segments_name") for a name in use.
  void insert(const Segment& segment);
  std::optional<Segment> find(std::uint64_t id);
  std::vector<Segment> list(std::optional<std::uint64_t> beforeId, std::size_t limit);
  bool update(const Segment& segment, std::int64_t expectedVersion);
  bool remove(std::uint64_t id, std::int64_t expectedVersion);

  /// How many customers meet `rules` (one query).
  std::uint64_t count(const SegmentRules& rules);
  /// The ids of customers meeting `rules`, newest first, after `beforeId`.
  std::vector<std::uint64_t> members(const SegmentRules& rules,
                                     std::optional<std::uint64_t> beforeId, std::size_t limit);

 private:
  db::TenantSession& db_;
  const SegmentFields& fields_;
};

}  // namespace caravan::customers
