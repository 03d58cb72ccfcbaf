#pragma once

#include <caravan/platform/db.hpp>

#include "ecb_import.hpp"

namespace caravan::pricing {

/// Writes `parsed` (rates of `base` as published by `source`) in one go: a rate already stored
/// for the same date is replaced by the file's, so importing a file twice changes nothing.
void storeRates(db::TenantSession& db, const std::string& source, const std::string& base,
                const ParsedRates& parsed);

}  // namespace caravan::pricing
