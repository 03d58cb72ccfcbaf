#include <caravan/embedded/caravan_embedded_organization_migrations.hpp>
#include <caravan/embedded/caravan_embedded_organization_openapi.hpp>
#include <caravan/organization/organization_module.hpp>

#include "legal_entity_handlers.hpp"
#include "store_handlers.hpp"

namespace caravan::organization {

void OrganizationModule::registerWith(ModuleRegistry& registry) {
  registry.migrations(caravan_embedded_organization::migrations());
  registry.apiDocument(caravan_embedded_organization::openapi());

  registry.permission("organization.read", "list and read legal entities and stores",
                      {roles::kOwner, roles::kAdmin, roles::kSales, roles::kSupport,
                       roles::kFinance, roles::kCompliance, roles::kAuditor});
  registry.permission("organization.write", "create, change and delete legal entities and stores",
                      {roles::kOwner, roles::kAdmin});

  const auto route = [&](const char* method, const char* pattern, const char* permission,
                         const char* name, Handler handler) {
    registry.route({.method = method,
                    .pattern = pattern,
                    .permission = permission,
                    .name = name,
                    .handler = std::move(handler)});
  };
  route("POST", "/api/v1/legal-entities", "organization.write",
        "organization.legal_entities.create", createLegalEntity);
  route("GET", "/api/v1/legal-entities", "organization.read", "organization.legal_entities.list",
        listLegalEntities);
  route("GET", "/api/v1/legal-entities/{id}", "organization.read",
        "organization.legal_entities.get", getLegalEntity);
  route("PATCH", "/api/v1/legal-entities/{id}", "organization.write",
        "organization.legal_entities.update", updateLegalEntity);
  route("DELETE", "/api/v1/legal-entities/{id}", "organization.write",
        "organization.legal_entities.delete", deleteLegalEntity);

  route("POST", "/api/v1/stores", "organization.write", "organization.stores.create", createStore);
  route("GET", "/api/v1/stores", "organization.read", "organization.stores.list", listStores);
  route("GET", "/api/v1/stores/{id}", "organization.read", "organization.stores.get", getStore);
  route("PATCH", "/api/v1/stores/{id}", "organization.write", "organization.stores.update",
        updateStore);
  route("DELETE", "/api/v1/stores/{id}", "organization.write", "organization.stores.delete",
        deleteStore);
}

}  // namespace caravan::organization
