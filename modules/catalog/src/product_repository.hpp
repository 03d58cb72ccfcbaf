#pragma once

#include <caravan/catalog/product.hpp>
#include <caravan/platform/db.hpp>
#include <optional>
#include <vector>

namespace caravan::catalog {

/// The SQL for products, always within one tenant.
class ProductRepository {
 public:
  explicit ProductRepository(db::TenantSession& db) : db_(db) {}

  /// Throws db::DuplicateKey (key "uq_products_sku") when the SKU is taken.
  void insert(const Product& product);
  std::optional<Product> find(std::uint64_t id);
  /// Newest first; `beforeId` continues a page.
  std::vector<Product> list(std::optional<std::uint64_t> beforeId, std::size_t limit);
  /// Writes `product` if its stored version is still `expectedVersion`; false otherwise.
  bool update(const Product& product, std::int64_t expectedVersion);
  bool remove(std::uint64_t id, std::int64_t expectedVersion);

 private:
  db::TenantSession& db_;
};

}  // namespace caravan::catalog
