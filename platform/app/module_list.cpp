#include "module_list.hpp"

#include <caravan/catalog/catalog_module.hpp>
#include <caravan/customers/customers_module.hpp>
#include <caravan/identity/identity_module.hpp>
#include <caravan/organization/organization_module.hpp>
#include <caravan/pricing/pricing_module.hpp>
#include <caravan/tax/tax_module.hpp>

namespace caravan::app {

std::vector<std::unique_ptr<Module>> makeModules() {
  std::vector<std::unique_ptr<Module>> modules;
  modules.push_back(std::make_unique<identity::IdentityModule>());
  modules.push_back(std::make_unique<catalog::CatalogModule>());
  modules.push_back(std::make_unique<organization::OrganizationModule>());
  modules.push_back(std::make_unique<tax::TaxModule>());
  modules.push_back(std::make_unique<pricing::PricingModule>());
  modules.push_back(std::make_unique<customers::CustomersModule>());
  return modules;
}

}  // namespace caravan::app
