#pragma once

#include <caravan/platform/http.hpp>

namespace caravan::pricing {

/// /api/v1/price-lists: markets (countries + currency), net or gross, with price points.
Response createPriceList(RequestContext& request);
Response listPriceLists(RequestContext& request);
Response getPriceList(RequestContext& request);
Response updatePriceList(RequestContext& request);
Response deletePriceList(RequestContext& request);
/// POST /api/v1/price-lists/{id}/prices: stores up to 10,000 effective-dated prices at once.
Response storePrices(RequestContext& request);
/// GET /api/v1/price-lists/{id}/prices?sku=: stored prices by SKU and date, paged.
Response listPrices(RequestContext& request);

/// GET and PUT /api/v1/pricing-settings: the tenant's own maximum rate age.
Response getPricingSettings(RequestContext& request, int defaultMaxRateAgeDays);
Response putPricingSettings(RequestContext& request, int defaultMaxRateAgeDays);

}  // namespace caravan::pricing
