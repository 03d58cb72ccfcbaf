#pragma once

#include <caravan/platform/http.hpp>

/// The REST handlers of the tax module: parse and validate, then call the rules and repositories.
namespace caravan::tax {

Response listRates(RequestContext& request);
Response createRate(RequestContext& request);
Response getRate(RequestContext& request);
Response deleteRate(RequestContext& request);
Response getSettings(RequestContext& request);
Response updateSettings(RequestContext& request);
Response checkVatIdRoute(RequestContext& request);

}  // namespace caravan::tax
