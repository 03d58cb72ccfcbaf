#pragma once

#include <string>
#include <string_view>

namespace caravan {

/// True when `text` is well-formed UTF-8 (no overlongs, surrogates or truncated sequences).
bool isValidUtf8(std::string_view text);

/// `text` with every byte that is not part of a well-formed sequence replaced by U+FFFD, for
/// messages that quote client input.
std::string toValidUtf8(std::string_view text);

}  // namespace caravan
