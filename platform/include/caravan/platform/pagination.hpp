#pragma once

#include <caravan/platform/http.hpp>
#include <optional>
#include <string>
#include <vector>

namespace caravan {

/// Keyset pagination: `?limit=50&cursor=...`. The cursor is opaque to clients; inside it holds the
/// sort key of the last item served, so pages stay stable while rows are added.
struct PageRequest {
  std::size_t limit = 50;
  /// The sort key values after which the page starts; empty for the first page.
  std::vector<std::string> after;

  /// Reads `limit` (1..maxLimit) and `cursor`; a malformed one is a 400 naming the parameter.
  static PageRequest from(const RequestContext& request, std::size_t defaultLimit = 50,
                          std::size_t maxLimit = 200);
};

std::string encodeCursor(const std::vector<std::string>& keys);
/// Throws ValidationError("cursor", ...) for a cursor this server did not make.
std::vector<std::string> decodeCursor(const std::string& cursor);

/// {"items": [...], "next_cursor": "..." | null}. Fetch limit + 1 rows; if there were more than
/// `limit`, pass the last served item's key as `nextKeys`.
JsonObject pageBody(const JsonArray& items,
                    const std::optional<std::vector<std::string>>& nextKeys);

}  // namespace caravan
