#include "product_repository.hpp"

#include <caravan/platform/json.hpp>
#include <unordered_map>

#include "sql_lists.hpp"
#include "variant_attributes.hpp"

namespace caravan::catalog {

namespace {

constexpr const char* kColumns =
    "SELECT id, parent_id, sku, attributes, name, description, default_language, hs_code, "
    "origin_country, weight_grams, length_mm, width_mm, height_mm, customs_description, "
    "tax_class, version, created_at, updated_at FROM products ";

db::Param optional(const std::optional<std::string>& value) {
  return value ? db::Param{*value} : db::Param{nullptr};
}

db::Param optional(const std::optional<std::int64_t>& value) {
  return value ? db::Param{*value} : db::Param{nullptr};
}

std::optional<std::int64_t> optionalInt(db::Rows& rows, unsigned column) {
  if (rows.isNull(column))
    return std::nullopt;
  return rows.int64(column);
}

Product read(db::Rows& rows) {
  Product product;
  product.id = rows.uint64(1);
  if (!rows.isNull(2))
    product.parentId = rows.uint64(2);
  product.sku = rows.string(3);
  if (!rows.isNull(4))
    product.attributes = parseAttributesText(rows.string(4));
  product.name = rows.optionalString(5).value_or("");
  product.description = rows.optionalString(6);
  product.defaultLanguage = rows.optionalString(7).value_or("");
  product.hsCode = rows.optionalString(8);
  product.originCountry = rows.optionalString(9);
  product.weightGrams = optionalInt(rows, 10);
  if (!rows.isNull(11))
    product.dimensionsMm = Dimensions{rows.int64(11), rows.int64(12), rows.int64(13)};
  product.customsDescription = rows.optionalString(14);
  product.taxClass = rows.optionalString(15);
  product.version = rows.int64(16);
  product.createdAt = isoUtc(rows.string(17));
  product.updatedAt = isoUtc(rows.string(18));
  return product;
}

/// The columns a client writes, in the order of kWritten, as parameters. A product always has a
/// default language and a tax class; a variant stores NULL for what it takes from its parent.
db::Params writtenValues(const Product& product) {
  const bool variant = product.parentId.has_value();
  const auto dimension = [&](std::int64_t Dimensions::*side) {
    return product.dimensionsMm ? db::Param{(*product.dimensionsMm).*side} : db::Param{nullptr};
  };
  return {
      variant ? db::Param{*product.parentId} : db::Param{nullptr},
      product.sku,
      variant && !product.attributes.empty() ? db::Param{attributesText(product.attributes)}
                                             : db::Param{nullptr},
      product.name.empty() ? db::Param{nullptr} : db::Param{product.name},
      optional(product.description),
      variant ? db::Param{nullptr} : db::Param{product.defaultLanguage},
      optional(product.hsCode),
      optional(product.originCountry),
      optional(product.weightGrams),
      dimension(&Dimensions::lengthMm),
      dimension(&Dimensions::widthMm),
      dimension(&Dimensions::heightMm),
      optional(product.customsDescription),
      variant ? optional(product.taxClass) : db::Param{product.taxClass.value_or("standard")},
  };
}

}  // namespace

void ProductRepository::insert(const Product& product) {
  db::Params params{product.id};
  const db::Params written = writtenValues(product);
  params.insert(params.end(), written.begin(), written.end());
  db_.execute(
      "INSERT INTO products (tenant_id, id, parent_id, sku, attributes, name, description, "
      "default_language, hs_code, origin_country, weight_grams, length_mm, width_mm, height_mm, "
      "customs_description, tax_class, version, created_at, updated_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, UTC_TIMESTAMP(6), "
      "UTC_TIMESTAMP(6))",
      params);
  writeTexts(product);
}

std::optional<Product> ProductRepository::find(std::uint64_t id, bool lock) {
  auto rows = db_.query(
      std::string(kColumns) + "WHERE tenant_id = ? AND id = ?" + (lock ? " FOR UPDATE" : ""), {id});
  auto found = withTexts(rows);
  if (found.empty())
    return std::nullopt;
  return found.front();
}

std::vector<Product> ProductRepository::findMany(const std::vector<std::uint64_t>& ids) {
  if (ids.empty())
    return {};
  db::Params params;
  const std::string marks = appendInList(params, std::vector<db::Param>(ids.begin(), ids.end()));
  auto rows =
      db_.query(std::string(kColumns) + "WHERE tenant_id = ? AND id IN (" + marks + ")", params);
  return withTexts(rows);
}

std::vector<Product> ProductRepository::list(std::optional<std::uint64_t> beforeId,
                                             std::size_t limit) {
  return list(ProductFilter{}, beforeId, limit);
}

std::vector<Product> ProductRepository::list(const ProductFilter& filter,
                                             std::optional<std::uint64_t> beforeId,
                                             std::size_t limit) {
  std::string select = std::string(kColumns) + "WHERE tenant_id = ?";
  db::Params params;
  if (filter.parentId) {
    select += " AND parent_id = ?";
    params.push_back(*filter.parentId);
  }
  if (filter.sku) {
    select += " AND sku = ?";
    params.push_back(*filter.sku);
  }
  auto rows = db_.newestFirst(select, beforeId, limit, params);
  return withTexts(rows);
}

bool ProductRepository::update(const Product& product, std::int64_t expectedVersion) {
  db::Params params = writtenValues(product);
  params.push_back(product.id);
  params.push_back(expectedVersion);
  const bool written =
      db_.execute(
          "UPDATE products SET parent_id = ?, sku = ?, attributes = ?, name = ?, description = ?, "
          "default_language = ?, hs_code = ?, origin_country = ?, weight_grams = ?, "
          "length_mm = ?, width_mm = ?, height_mm = ?, customs_description = ?, tax_class = ?, "
          "version = version + 1, updated_at = UTC_TIMESTAMP(6) "
          "WHERE tenant_id = ? AND id = ? AND version = ?",
          params) == 1;
  if (written)
    writeTexts(product);
  return written;
}

bool ProductRepository::remove(std::uint64_t id, std::int64_t expectedVersion) {
  const bool removed =
      db_.execute("DELETE FROM products WHERE tenant_id = ? AND id = ? AND version = ?",
                  {id, expectedVersion}) == 1;
  if (removed) {
    db_.execute("DELETE FROM product_translations WHERE tenant_id = ? AND product_id = ?", {id});
  }
  return removed;
}

std::vector<VariantSummary> ProductRepository::variants(std::uint64_t parentId, bool lock) {
  auto rows = db_.query(
      std::string("SELECT id, sku, attributes FROM products WHERE tenant_id = ? AND parent_id = ? "
                  "ORDER BY id") +
          (lock ? " FOR UPDATE" : ""),
      {parentId});
  std::vector<VariantSummary> found;
  while (rows.next())
    found.push_back({rows.uint64(1), rows.string(2), parseAttributesText(rows.string(3))});
  return found;
}

std::vector<Product> ProductRepository::withTexts(db::Rows& rows) {
  std::vector<Product> products;
  while (rows.next())
    products.push_back(read(rows));
  if (products.empty())
    return products;
  std::unordered_map<std::uint64_t, Product*> byId;
  std::vector<db::Param> ids;
  for (auto& product : products) {
    byId[product.id] = &product;
    ids.emplace_back(product.id);
  }
  db::Params params;
  const std::string marks = appendInList(params, ids);
  auto texts = db_.query(
      "SELECT product_id, language, name, description FROM product_translations "
      "WHERE tenant_id = ? AND product_id IN (" +
          marks + ")",
      params);
  while (texts.next()) {
    Product& product = *byId.at(texts.uint64(1));
    const std::string language = texts.string(2);
    if (auto name = texts.optionalString(3))
      product.names[language] = *name;
    if (auto description = texts.optionalString(4))
      product.descriptions[language] = *description;
  }
  return products;
}

void ProductRepository::writeTexts(const Product& product) {
  db_.execute("DELETE FROM product_translations WHERE tenant_id = ? AND product_id = ?",
              {product.id});
  std::map<std::string, std::pair<db::Param, db::Param>> byLanguage;
  for (const auto& [language, name] : product.names)
    byLanguage[language] = {name, nullptr};
  for (const auto& [language, description] : product.descriptions) {
    auto& texts = byLanguage.try_emplace(language, nullptr, nullptr).first->second;
    texts.second = description;
  }
  if (byLanguage.empty())
    return;
  std::vector<db::Params> rows;
  for (const auto& [language, texts] : byLanguage)
    rows.push_back({product.id, language, texts.first, texts.second});
  db_.insertRows("product_translations",
                 {"tenant_id", "product_id", "language", "name", "description"}, rows);
}

}  // namespace caravan::catalog
