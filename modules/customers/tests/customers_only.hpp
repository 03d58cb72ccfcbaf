#pragma once

#include <caravan/customers/customers_module.hpp>
#include <caravan/organization/organization_module.hpp>
#include <memory>
#include <vector>

namespace caravan::customers {

/// The modules the customers module needs to run in a test platform: itself and organization
/// (stores, for channel identities).
inline std::vector<std::unique_ptr<Module>> customersOnly() {
  std::vector<std::unique_ptr<Module>> modules;
  modules.push_back(std::make_unique<organization::OrganizationModule>());
  modules.push_back(std::make_unique<CustomersModule>());
  return modules;
}

}  // namespace caravan::customers
