#pragma once

#include <string>

namespace caravan {

/// Sends every logger to standard error as logfmt lines at `level`.
void configureLogging(const std::string& level);

}  // namespace caravan
