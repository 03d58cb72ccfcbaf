#pragma once

#include <caravan/platform/http.hpp>

namespace caravan::customers {

/// The HTTP edge of /api/v1/customers: parse and validate, call the repository, shape the answer.
Response createCustomer(RequestContext& request);
Response getCustomer(RequestContext& request);
/// Newest first, or with `q` the search (relevance, then newest); `tag` filters either.
Response listCustomers(RequestContext& request);
Response updateCustomer(RequestContext& request);
Response deleteCustomer(RequestContext& request);

}  // namespace caravan::customers
