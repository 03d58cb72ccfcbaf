#pragma once

#include <caravan/platform/http.hpp>

namespace caravan::customers {

/// POST /api/v1/customers/duplicates/scans: queues a scan of all the tenant's customers for
/// duplicate candidates (202; a scan already queued or running is answered instead).
Response requestDuplicateScanRoute(RequestContext& request);
/// GET /api/v1/customers/duplicates/scans/{id}: the scan's status and counts.
Response getDuplicateScan(RequestContext& request);

}  // namespace caravan::customers
