#include "product_repository.hpp"

#include <caravan/platform/json.hpp>

namespace caravan::catalog {

namespace {

constexpr const char* kColumns =
    "SELECT id, sku, name, description, hs_code, origin_country, weight_grams, version, "
    "created_at, updated_at FROM products ";

db::Param optional(const std::optional<std::string>& value) {
  return value ? db::Param{*value} : db::Param{nullptr};
}

db::Param optional(const std::optional<std::int64_t>& value) {
  return value ? db::Param{*value} : db::Param{nullptr};
}

Product read(db::Rows& rows) {
  Product product;
  product.id = rows.uint64(1);
  product.sku = rows.string(2);
  product.name = rows.string(3);
  product.description = rows.optionalString(4);
  product.hsCode = rows.optionalString(5);
  product.originCountry = rows.optionalString(6);
  if (!rows.isNull(7))
    product.weightGrams = rows.int64(7);
  product.version = rows.int64(8);
  product.createdAt = isoUtc(rows.string(9));
  product.updatedAt = isoUtc(rows.string(10));
  return product;
}

}  // namespace

void ProductRepository::insert(const Product& product) {
  db_.execute(
      "INSERT INTO products (tenant_id, id, sku, name, description, hs_code, origin_country, "
      "weight_grams, version, created_at, updated_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
      {product.id, product.sku, product.name, optional(product.description),
       optional(product.hsCode), optional(product.originCountry), optional(product.weightGrams)});
}

std::optional<Product> ProductRepository::find(std::uint64_t id) {
  auto rows = db_.query(std::string(kColumns) + "WHERE tenant_id = ? AND id = ?", {id});
  if (!rows.next())
    return std::nullopt;
  return read(rows);
}

std::vector<Product> ProductRepository::list(std::optional<std::uint64_t> beforeId,
                                             std::size_t limit) {
  auto rows = db_.newestFirst(std::string(kColumns) + "WHERE tenant_id = ?", beforeId, limit);
  std::vector<Product> products;
  while (rows.next())
    products.push_back(read(rows));
  return products;
}

bool ProductRepository::update(const Product& product, std::int64_t expectedVersion) {
  return db_.execute(
             "UPDATE products SET sku = ?, name = ?, description = ?, hs_code = ?, "
             "origin_country = ?, weight_grams = ?, version = version + 1, "
             "updated_at = UTC_TIMESTAMP(6) WHERE tenant_id = ? AND id = ? AND version = ?",
             {product.sku, product.name, optional(product.description), optional(product.hsCode),
              optional(product.originCountry), optional(product.weightGrams), product.id,
              expectedVersion}) == 1;
}

bool ProductRepository::remove(std::uint64_t id, std::int64_t expectedVersion) {
  return db_.execute("DELETE FROM products WHERE tenant_id = ? AND id = ? AND version = ?",
                     {id, expectedVersion}) == 1;
}

}  // namespace caravan::catalog
