#pragma once

#include <caravan/platform/http.hpp>

#include "rate_fetch.hpp"

namespace caravan::pricing {

/// POST /api/v1/fx-rates/import: an ECB XML (application/xml) or CSV (text/csv) file, or
/// {"url": "..."} (application/json) naming one to fetch under `fetchPolicy`.
Response importRates(RequestContext& request, const FetchPolicy& fetchPolicy);
/// GET /api/v1/currencies: every current ISO 4217 currency with its minor units (from ICU).
Response listCurrencies(RequestContext& request);
/// GET /api/v1/fx-rates?quote=USD&base=EUR&from=2024-01-01&to=2024-01-31: stored rates, newest
/// first, keyset-paginated by (date, base, quote).
Response listRates(RequestContext& request);
/// GET /api/v1/fx/convert?amount=10.00&from=EUR&to=JPY&at=2024-01-05
Response convertAmount(RequestContext& request, int defaultMaxRateAgeDays);

}  // namespace caravan::pricing
