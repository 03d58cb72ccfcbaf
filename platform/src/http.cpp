#include <caravan/platform/http.hpp>
#include <caravan/platform/text.hpp>
#include <charconv>

namespace caravan {

Response Response::json(int status, const JsonObject& body) {
  Response response;
  response.status = status;
  response.body = toJson(body);
  return response;
}

Response Response::json(int status, const JsonArray& body) {
  Response response;
  response.status = status;
  response.body = toJson(body);
  return response;
}

Response Response::noContent() {
  Response response;
  response.status = 204;
  response.contentType.clear();
  return response;
}

Response& Response::withHeader(std::string name, std::string value) {
  headers.emplace_back(std::move(name), std::move(value));
  return *this;
}

std::string etagFor(std::int64_t version) {
  std::string tag(1, '"');
  tag.append(std::to_string(version));
  tag.push_back('"');
  return tag;
}

std::uint64_t RequestContext::idParam(const std::string& name) const {
  const std::string& text = pathParam(name);
  std::uint64_t id = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (error != std::errc() || end != text.data() + text.size() || id == 0) {
    throw NotFound("no record with id '" + text.substr(0, 40) + "'");
  }
  return id;
}

void RequestContext::requireIfMatch(const std::string& currentEtag) const {
  auto ifMatch = header("If-Match");
  if (!ifMatch)
    throw PreconditionRequired();
  // If-Match may list several tags; "*" matches any current version.
  for (const auto& tag : splitList(*ifMatch)) {
    if (tag == "*" || tag == currentEtag)
      return;
  }
  throw PreconditionFailed();
}

}  // namespace caravan
