#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace caravan::identity {

/// The parts of a credential token `<prefix><tenant id>_<record id>_<secret>`: API keys (`cvn_`)
/// and sessions (`cvs_`). Naming the tenant and record lets verification read one row by primary
/// key; only a SHA-256 of the whole token is stored.
struct TokenParts {
  std::uint64_t tenantId = 0;
  std::uint64_t id = 0;
  std::string secret;
};

std::string formatToken(std::string_view prefix, const TokenParts& parts);
/// nullopt for anything that is not a well-formed token with this prefix.
std::optional<TokenParts> parseToken(std::string_view prefix, const std::string& text);

/// 256 random bits from the system source, base64url without padding (43 characters).
std::string randomSecret();
/// SHA-256, hex.
std::string sha256Hex(std::string_view text);
bool constantTimeEquals(const std::string& a, const std::string& b);

}  // namespace caravan::identity
