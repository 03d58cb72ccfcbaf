#pragma once

#include <caravan/platform/module.hpp>
#include <memory>
#include <vector>

namespace caravan::app {

/// Every module of the application, in registration order. This is the one place that names
/// them: adding a module means adding it here and nowhere else in the platform.
std::vector<std::unique_ptr<Module>> makeModules();

}  // namespace caravan::app
