#pragma once

#include <string>
#include <string_view>

namespace caravan::customers {

/// `text` in lower case by Unicode's rules, language-neutral (ICU's root locale). ASCII text, most
/// of what an import brings, is lowered byte by byte without ICU.
std::string lowerCase(std::string_view text);

}  // namespace caravan::customers
