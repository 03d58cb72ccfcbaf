#pragma once

#include <caravan/platform/http.hpp>
#include <caravan/platform/module.hpp>

namespace caravan::customers {

/// POST /api/v1/customers/{id}/merge {"merge_id": "...", "values_from_merged": ["name", ...]}:
/// folds the other customer into this one (If-Match on this one), moves every module's records
/// through the contributed MergeHooks, and deletes the other, in one transaction.
Response mergeCustomers(RequestContext& request, const Extensions& extensions);

}  // namespace caravan::customers
