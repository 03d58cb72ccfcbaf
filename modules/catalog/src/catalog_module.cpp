#include <caravan/catalog/catalog_module.hpp>
#include <caravan/embedded/caravan_embedded_catalog_migrations.hpp>
#include <caravan/embedded/caravan_embedded_catalog_openapi.hpp>

#include "product_handlers.hpp"

namespace caravan::catalog {

void CatalogModule::registerWith(ModuleRegistry& registry) {
  registry.migrations(caravan_embedded_catalog::migrations());
  registry.apiDocument(caravan_embedded_catalog::openapi());

  registry.permission("catalog.products.read", "list and read products",
                      {roles::kOwner, roles::kAdmin, roles::kSales, roles::kSupport,
                       roles::kFinance, roles::kAuditor});
  registry.permission("catalog.products.write", "create, change and delete products",
                      {roles::kOwner, roles::kAdmin});

  registry.route({"POST",
                  "/api/v1/products",
                  "catalog.products.write",
                  "catalog.products.create",
                  createProduct,
                  {}});
  registry.route({"GET",
                  "/api/v1/products",
                  "catalog.products.read",
                  "catalog.products.list",
                  listProducts,
                  {}});
  registry.route({"GET",
                  "/api/v1/products/{id}",
                  "catalog.products.read",
                  "catalog.products.get",
                  getProduct,
                  {}});
  registry.route({"PATCH",
                  "/api/v1/products/{id}",
                  "catalog.products.write",
                  "catalog.products.update",
                  updateProduct,
                  {}});
  registry.route({"DELETE",
                  "/api/v1/products/{id}",
                  "catalog.products.write",
                  "catalog.products.delete",
                  deleteProduct,
                  {}});
  registry.route({"POST",
                  "/api/v1/products/{id}/variants",
                  "catalog.products.write",
                  "catalog.variants.create",
                  createVariant,
                  {}});
  registry.route({"GET",
                  "/api/v1/products/{id}/variants",
                  "catalog.products.read",
                  "catalog.variants.list",
                  listVariants,
                  {}});
}

}  // namespace caravan::catalog
