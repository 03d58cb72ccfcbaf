#pragma once

#include <caravan/platform/http.hpp>

namespace caravan::customers {

/// The HTTP edge of /api/v1/customer-fields: the tenant's custom attribute definitions.
Response createCustomField(RequestContext& request);
Response getCustomField(RequestContext& request);
Response listCustomFields(RequestContext& request);
Response updateCustomField(RequestContext& request);
Response deleteCustomField(RequestContext& request);

}  // namespace caravan::customers
