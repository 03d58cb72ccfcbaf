#include "tokens.hpp"

#include <Poco/Base64Encoder.h>
#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>
#include <sys/random.h>

#include <charconv>
#include <sstream>
#include <stdexcept>

namespace caravan::identity {

namespace {
bool parseNumber(std::string_view text, std::uint64_t& value) {
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size() && value != 0;
}
}  // namespace

std::string formatToken(std::string_view prefix, const TokenParts& parts) {
  return std::string(prefix) + std::to_string(parts.tenantId) + "_" + std::to_string(parts.id) +
         "_" + parts.secret;
}

std::optional<TokenParts> parseToken(std::string_view prefix, const std::string& text) {
  if (text.size() > 200 || text.rfind(prefix, 0) != 0)
    return std::nullopt;
  const std::string_view rest = std::string_view(text).substr(prefix.size());
  const auto first = rest.find('_');
  if (first == std::string_view::npos)
    return std::nullopt;
  const auto second = rest.find('_', first + 1);
  if (second == std::string_view::npos)
    return std::nullopt;
  TokenParts parts;
  if (!parseNumber(rest.substr(0, first), parts.tenantId) ||
      !parseNumber(rest.substr(first + 1, second - first - 1), parts.id)) {
    return std::nullopt;
  }
  parts.secret = std::string(rest.substr(second + 1));
  if (parts.secret.size() < 32)
    return std::nullopt;
  return parts;
}

std::string randomSecret() {
  unsigned char bytes[32];
  std::size_t filled = 0;
  while (filled < sizeof bytes) {
    const auto got = getrandom(bytes + filled, sizeof bytes - filled, 0);
    if (got < 0)
      throw std::runtime_error("the system random source failed");
    filled += static_cast<std::size_t>(got);
  }
  std::ostringstream out;
  Poco::Base64Encoder encoder(out, Poco::BASE64_URL_ENCODING | Poco::BASE64_NO_PADDING);
  encoder.rdbuf()->setLineLength(0);
  encoder.write(reinterpret_cast<const char*>(bytes), sizeof bytes);
  encoder.close();
  return out.str();
}

std::string sha256Hex(std::string_view text) {
  Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
  engine.update(text.data(), static_cast<unsigned>(text.size()));
  return Poco::DigestEngine::digestToHex(engine.digest());
}

bool constantTimeEquals(const std::string& a, const std::string& b) {
  if (a.size() != b.size())
    return false;
  unsigned char difference = 0;
  for (std::size_t i = 0; i < a.size(); ++i)
    difference |= static_cast<unsigned char>(a[i] ^ b[i]);
  return difference == 0;
}

}  // namespace caravan::identity
