#pragma once

#include <caravan/platform/http.hpp>

namespace caravan::pricing {

/// POST /api/v1/fx-rates/import: an ECB XML (application/xml) or CSV (text/csv) file.
Response importRates(RequestContext& request);
/// GET /api/v1/fx/convert?amount=10.00&from=EUR&to=JPY&at=2024-01-05
Response convertAmount(RequestContext& request, int maxRateAgeDays);

}  // namespace caravan::pricing
