#pragma once

#include <caravan/platform/http.hpp>
#include <cstdint>
#include <string>

#include "product_repository.hpp"

namespace caravan::catalog {

/// What the product and variant handlers share: reading a product for a request, rendering it
/// with its parent's values, and turning key conflicts into answers that name the field.

/// `?language=`: the canonical tag, "" when absent; a malformed one is a ValidationError.
std::string requestedLanguage(const RequestContext& request);
/// The same check, adding the problem to `errors` instead of throwing.
std::string requestedLanguage(const RequestContext& request, std::vector<FieldError>& errors);

/// The product or variant `id` of the request's tenant, or NotFound. `lock`: see
/// ProductRepository::find.
Product loadOr404(ProductRepository& products, std::uint64_t id, bool lock = false);

/// The JSON of `product` as a client sees it: a variant resolved against its parent, a product
/// with its variants.
JsonObject renderProduct(ProductRepository& products, const Product& product,
                         const std::string& language);

/// A response carrying the product's version as its ETag.
Response withVersion(Response response, const Product& product);

/// Rethrows a duplicate key of products as the Conflict a client can act on (which field, which
/// value); anything else as it is.
[[noreturn]] void rethrowDuplicate(const db::DuplicateKey& duplicate, const Product& product);

/// The payload of catalog.product.* events.
JsonObject eventPayload(const Product& product);

}  // namespace caravan::catalog
