#pragma once

#include <caravan/platform/http.hpp>

namespace caravan::catalog {

/// The HTTP edge of /api/v1/products: parse and validate, call the repository, shape the answer.
Response createProduct(RequestContext& request);
Response getProduct(RequestContext& request);
Response listProducts(RequestContext& request);
Response updateProduct(RequestContext& request);
Response deleteProduct(RequestContext& request);

/// /api/v1/products/{id}/variants: make a variant of a product, list them. A variant is read,
/// changed and deleted as /api/v1/products/{its id}.
Response createVariant(RequestContext& request);
Response listVariants(RequestContext& request);

}  // namespace caravan::catalog
