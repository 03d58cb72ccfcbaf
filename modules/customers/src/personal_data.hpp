#pragma once

#include <caravan/platform/module.hpp>

namespace caravan::customers {

/// Declares every column of the customers module that holds personal data, with its category
/// and what erasure does to it, for the privacy module's access exports and erasures.
void declarePersonalData(ModuleRegistry& registry);

}  // namespace caravan::customers
