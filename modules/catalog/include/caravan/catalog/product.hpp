#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace caravan::catalog {

/// Outer dimensions of the packed item, in millimetres.
struct Dimensions {
  std::int64_t lengthMm = 0;
  std::int64_t widthMm = 0;
  std::int64_t heightMm = 0;
  bool operator==(const Dimensions&) const = default;
};

/// A product or a variant as stored. A variant (parentId set) leaves empty whatever it takes from
/// its parent: an empty name (and no names), no description, and each optional field it does not
/// override. Other modules read resolved values through findSellables (sellables.hpp).
struct Product {
  std::uint64_t id = 0;
  std::optional<std::uint64_t> parentId;  ///< the product this is a variant of
  std::string sku;
  std::string name;  ///< in defaultLanguage; "" on a variant that uses its parent's names
  std::optional<std::string> description;  ///< in defaultLanguage
  /// Names in other languages than the default: BCP 47 tag ("de", "pt-BR") -> name.
  std::map<std::string, std::string> names;
  std::map<std::string, std::string> descriptions;
  /// The language of `name`; a variant's is its parent's (not stored on the variant).
  std::string defaultLanguage = "en";
  std::optional<std::string> hsCode;         ///< Harmonized System code, 6 to 10 digits
  std::optional<std::string> originCountry;  ///< ISO 3166-1 alpha-2
  std::optional<std::int64_t> weightGrams;
  std::optional<Dimensions> dimensionsMm;
  std::optional<std::string> customsDescription;  ///< English, printable ASCII, for customs forms
  /// standard, reduced, reduced2, super_reduced or zero; nullopt is "standard" on a product and
  /// the parent's class on a variant.
  std::optional<std::string> taxClass;
  /// A variant's attributes ("color" -> "red"), in canonical form; empty on a product.
  std::map<std::string, std::string> attributes;
  std::int64_t version = 1;
  std::string createdAt;
  std::string updatedAt;
};

}  // namespace caravan::catalog
