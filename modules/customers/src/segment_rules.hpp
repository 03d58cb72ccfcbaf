#pragma once

#include <caravan/customers/segments.hpp>
#include <caravan/platform/json.hpp>
#include <memory>
#include <string>
#include <vector>

namespace caravan::customers {

/// One condition of a segment: `field` `op` `values` ("country in [DE, AT]").
struct SegmentRule {
  std::string field;
  std::string op;
  std::vector<std::string> values;
};

/// A segment's conditions, all of which (or any of which) a member meets. No rules: everyone.
struct SegmentRules {
  bool matchAll = true;
  std::vector<SegmentRule> rules;
};

/// The fields segment rules may use: the customer's own (country, language, currency, kind,
/// source_channel, tag, created_at) and those other modules contribute.
class SegmentFields {
 public:
  explicit SegmentFields(std::vector<std::shared_ptr<SegmentField>> contributed);

  /// Reads {"match": "all" | "any", "rules": [{"field", "op", "value" | "values"}]} under
  /// `in`, recording every problem in `in`.
  SegmentRules read(JsonReader& in) const;
  /// The SQL condition for `rules` on the customer row `c`, its values appended to `params`.
  std::string condition(const SegmentRules& rules, db::Params& params) const;
  /// The field names, built-in first.
  std::vector<std::string> names() const;

 private:
  const SegmentField* find(const std::string& name) const;
  std::vector<std::shared_ptr<SegmentField>> fields_;
};

/// The rules as stored and shown: {"match": "all", "rules": [{"field", "op", "values"}]}.
JsonObject rulesJson(const SegmentRules& rules);
/// Reads what rulesJson wrote (stored rules were validated when written).
SegmentRules parseStoredRules(const std::string& json);

}  // namespace caravan::customers
