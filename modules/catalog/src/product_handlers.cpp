#include "product_handlers.hpp"

#include <caravan/platform/ids.hpp>
#include <caravan/platform/pagination.hpp>

#include "product_repository.hpp"
#include "product_rules.hpp"

namespace caravan::catalog {

namespace {

JsonObject toJson(const Product& product) {
  auto body = makeObject();
  auto optional = [&](const char* key, const auto& value) {
    if (value) {
      body->set(key, *value);
    } else {
      body->set(key, Poco::Dynamic::Var());
    }
  };
  body->set("id", std::to_string(product.id));
  body->set("sku", product.sku);
  body->set("name", product.name);
  optional("description", product.description);
  optional("hs_code", product.hsCode);
  optional("origin_country", product.originCountry);
  optional("weight_grams", product.weightGrams);
  body->set("version", product.version);
  body->set("created_at", product.createdAt);
  body->set("updated_at", product.updatedAt);
  return body;
}

JsonObject eventPayload(const Product& product) {
  auto payload = makeObject();
  payload->set("product_id", std::to_string(product.id));
  payload->set("sku", product.sku);
  return payload;
}

/// Reads the fields a client may write. On create, absent optional fields stay empty; on update
/// (`patch`), absent fields keep their value and null clears them. Returns the changed names.
std::vector<std::string> readFields(JsonReader& in, Product& product, bool patch) {
  std::vector<std::string> changed;
  auto text = [&](const char* key, std::string& target, StringRule rule) {
    if (!patch) {
      target = in.requiredString(key, rule);
      changed.push_back(key);
    } else if (in.has(key)) {
      if (auto value = in.optionalString(key, rule)) {
        target = *value;
        changed.push_back(key);
      }
    } else if (in.isNullGiven(key)) {
      in.addError(key, "required", "cannot be cleared");
    }
  };
  auto optionalText = [&](const char* key, std::optional<std::string>& target, StringRule rule) {
    if (in.isNullGiven(key)) {
      target.reset();
      changed.push_back(key);
    } else if (in.has(key)) {
      target = in.optionalString(key, rule);
      changed.push_back(key);
    } else {
      in.optionalString(key, rule);  // absent: mark read
    }
  };
  text("sku", product.sku, {.minLength = 1, .maxLength = 64});
  text("name", product.name, {.minLength = 1, .maxLength = 255});
  optionalText("description", product.description, {.minLength = 0, .maxLength = 10000});
  optionalText("hs_code", product.hsCode, {.minLength = 1, .maxLength = 20});
  optionalText("origin_country", product.originCountry, {.minLength = 2, .maxLength = 2});
  if (in.isNullGiven("weight_grams")) {
    product.weightGrams.reset();
    changed.push_back("weight_grams");
  } else if (in.has("weight_grams")) {
    product.weightGrams = in.optionalInt("weight_grams", 0, 10'000'000);
    changed.push_back("weight_grams");
  } else {
    in.optionalInt("weight_grams", 0, 10'000'000);
  }

  if (!product.sku.empty()) {
    if (auto error = checkSku(product.sku))
      in.addError(error->field, error->code, error->message);
  }
  if (product.hsCode) {
    if (auto error = checkHsCode(*product.hsCode)) {
      in.addError(error->field, error->code, error->message);
    } else {
      product.hsCode = normalizeHsCode(*product.hsCode);
    }
  }
  if (product.originCountry) {
    if (auto error = checkCountry("origin_country", *product.originCountry)) {
      in.addError(error->field, error->code, error->message);
    }
  }
  in.finish();
  return changed;
}

Conflict duplicateSku(const std::string& sku) {
  Conflict conflict("a product with SKU '" + sku + "' exists", "duplicate");
  conflict.withField({"sku", "duplicate", "is already used by another product"});
  return conflict;
}

Response withVersion(Response response, const Product& product) {
  response.withHeader("ETag", etagFor(product.version));
  return response;
}

Product loadOr404(ProductRepository& products, std::uint64_t id) {
  auto product = products.find(id);
  if (!product)
    throw NotFound("no product with id " + std::to_string(id));
  return *product;
}

}  // namespace

Response createProduct(RequestContext& request) {
  JsonReader in(request.jsonBody());
  Product product;
  const auto changed = readFields(in, product, false);
  product.id = request.ids().next();
  auto db = request.tenantDb();
  ProductRepository products(db);
  try {
    products.insert(product);
  } catch (const db::DuplicateKey& e) {
    if (e.key() == "uq_products_sku")
      throw duplicateSku(product.sku);
    throw;
  }
  product = loadOr404(products, product.id);
  request.publish("catalog.product.created", eventPayload(product));
  request.audit({"product", std::to_string(product.id), changed});
  return withVersion(Response::json(201, toJson(product)), product)
      .withHeader("Location", "/api/v1/products/" + std::to_string(product.id));
}

Response getProduct(RequestContext& request) {
  auto db = request.tenantDb();
  ProductRepository products(db);
  const Product product = loadOr404(products, request.idParam("id"));
  return withVersion(Response::json(200, toJson(product)), product);
}

Response listProducts(RequestContext& request) {
  const auto page = PageRequest::from(request);
  auto db = request.tenantDb();
  ProductRepository products(db);
  return Response::json(200, idPage(products.list(page.afterId(), page.limit + 1), page,
                                    [](const Product& product) { return toJson(product); }));
}

Response updateProduct(RequestContext& request) {
  auto db = request.tenantDb();
  ProductRepository products(db);
  Product product = loadOr404(products, request.idParam("id"));
  request.requireIfMatch(etagFor(product.version));
  const std::int64_t expected = product.version;
  JsonReader in(request.jsonBody());
  const auto changed = readFields(in, product, true);
  try {
    if (!products.update(product, expected))
      throw PreconditionFailed();
  } catch (const db::DuplicateKey& e) {
    if (e.key() == "uq_products_sku")
      throw duplicateSku(product.sku);
    throw;
  }
  product = loadOr404(products, product.id);
  request.publish("catalog.product.updated", eventPayload(product));
  request.audit({"product", std::to_string(product.id), changed});
  return withVersion(Response::json(200, toJson(product)), product);
}

Response deleteProduct(RequestContext& request) {
  auto db = request.tenantDb();
  ProductRepository products(db);
  const Product product = loadOr404(products, request.idParam("id"));
  request.requireIfMatch(etagFor(product.version));
  if (!products.remove(product.id, product.version))
    throw PreconditionFailed();
  request.publish("catalog.product.deleted", eventPayload(product));
  request.audit({"product", std::to_string(product.id), {}});
  return Response::noContent();
}

}  // namespace caravan::catalog
