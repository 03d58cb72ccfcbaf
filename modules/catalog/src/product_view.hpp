#pragma once

#include <caravan/catalog/product.hpp>
#include <caravan/platform/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "product_repository.hpp"

namespace caravan::catalog {

/// A product or variant as a client sees it: a variant's empty fields filled from its parent,
/// with the names of the fields that were.
struct ProductView {
  Product product;
  std::vector<std::string> inherited;  ///< JSON field names, empty for a product
};

/// `variant` with what it leaves empty taken from `parent`: the names (as a whole: a variant with
/// a name of its own uses only its own names), the descriptions (likewise), the default language,
/// and each of hs_code, origin_country, weight_grams, dimensions_mm, customs_description and
/// tax_class. A product (no parent) is returned as it is, its tax class defaulted.
ProductView resolve(const Product& product, const Product* parent);

/// How a product is rendered: `language` localises name and description (with fallback to the
/// base language and then the default); `variants`, when given, lists a parent's variants.
struct RenderOptions {
  std::string language;
  const std::vector<VariantSummary>* variants = nullptr;
};

JsonObject productJson(const ProductView& view, const RenderOptions& options = {});

JsonObject attributesJson(const std::map<std::string, std::string>& attributes);

}  // namespace caravan::catalog
