#pragma once

#include <caravan/platform/http.hpp>

namespace caravan::organization {

/// The HTTP edge of /api/v1/stores: parse and validate, call the repositories, shape the answer.
Response createStore(RequestContext& request);
Response getStore(RequestContext& request);
Response listStores(RequestContext& request);
Response updateStore(RequestContext& request);
Response deleteStore(RequestContext& request);

}  // namespace caravan::organization
