#include <Poco/Base64Decoder.h>
#include <Poco/Base64Encoder.h>
#include <Poco/JSON/Parser.h>

#include <caravan/platform/pagination.hpp>
#include <charconv>
#include <sstream>

namespace caravan {

namespace {
constexpr const char* kCursorVersion = "c1";
}

std::string encodeCursor(const std::vector<std::string>& keys) {
  const std::string plain = std::string(kCursorVersion) + toJson(stringArray(keys));
  std::ostringstream out;
  Poco::Base64Encoder encoder(out, Poco::BASE64_URL_ENCODING | Poco::BASE64_NO_PADDING);
  encoder.rdbuf()->setLineLength(0);
  encoder << plain;
  encoder.close();
  return out.str();
}

std::vector<std::string> decodeCursor(const std::string& cursor) {
  std::string plain;
  try {
    std::istringstream in(cursor);
    Poco::Base64Decoder decoder(in, Poco::BASE64_URL_ENCODING | Poco::BASE64_NO_PADDING);
    std::getline(decoder, plain, '\0');
  } catch (const Poco::Exception&) {
    plain.clear();
  }
  const ValidationError invalid("cursor", "invalid_cursor", "is not a cursor returned by this API");
  const std::string version = kCursorVersion;
  if (plain.compare(0, version.size(), version) != 0)
    throw invalid;
  std::vector<std::string> keys;
  try {
    Poco::JSON::Parser parser;
    auto array = parser.parse(plain.substr(version.size())).extract<Poco::JSON::Array::Ptr>();
    for (unsigned i = 0; i < array->size(); ++i)
      keys.push_back(array->getElement<std::string>(i));
  } catch (const Poco::Exception&) {
    throw invalid;
  } catch (const std::exception&) {
    throw invalid;
  }
  return keys;
}

PageRequest PageRequest::from(const RequestContext& request, std::size_t defaultLimit,
                              std::size_t maxLimit) {
  PageRequest page;
  page.limit = defaultLimit;
  std::vector<FieldError> errors;
  if (auto limit = request.queryParam("limit")) {
    std::size_t value = 0;
    auto [end, error] = std::from_chars(limit->data(), limit->data() + limit->size(), value);
    if (error != std::errc() || end != limit->data() + limit->size() || value < 1 ||
        value > maxLimit) {
      errors.push_back({"limit", "out_of_range",
                        "must be a whole number from 1 to " + std::to_string(maxLimit)});
    } else {
      page.limit = value;
    }
  }
  if (auto cursor = request.queryParam("cursor"); cursor && !cursor->empty()) {
    try {
      page.after = decodeCursor(*cursor);
    } catch (const ValidationError& e) {
      errors.insert(errors.end(), e.fieldErrors().begin(), e.fieldErrors().end());
    }
  }
  if (!errors.empty())
    throw ValidationError(std::move(errors));
  return page;
}

std::optional<std::uint64_t> PageRequest::afterId() const {
  if (after.empty())
    return std::nullopt;
  std::uint64_t id = 0;
  const std::string& text = after.front();
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (after.size() != 1 || error != std::errc() || end != text.data() + text.size()) {
    throw ValidationError("cursor", "invalid_cursor", "is not a cursor returned by this API");
  }
  return id;
}

JsonObject pageBody(const JsonArray& items,
                    const std::optional<std::vector<std::string>>& nextKeys) {
  auto body = makeObject();
  body->set("items", items);
  if (nextKeys) {
    body->set("next_cursor", encodeCursor(*nextKeys));
  } else {
    body->set("next_cursor", Poco::Dynamic::Var());
  }
  return body;
}

}  // namespace caravan
