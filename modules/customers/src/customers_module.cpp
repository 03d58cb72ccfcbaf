#include <caravan/customers/customers_module.hpp>
#include <caravan/embedded/caravan_embedded_customers_migrations.hpp>
#include <caravan/embedded/caravan_embedded_customers_openapi.hpp>

#include "custom_field_handlers.hpp"
#include "customer_handlers.hpp"
#include "personal_data.hpp"

namespace caravan::customers {

void CustomersModule::registerWith(ModuleRegistry& registry) {
  registry.migrations(caravan_embedded_customers::migrations());
  registry.apiDocument(caravan_embedded_customers::openapi());
  declarePersonalData(registry);

  registry.permission("customers.read", "list, search and read customers",
                      {roles::kOwner, roles::kAdmin, roles::kSales, roles::kSupport,
                       roles::kFinance, roles::kCompliance, roles::kAuditor});
  registry.permission("customers.write", "create, change and delete customers",
                      {roles::kOwner, roles::kAdmin, roles::kSales, roles::kSupport});
  registry.permission("customers.fields", "define the custom attributes of customers",
                      {roles::kOwner, roles::kAdmin});

  const auto route = [&](const char* method, const char* pattern, const char* permission,
                         const char* name, Handler handler) {
    registry.route({.method = method,
                    .pattern = pattern,
                    .permission = permission,
                    .name = name,
                    .handler = std::move(handler)});
  };
  route("POST", "/api/v1/customers", "customers.write", "customers.customers.create",
        createCustomer);
  route("GET", "/api/v1/customers", "customers.read", "customers.customers.list", listCustomers);
  route("GET", "/api/v1/customers/{id}", "customers.read", "customers.customers.get", getCustomer);
  route("PATCH", "/api/v1/customers/{id}", "customers.write", "customers.customers.update",
        updateCustomer);
  route("DELETE", "/api/v1/customers/{id}", "customers.write", "customers.customers.delete",
        deleteCustomer);

  route("POST", "/api/v1/customer-fields", "customers.fields", "customers.fields.create",
        createCustomField);
  route("GET", "/api/v1/customer-fields", "customers.read", "customers.fields.list",
        listCustomFields);
  route("GET", "/api/v1/customer-fields/{id}", "customers.read", "customers.fields.get",
        getCustomField);
  route("PATCH", "/api/v1/customer-fields/{id}", "customers.fields", "customers.fields.update",
        updateCustomField);
  route("DELETE", "/api/v1/customer-fields/{id}", "customers.fields", "customers.fields.delete",
        deleteCustomField);
}

}  // namespace caravan::customers
