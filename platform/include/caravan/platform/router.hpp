#pragma once

#include <caravan/platform/http.hpp>
#include <map>
#include <string>
#include <vector>

namespace caravan {

/// Matches a method and path to a registered route; segments written `{name}` capture.
class Router {
 public:
  struct Match {
    const Route* route = nullptr;
    std::map<std::string, std::string> params;
    /// Set when the path matched but the method did not: the methods that would have (for 405).
    std::vector<std::string> allowed;
  };

  /// Throws ConfigError for a malformed pattern or a duplicate method + pattern.
  void add(Route route);
  Match match(const std::string& method, const std::string& path) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  struct Compiled {
    std::vector<std::string> segments;  // "{id}" captures
    std::size_t routeIndex;
  };
  std::vector<Route> routes_;
  std::vector<Compiled> compiled_;
};

/// Splits "/a/b/c" into {"a","b","c"}; percent-decodes each segment.
std::vector<std::string> splitPath(const std::string& path);

}  // namespace caravan
