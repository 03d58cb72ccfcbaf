#pragma once

#include <caravan/platform/http.hpp>

namespace caravan::pricing {

/// GET /api/v1/prices?sku=A,B&country=DE&at=2024-01-05: what the market of a country charges for
/// each SKU on a date, its own list price or a converted price marked as such.
Response lookupPrices(RequestContext& request, int defaultMaxRateAgeDays);

}  // namespace caravan::pricing
