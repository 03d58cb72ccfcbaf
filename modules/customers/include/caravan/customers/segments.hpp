#pragma once

#include <caravan/platform/db.hpp>
#include <string>
#include <vector>

/// Segment criteria that other modules own (total spend and order count from orders, tier from
/// loyalty, consent state from privacy, RFM scores): a module contributes a SegmentField while it
/// registers, and the customers module offers it in segment rules. The field writes the SQL
/// condition over its own tables, so no module reads another's tables:
///
///   registry.contribute<customers::SegmentField>(std::make_shared<OrderCountField>());
namespace caravan::customers {

class SegmentField {
 public:
  virtual ~SegmentField() = default;
  /// The name rules use: "order_count", "total_spend", "tier" ...
  virtual std::string name() const = 0;
  /// The operators it accepts ("eq", "in", "gte", "lte", ...).
  virtual std::vector<std::string> operators() const = 0;
  /// Why `values` cannot be used with `op`, or "" when they can.
  virtual std::string problem(const std::string& op,
                              const std::vector<std::string>& values) const = 0;
  /// An SQL condition on the customer row `c` (columns c.tenant_id, c.id), with `?` for each value
  /// it appends to `params`; it must stay within c.tenant_id.
  virtual std::string condition(const std::string& op, const std::vector<std::string>& values,
                                db::Params& params) const = 0;
};

}  // namespace caravan::customers
