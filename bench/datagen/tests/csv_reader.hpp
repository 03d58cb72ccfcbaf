#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace caravan::datagen::testing {

/// The records of an RFC 4180 text: fields separated by commas, records by CRLF (or LF),
/// quoted fields may hold commas, line breaks and doubled quotes. Throws std::runtime_error on
/// a quote inside an unquoted field, text after a closing quote, or an unclosed quote.
std::vector<std::vector<std::string>> readCsv(std::string_view text);

}  // namespace caravan::datagen::testing
