#include "product_handlers.hpp"

#include <caravan/platform/ids.hpp>
#include <caravan/platform/pagination.hpp>
#include <charconv>
#include <set>
#include <unordered_map>

#include "product_http.hpp"
#include "product_input.hpp"
#include "product_repository.hpp"
#include "product_view.hpp"

namespace caravan::catalog {

namespace {

/// A page of products, each variant resolved against its parent (read in one query for the
/// page, not one per variant).
JsonObject productPage(ProductRepository& products, std::vector<Product> found,
                       const PageRequest& page, const std::string& language) {
  std::set<std::uint64_t> onPage;
  for (const auto& product : found)
    onPage.insert(product.id);
  std::vector<std::uint64_t> missing;
  for (const auto& product : found) {
    if (product.parentId && !onPage.count(*product.parentId))
      missing.push_back(*product.parentId);
  }
  std::unordered_map<std::uint64_t, Product> parents;
  for (auto& parent : products.findMany(missing))
    parents.emplace(parent.id, std::move(parent));
  for (const auto& product : found) {
    if (onPage.count(product.id) && !product.parentId)
      parents.emplace(product.id, product);
  }
  return idPage(std::move(found), page, [&](const Product& product) {
    const Product* parent = nullptr;
    if (product.parentId) {
      auto at = parents.find(*product.parentId);
      parent = at == parents.end() ? nullptr : &at->second;
    }
    return productJson(resolve(product, parent), {.language = language});
  });
}

/// Reads `?parent_id`, `?sku`, `?language` and the page, reporting every bad one at once.
struct ListQuery {
  PageRequest page;
  ProductFilter filter;
  std::string language;
};

ListQuery readListQuery(const RequestContext& request) {
  ListQuery query;
  std::vector<FieldError> errors;
  try {
    query.page = PageRequest::from(request);
    query.page.afterId();
  } catch (const ValidationError& error) {
    errors = error.fieldErrors();
  }
  if (auto parent = request.queryParam("parent_id")) {
    std::uint64_t id = 0;
    auto [end, error] = std::from_chars(parent->data(), parent->data() + parent->size(), id);
    if (error != std::errc() || end != parent->data() + parent->size() || id == 0) {
      errors.push_back({"parent_id", "invalid_id", "must be the id of a product"});
    } else {
      query.filter.parentId = id;
    }
  }
  if (auto sku = request.queryParam("sku")) {
    if (sku->empty() || sku->size() > 64) {
      errors.push_back({"sku", "invalid_format", "must be 1 to 64 characters"});
    } else {
      query.filter.sku = *sku;
    }
  }
  query.language = requestedLanguage(request, errors);
  if (!errors.empty())
    throw ValidationError(errors);
  return query;
}

}  // namespace

Response createProduct(RequestContext& request) {
  Product product;
  const auto changed = readProductInput(request.jsonBody(), product, ProductInput::kNewProduct);
  product.id = request.ids().next();
  auto db = request.tenantDb();
  ProductRepository products(db);
  try {
    products.insert(product);
  } catch (const db::DuplicateKey& e) {
    rethrowDuplicate(e, product);
  }
  product = loadOr404(products, product.id);
  request.publish("catalog.product.created", eventPayload(product));
  request.audit({"product", std::to_string(product.id), changed});
  return withVersion(Response::json(201, renderProduct(products, product, "")), product)
      .withHeader("Location", "/api/v1/products/" + std::to_string(product.id));
}

Response getProduct(RequestContext& request) {
  const std::string language = requestedLanguage(request);
  auto db = request.tenantDb();
  ProductRepository products(db);
  const Product product = loadOr404(products, request.idParam("id"));
  return withVersion(Response::json(200, renderProduct(products, product, language)), product);
}

Response listProducts(RequestContext& request) {
  const ListQuery query = readListQuery(request);
  auto db = request.tenantDb();
  ProductRepository products(db);
  auto found = products.list(query.filter, query.page.afterId(), query.page.limit + 1);
  return Response::json(200, productPage(products, std::move(found), query.page, query.language));
}

Response updateProduct(RequestContext& request) {
  auto db = request.tenantDb();
  ProductRepository products(db);
  Product product = loadOr404(products, request.idParam("id"), true);
  request.requireIfMatch(etagFor(product.version));
  const std::int64_t expected = product.version;
  if (product.parentId)
    product.defaultLanguage = loadOr404(products, *product.parentId).defaultLanguage;
  const auto changed = readProductInput(request.jsonBody(), product, ProductInput::kChange);
  try {
    if (!products.update(product, expected))
      throw PreconditionFailed();
  } catch (const db::DuplicateKey& e) {
    rethrowDuplicate(e, product);
  }
  product = loadOr404(products, product.id);
  request.publish("catalog.product.updated", eventPayload(product));
  request.audit({"product", std::to_string(product.id), changed});
  return withVersion(Response::json(200, renderProduct(products, product, "")), product);
}

Response deleteProduct(RequestContext& request) {
  auto db = request.tenantDb();
  ProductRepository products(db);
  // Locked, so that no variant is added between the check below and the delete.
  const Product product = loadOr404(products, request.idParam("id"), true);
  request.requireIfMatch(etagFor(product.version));
  if (!product.parentId) {
    const auto variants = products.variants(product.id, true);
    if (!variants.empty()) {
      std::string skus;
      for (std::size_t i = 0; i < variants.size() && i < 5; ++i)
        skus += (i ? ", " : "") + variants[i].sku;
      throw Conflict("product " + std::to_string(product.id) + " has " +
                         std::to_string(variants.size()) + " variant(s) (" + skus +
                         (variants.size() > 5 ? ", ..." : "") + "); delete them first",
                     "has_variants");
    }
  }
  if (!products.remove(product.id, product.version))
    throw PreconditionFailed();
  request.publish("catalog.product.deleted", eventPayload(product));
  request.audit({"product", std::to_string(product.id), {}});
  return Response::noContent();
}

Response createVariant(RequestContext& request) {
  auto db = request.tenantDb();
  ProductRepository products(db);
  // Locked, so that the product is not deleted while its variant is being added.
  const Product parent = loadOr404(products, request.idParam("id"), true);
  if (parent.parentId) {
    throw Unprocessable("product " + std::to_string(parent.id) + " is itself a variant (of " +
                            std::to_string(*parent.parentId) +
                            "); add the variant to that product instead",
                        "variant_of_variant");
  }
  Product variant;
  variant.parentId = parent.id;
  variant.defaultLanguage = parent.defaultLanguage;
  const auto changed = readProductInput(request.jsonBody(), variant, ProductInput::kNewVariant);
  variant.id = request.ids().next();
  try {
    products.insert(variant);
  } catch (const db::DuplicateKey& e) {
    rethrowDuplicate(e, variant);
  }
  variant = loadOr404(products, variant.id);
  request.publish("catalog.product.created", eventPayload(variant));
  request.audit({"product", std::to_string(variant.id), changed});
  return withVersion(Response::json(201, productJson(resolve(variant, &parent))), variant)
      .withHeader("Location", "/api/v1/products/" + std::to_string(variant.id));
}

Response listVariants(RequestContext& request) {
  const std::uint64_t parentId = request.idParam("id");
  ListQuery query = readListQuery(request);
  query.filter.parentId = parentId;
  auto db = request.tenantDb();
  ProductRepository products(db);
  loadOr404(products, parentId);
  auto found = products.list(query.filter, query.page.afterId(), query.page.limit + 1);
  return Response::json(200, productPage(products, std::move(found), query.page, query.language));
}

}  // namespace caravan::catalog
