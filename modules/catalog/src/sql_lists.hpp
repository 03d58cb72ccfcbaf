#pragma once

#include <caravan/platform/db.hpp>
#include <string>
#include <vector>

namespace caravan::catalog {

/// Appends `values` to `params` and returns the matching "?, ?, ..." for an IN list. The list is
/// padded to a power of two by repeating the last value (which changes no IN result), so that a
/// handful of statement texts serve every length and the per-connection statement cache stays
/// small. `values` must not be empty.
inline std::string appendInList(db::Params& params, const std::vector<db::Param>& values) {
  std::size_t slots = 1;
  while (slots < values.size())
    slots *= 2;
  std::string marks;
  for (std::size_t i = 0; i < slots; ++i) {
    marks += i == 0 ? "?" : ", ?";
    params.push_back(values[std::min(i, values.size() - 1)]);
  }
  return marks;
}

}  // namespace caravan::catalog
