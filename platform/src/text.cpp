#include <caravan/platform/text.hpp>

namespace caravan {

std::string trim(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\n";
  const auto first = text.find_first_not_of(kSpace);
  if (first == std::string_view::npos)
    return {};
  return std::string(text.substr(first, text.find_last_not_of(kSpace) - first + 1));
}

std::vector<std::string> splitList(std::string_view text, char separator) {
  std::vector<std::string> pieces;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find(separator, start);
    if (end == std::string_view::npos)
      end = text.size();
    std::string piece = trim(text.substr(start, end - start));
    if (!piece.empty())
      pieces.push_back(std::move(piece));
    start = end + 1;
  }
  return pieces;
}

}  // namespace caravan
