#pragma once

#include <caravan/platform/http.hpp>
#include <caravan/platform/module.hpp>

namespace caravan::customers {

/// GET /api/v1/customers/{id}/overview: the customer with every section other modules
/// contribute (see overview.hpp) and the merged timeline, newest first.
Response customerOverview(RequestContext& request, const Extensions& extensions);

}  // namespace caravan::customers
