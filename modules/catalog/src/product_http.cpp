#include "product_http.hpp"

#include "language_tags.hpp"
#include "product_view.hpp"
#include "variant_attributes.hpp"

namespace caravan::catalog {

std::string requestedLanguage(const RequestContext& request, std::vector<FieldError>& errors) {
  const auto given = request.queryParam("language");
  if (!given || given->empty())
    return "";
  if (auto canonical = canonicalLanguage(*given))
    return *canonical;
  errors.push_back(
      {"language", "invalid_language", "must be a language tag such as \"de\" or \"pt-BR\""});
  return "";
}

std::string requestedLanguage(const RequestContext& request) {
  std::vector<FieldError> errors;
  std::string language = requestedLanguage(request, errors);
  if (!errors.empty())
    throw ValidationError(errors);
  return language;
}

Product loadOr404(ProductRepository& products, std::uint64_t id, bool lock) {
  auto product = products.find(id, lock);
  if (!product)
    throw NotFound("no product with id " + std::to_string(id));
  return *product;
}

JsonObject renderProduct(ProductRepository& products, const Product& product,
                         const std::string& language) {
  if (product.parentId) {
    const auto parent = products.find(*product.parentId);
    return productJson(resolve(product, parent ? &*parent : nullptr), {.language = language});
  }
  const auto variants = products.variants(product.id);
  return productJson(resolve(product, nullptr), {.language = language, .variants = &variants});
}

Response withVersion(Response response, const Product& product) {
  response.withHeader("ETag", etagFor(product.version));
  return response;
}

void rethrowDuplicate(const db::DuplicateKey& duplicate, const Product& product) {
  if (duplicate.key() == "uq_products_sku") {
    Conflict conflict("a product or variant with SKU '" + product.sku + "' exists", "duplicate");
    conflict.withField({"sku", "duplicate", "is already used by another product or variant"});
    throw conflict;
  }
  if (duplicate.key() == "uq_products_variant_attributes") {
    Conflict conflict("product " + std::to_string(product.parentId.value_or(0)) +
                          " already has a variant with the attributes " +
                          attributesText(product.attributes),
                      "duplicate");
    conflict.withField(
        {"attributes", "duplicate", "another variant of this product has the same attributes"});
    throw conflict;
  }
  throw duplicate;
}

JsonObject eventPayload(const Product& product) {
  auto payload = makeObject();
  payload->set("product_id", std::to_string(product.id));
  payload->set("sku", product.sku);
  if (product.parentId)
    payload->set("parent_id", std::to_string(*product.parentId));
  return payload;
}

}  // namespace caravan::catalog
