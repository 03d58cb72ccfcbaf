#pragma once

#include <caravan/platform/module.hpp>

namespace caravan::catalog {

/// The product catalogue: `/api/v1/products` (products and their variants, names and
/// descriptions per language, customs data) and `/api/v1/products/{id}/variants`. Other modules
/// read what they need of a SKU through findSellables (sellables.hpp).
///
/// Permissions: `catalog.products.read` (every role), `catalog.products.write` (owner, admin).
/// Events: `catalog.product.created`, `catalog.product.updated`, `catalog.product.deleted`.
/// Config keys: none yet.
class CatalogModule : public Module {
 public:
  static constexpr std::string_view kName = "catalog";
  std::string_view name() const override { return kName; }
  void registerWith(ModuleRegistry& registry) override;
};

}  // namespace caravan::catalog
