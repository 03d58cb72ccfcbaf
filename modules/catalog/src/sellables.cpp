#include <caravan/catalog/sellables.hpp>
#include <set>

#include "language_tags.hpp"
#include "sql_lists.hpp"

namespace caravan::catalog {

namespace {

// One statement for the whole basket. `v` is the SKU's own row, `p` its parent (none for a
// product); vx/vb are the row's names in the requested language and in its base language, px/pb
// the parent's. A variant with a name of its own uses its own texts; one without uses its
// parent's, in the same order of preference. Every join stays inside the tenant: the joined rows
// are matched on v.tenant_id, which the WHERE clause binds.
constexpr const char* kSelect =
    "SELECT v.id, v.parent_id, v.sku, p.sku, "
    "CASE WHEN v.name IS NOT NULL THEN COALESCE(vx.name, vb.name, v.name) "
    "ELSE COALESCE(px.name, pb.name, p.name) END, "
    "CASE WHEN v.name IS NOT NULL THEN "
    "  CASE WHEN vx.name IS NOT NULL THEN vx.language WHEN vb.name IS NOT NULL THEN vb.language "
    "  ELSE COALESCE(v.default_language, p.default_language) END "
    "ELSE CASE WHEN px.name IS NOT NULL THEN px.language WHEN pb.name IS NOT NULL THEN pb.language "
    "  ELSE p.default_language END END, "
    "COALESCE(v.tax_class, p.tax_class, 'standard'), COALESCE(v.hs_code, p.hs_code), "
    "COALESCE(v.origin_country, p.origin_country), COALESCE(v.weight_grams, p.weight_grams), "
    "COALESCE(v.customs_description, p.customs_description) "
    "FROM products v "
    "LEFT JOIN products p ON p.tenant_id = v.tenant_id AND p.id = v.parent_id "
    "LEFT JOIN product_translations vx ON vx.tenant_id = v.tenant_id AND vx.product_id = v.id "
    "  AND vx.language = ? "
    "LEFT JOIN product_translations vb ON vb.tenant_id = v.tenant_id AND vb.product_id = v.id "
    "  AND vb.language = ? "
    "LEFT JOIN product_translations px ON px.tenant_id = v.tenant_id AND px.product_id = p.id "
    "  AND px.language = ? "
    "LEFT JOIN product_translations pb ON pb.tenant_id = v.tenant_id AND pb.product_id = p.id "
    "  AND pb.language = ? "
    "WHERE v.tenant_id = ? AND v.sku IN (";

// The same without a language asked for: no translation joins, the default texts.
constexpr const char* kSelectDefaults =
    "SELECT v.id, v.parent_id, v.sku, p.sku, "
    "CASE WHEN v.name IS NOT NULL THEN v.name ELSE p.name END, "
    "CASE WHEN v.name IS NOT NULL THEN COALESCE(v.default_language, p.default_language) "
    "ELSE p.default_language END, "
    "COALESCE(v.tax_class, p.tax_class, 'standard'), COALESCE(v.hs_code, p.hs_code), "
    "COALESCE(v.origin_country, p.origin_country), COALESCE(v.weight_grams, p.weight_grams), "
    "COALESCE(v.customs_description, p.customs_description) "
    "FROM products v "
    "LEFT JOIN products p ON p.tenant_id = v.tenant_id AND p.id = v.parent_id "
    "WHERE v.tenant_id = ? AND v.sku IN (";

}  // namespace

std::vector<Sellable> findSellables(db::TenantSession& db, const std::vector<std::string>& skus,
                                    const std::string& language) {
  std::string exact;
  if (!language.empty()) {
    const auto canonical = canonicalLanguage(language);
    if (!canonical) {
      throw ValidationError("language", "invalid_language",
                            "must be a language tag such as \"de\" or \"pt-BR\"");
    }
    exact = *canonical;
  }
  const std::set<std::string> unique(skus.begin(), skus.end());
  if (unique.empty())
    return {};
  const auto fallbacks = languageFallbacks(exact);
  db::Params params;
  if (!fallbacks.empty())
    params = {fallbacks.front(), fallbacks.back(), fallbacks.front(), fallbacks.back()};
  const std::string marks =
      appendInList(params, std::vector<db::Param>(unique.begin(), unique.end()));
  auto rows =
      db.query(std::string(fallbacks.empty() ? kSelectDefaults : kSelect) + marks + ")", params);
  std::vector<Sellable> found;
  while (rows.next()) {
    Sellable sellable;
    sellable.productId = rows.uint64(1);
    if (!rows.isNull(2))
      sellable.parentId = rows.uint64(2);
    sellable.sku = rows.string(3);
    sellable.parentSku = rows.optionalString(4);
    sellable.name = rows.optionalString(5).value_or("");
    sellable.nameLanguage = rows.optionalString(6).value_or("");
    sellable.taxClass = rows.string(7);
    sellable.hsCode = rows.optionalString(8);
    sellable.originCountry = rows.optionalString(9);
    if (!rows.isNull(10))
      sellable.weightGrams = rows.int64(10);
    sellable.customsDescription = rows.optionalString(11);
    found.push_back(std::move(sellable));
  }
  return found;
}

}  // namespace caravan::catalog
