#include <Poco/Base64Decoder.h>
#include <Poco/Base64Encoder.h>

#include <caravan/platform/pagination.hpp>
#include <charconv>
#include <sstream>

namespace caravan {

namespace {
constexpr const char* kCursorVersion = "c1";
}

std::string encodeCursor(const std::vector<std::string>& keys) {
  std::string plain = kCursorVersion;
  for (const auto& key : keys) {
    plain += '\n';
    plain += key;
  }
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
  std::vector<std::string> keys;
  std::istringstream lines(plain);
  std::string line;
  if (!std::getline(lines, line) || line != kCursorVersion) {
    throw ValidationError("cursor", "invalid_cursor", "is not a cursor returned by this API");
  }
  while (std::getline(lines, line)) keys.push_back(line);
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
    if (error != std::errc() || end != limit->data() + limit->size() || value < 1 || value > maxLimit) {
      errors.push_back({"limit", "out_of_range", "must be a whole number from 1 to " + std::to_string(maxLimit)});
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
  if (!errors.empty()) throw ValidationError(std::move(errors));
  return page;
}

JsonObject pageBody(const JsonArray& items, const std::optional<std::vector<std::string>>& nextKeys) {
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
