#pragma once

#include <caravan/platform/http.hpp>

#include "import_jobs.hpp"

namespace caravan::customers {

/// POST /api/v1/customers/import: a CSV (text/csv) or JSON lines (application/x-ndjson) body;
/// `?dry_run=true` checks without writing. Up to settings.syncMaxRows rows are imported within
/// the request (200 with totals and every row error); a larger file becomes a job (202).
Response importCustomers(RequestContext& request, const ImportSettings& settings);

/// GET /api/v1/customers/import-jobs/{id}: status, progress and the first 1000 row errors.
Response getImportJob(RequestContext& request);

}  // namespace caravan::customers
