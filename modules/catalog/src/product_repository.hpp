#pragma once

#include <caravan/catalog/product.hpp>
#include <caravan/platform/db.hpp>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace caravan::catalog {

/// Which products a list shows.
struct ProductFilter {
  std::optional<std::uint64_t> parentId = {};  ///< the variants of this product only
  std::optional<std::string> sku = {};         ///< the product or variant with this SKU only
};

/// What a parent shows of each of its variants.
struct VariantSummary {
  std::uint64_t id = 0;
  std::string sku;
  std::map<std::string, std::string> attributes;
};

/// The SQL for products, variants and their translations, always within one tenant. A product
/// is read and written together with its texts in other languages.
class ProductRepository {
 public:
  explicit ProductRepository(db::TenantSession& db) : db_(db) {}

  /// Throws db::DuplicateKey: key "uq_products_sku" when the SKU is taken,
  /// "uq_products_variant_attributes" when the parent has a variant with these attributes.
  void insert(const Product& product);
  /// `lock`: a locking read (FOR UPDATE) that sees the latest committed row and holds it until
  /// the transaction ends, so that a parent and its variants change one at a time.
  std::optional<Product> find(std::uint64_t id, bool lock = false);
  /// The products with these ids (any order); missing ids are absent.
  std::vector<Product> findMany(const std::vector<std::uint64_t>& ids);
  /// Newest first; `beforeId` continues a page.
  std::vector<Product> list(std::optional<std::uint64_t> beforeId, std::size_t limit);
  std::vector<Product> list(const ProductFilter& filter, std::optional<std::uint64_t> beforeId,
                            std::size_t limit);
  /// Writes `product` if its stored version is still `expectedVersion`; false otherwise. Throws
  /// db::DuplicateKey as insert does.
  bool update(const Product& product, std::int64_t expectedVersion);
  bool remove(std::uint64_t id, std::int64_t expectedVersion);
  /// The variants of `parentId`, oldest first. `lock`: a locking read (see find).
  std::vector<VariantSummary> variants(std::uint64_t parentId, bool lock = false);

 private:
  std::vector<Product> withTexts(db::Rows& rows);
  void writeTexts(const Product& product);

  db::TenantSession& db_;
};

}  // namespace caravan::catalog
