#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace caravan {

/// `text` without leading and trailing spaces, tabs, carriage returns and newlines.
std::string trim(std::string_view text);

/// The non-empty, trimmed pieces of `text` between `separator`s: "a, b,,c" -> {"a", "b", "c"}.
std::vector<std::string> splitList(std::string_view text, char separator = ',');

/// `text` with A-Z turned into a-z and every other byte as it is: for codes, SKUs, host names and
/// keys that compare without regard to case (not for names: those go through ICU).
std::string asciiLower(std::string_view text);

/// The id a path segment or JSON string names: digits only, no sign or spaces, not 0, within 64
/// bits; nullopt otherwise.
std::optional<std::uint64_t> parseId(std::string_view text);

}  // namespace caravan
