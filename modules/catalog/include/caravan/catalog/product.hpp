#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace caravan::catalog {

/// A product as other modules see it.
struct Product {
  std::uint64_t id = 0;
  std::string sku;
  std::string name;
  std::optional<std::string> description;
  std::optional<std::string> hsCode;         ///< Harmonized System code, 6 to 10 digits
  std::optional<std::string> originCountry;  ///< ISO 3166-1 alpha-2
  std::optional<std::int64_t> weightGrams;
  std::int64_t version = 1;
  std::string createdAt;
  std::string updatedAt;
};

}  // namespace caravan::catalog
