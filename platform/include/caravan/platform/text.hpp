#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace caravan {

/// `text` without leading and trailing spaces, tabs, carriage returns and newlines.
std::string trim(std::string_view text);

/// The non-empty, trimmed pieces of `text` between `separator`s: "a, b,,c" -> {"a", "b", "c"}.
std::vector<std::string> splitList(std::string_view text, char separator = ',');

}  // namespace caravan
