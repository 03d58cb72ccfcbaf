#include <Poco/URI.h>

#include <caravan/platform/errors.hpp>
#include <caravan/platform/router.hpp>

namespace caravan {

std::vector<std::string> splitPath(const std::string& path) {
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= path.size()) {
    auto slash = path.find('/', start);
    if (slash == std::string::npos)
      slash = path.size();
    if (slash > start) {
      std::string decoded;
      try {
        Poco::URI::decode(path.substr(start, slash - start), decoded);
      } catch (const Poco::Exception&) {
        throw BadRequest("the path has a malformed %-escape", "malformed_path");
      }
      segments.push_back(std::move(decoded));
    }
    start = slash + 1;
  }
  return segments;
}

namespace {
bool isCapture(const std::string& segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}
}  // namespace

void Router::add(Route route) {
  if (route.pattern.empty() || route.pattern[0] != '/') {
    throw ConfigError("route pattern must start with '/': " + route.pattern);
  }
  static const std::vector<std::string> methods = {"GET", "POST", "PUT", "PATCH", "DELETE"};
  if (std::find(methods.begin(), methods.end(), route.method) == methods.end()) {
    throw ConfigError("route " + route.pattern + " has unsupported method " + route.method);
  }
  for (const auto& existing : routes_) {
    if (existing.method == route.method && existing.pattern == route.pattern) {
      throw ConfigError("route " + route.method + " " + route.pattern + " is registered twice");
    }
  }
  Compiled compiled{splitPath(route.pattern), routes_.size()};
  routes_.push_back(std::move(route));
  compiled_.push_back(std::move(compiled));
}

Router::Match Router::match(const std::string& method, const std::string& path) const {
  const auto segments = splitPath(path);
  Match result;
  for (const auto& compiled : compiled_) {
    if (compiled.segments.size() != segments.size())
      continue;
    std::map<std::string, std::string> params;
    bool matches = true;
    for (std::size_t i = 0; i < segments.size() && matches; ++i) {
      const auto& expected = compiled.segments[i];
      if (isCapture(expected)) {
        params[expected.substr(1, expected.size() - 2)] = segments[i];
      } else {
        matches = expected == segments[i];
      }
    }
    if (!matches)
      continue;
    const Route& route = routes_[compiled.routeIndex];
    if (route.method == method || (method == "HEAD" && route.method == "GET")) {
      result.route = &route;
      result.params = std::move(params);
      result.allowed.clear();
      return result;
    }
    result.allowed.push_back(route.method);
  }
  return result;
}

}  // namespace caravan
