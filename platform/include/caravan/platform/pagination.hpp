#pragma once

#include <caravan/platform/db.hpp>
#include <caravan/platform/http.hpp>
#include <cstdint>
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
  /// For lists ordered by id, newest first: the id the page continues after, if any. A cursor
  /// that holds no id is a 400 naming "cursor".
  std::optional<std::uint64_t> afterId() const;
};

std::string encodeCursor(const std::vector<std::string>& keys);
/// Throws ValidationError("cursor", ...) for a cursor this server did not make.
std::vector<std::string> decodeCursor(const std::string& cursor);

/// {"items": [...], "next_cursor": "..." | null}. Fetch limit + 1 rows; if there were more than
/// `limit`, pass the last served item's key as `nextKeys`.
JsonObject pageBody(const JsonArray& items,
                    const std::optional<std::vector<std::string>>& nextKeys);

/// The page body for records fetched newest first with `limit + 1` rows: drops the extra row and
/// makes the cursor from the last id served. `T` has an `id`; `toJson(const T&)` renders one.
template <typename T, typename ToJson>
JsonObject idPage(std::vector<T> found, const PageRequest& page, ToJson&& toJson) {
  std::optional<std::vector<std::string>> next;
  if (found.size() > page.limit) {
    found.resize(page.limit);
    next = std::vector<std::string>{std::to_string(found.back().id)};
  }
  auto items = makeArray();
  for (const auto& item : found)
    items->add(toJson(item));
  return pageBody(items, next);
}

/// The page body for rows fetched with `limit + 1`: `render(rows)` makes the JSON of the current
/// row and `keysOf(rows)` its sort key, from which the next page's cursor is made.
template <typename Render, typename KeysOf>
JsonObject rowsPage(db::Rows& rows, const PageRequest& page, Render&& render, KeysOf&& keysOf) {
  auto items = makeArray();
  std::optional<std::vector<std::string>> next;
  std::vector<std::string> last;
  while (rows.next()) {
    if (items->size() == page.limit) {
      next = last;
      break;
    }
    items->add(render(rows));
    last = keysOf(rows);
  }
  return pageBody(items, next);
}

}  // namespace caravan
