#pragma once

#include <caravan/catalog/product.hpp>
#include <caravan/platform/json.hpp>
#include <string>
#include <vector>

namespace caravan::catalog {

/// What a request body does to a product.
enum class ProductInput {
  kNewProduct,  ///< POST /products: sku and a name required
  kNewVariant,  ///< POST /products/{id}/variants: sku and attributes required, the rest overrides
  kChange,      ///< PATCH: absent fields keep their value, null clears an optional one
};

/// Reads the fields a client may write from `body` into `product`, collecting every problem and
/// throwing one ValidationError with all of them. For a variant, `product.parentId` is set and
/// `product.defaultLanguage` is its parent's. Returns the names of the fields the body set, for
/// the audit log (names only, never values).
std::vector<std::string> readProductInput(const JsonObject& body, Product& product,
                                          ProductInput kind);

}  // namespace caravan::catalog
