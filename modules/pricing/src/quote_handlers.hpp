#pragma once

#include <caravan/platform/http.hpp>

namespace caravan::pricing {

/// POST /api/v1/quotes: prices a basket for a store, a destination and a buyer, with tax, totals
/// in the order and base currencies, and the rules and rates used. With "save": true the quote is
/// kept as served (201): later rate changes never re-price it.
Response createQuote(RequestContext& request, int defaultMaxRateAgeDays);
/// GET /api/v1/quotes/{id}: a saved quote, exactly as it was answered.
Response getQuote(RequestContext& request);
/// GET /api/v1/quotes?store_id=: saved quotes, newest first.
Response listQuotes(RequestContext& request);

}  // namespace caravan::pricing
