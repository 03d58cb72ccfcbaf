#pragma once

#include <caravan/platform/http.hpp>

#include "duplicate_repository.hpp"

namespace caravan::customers {

/// GET /api/v1/customers/duplicates: the review queue, highest score first (`?status=`).
Response listDuplicates(RequestContext& request);
/// POST /api/v1/customers/duplicates/{id}/dismiss: the two customers are different people.
Response dismissDuplicate(RequestContext& request);

/// A pair as the API shows it: ids, score, reasons and status, no personal data.
JsonObject duplicateJson(const DuplicateCandidate& pair);
/// A pair as seen from one of its customers (`customer_id` is the other one).
JsonObject candidateJson(const DuplicateCandidate& pair, std::uint64_t from);

}  // namespace caravan::customers
