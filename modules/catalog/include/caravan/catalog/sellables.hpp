#pragma once

#include <caravan/platform/db.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace caravan::catalog {

/// What pricing, tax and customs need of one SKU; a variant's empty fields come from its parent.
struct Sellable {
  std::uint64_t productId = 0;
  std::optional<std::uint64_t> parentId;
  std::string sku;
  std::optional<std::string> parentSku;
  std::string name;      ///< in the requested language, else the default
  std::string taxClass;  ///< standard, reduced, reduced2, super_reduced, zero
  std::optional<std::string> hsCode;
  std::optional<std::string> originCountry;
  std::optional<std::int64_t> weightGrams;
  std::optional<std::string> customsDescription;
  /// The language `name` is in: the requested one, its base language ("de" for "de-CH"), or the
  /// product's default.
  std::string nameLanguage;
};

/// The sellables for `skus` in ONE query (join to the parent and the translation), in no particular
/// order; SKUs that do not exist are simply absent.
///
/// SKUs compare as the catalogue stores them: case-insensitively ("pan-28" finds "PAN-28"; the
/// Sellable carries the stored spelling). `language` is a BCP 47 tag ("de", "de-CH"); a name in
/// that language is preferred, then one in its base language, then the default. A malformed
/// `language` is a ValidationError naming "language"; "" asks for the default.
std::vector<Sellable> findSellables(db::TenantSession& db, const std::vector<std::string>& skus,
                                    const std::string& language = "");

}  // namespace caravan::catalog
