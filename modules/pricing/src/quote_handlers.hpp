#pragma once

#include <caravan/platform/http.hpp>

namespace caravan::pricing {

/// POST /api/v1/quotes: prices a basket for a store, a destination and a buyer, with tax, totals
/// in the order and base currencies, and the rules and rates used. Nothing is stored.
Response createQuote(RequestContext& request, int defaultMaxRateAgeDays);

}  // namespace caravan::pricing
