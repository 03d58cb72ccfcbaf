#pragma once

#include <caravan/platform/http.hpp>

namespace caravan::organization {

/// The HTTP edge of /api/v1/legal-entities: parse and validate, call the repository, shape the
/// answer.
Response createLegalEntity(RequestContext& request);
Response getLegalEntity(RequestContext& request);
Response listLegalEntities(RequestContext& request);
Response updateLegalEntity(RequestContext& request);
Response deleteLegalEntity(RequestContext& request);

}  // namespace caravan::organization
