#pragma once

#include <caravan/platform/http.hpp>
#include <caravan/platform/module.hpp>

namespace caravan::customers {

/// /api/v1/segments: rule-based customer segments, evaluated in SQL when asked. The rule fields
/// are the customer's own plus those other modules contribute (customers::SegmentField).
class SegmentHandlers {
 public:
  explicit SegmentHandlers(const Extensions& extensions) : extensions_(extensions) {}

  Response create(RequestContext& request) const;
  Response list(RequestContext& request) const;
  Response get(RequestContext& request) const;
  Response update(RequestContext& request) const;
  Response remove(RequestContext& request) const;
  /// GET /api/v1/segments/{id}/members: the customers in it now, newest first.
  Response members(RequestContext& request) const;
  /// GET /api/v1/segments/{id}/export.csv: its customers in the import's CSV columns.
  Response exportCsv(RequestContext& request) const;
  /// POST /api/v1/segments/preview: how many customers rules would hold, without saving them.
  Response preview(RequestContext& request) const;

 private:
  const Extensions& extensions_;
};

}  // namespace caravan::customers
