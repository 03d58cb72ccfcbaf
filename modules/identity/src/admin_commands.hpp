#pragma once

#include <caravan/platform/module.hpp>
#include <memory>
#include <string>

namespace caravan::identity {

struct IdentityServices;

/// `caravan admin create-tenant | create-user | create-api-key | bootstrap-demo`.
void registerCommands(ModuleRegistry& registry, std::shared_ptr<IdentityServices> services,
                      const std::string& dataDir);

}  // namespace caravan::identity
