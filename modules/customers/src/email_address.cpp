#include <unicode/bytestream.h>
#include <unicode/idna.h>

#include <caravan/customers/email_address.hpp>
#include <caravan/platform/text.hpp>
#include <caravan/platform/utf8.hpp>
#include <memory>
#include <stdexcept>

#include "lower_case.hpp"

namespace caravan::customers {

namespace {

constexpr std::size_t kMaxAddress = 254;  // RFC 5321 path limit less the angle brackets
constexpr std::size_t kMaxLocal = 64;

// UTS #46 processing is immutable and thread-safe in ICU: one instance serves every thread.
const icu::IDNA& uts46() {
  static const std::unique_ptr<icu::IDNA> made = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::IDNA> idna(icu::IDNA::createUTS46Instance(
        UIDNA_USE_STD3_RULES | UIDNA_CHECK_BIDI | UIDNA_CHECK_CONTEXTJ |
            UIDNA_NONTRANSITIONAL_TO_ASCII | UIDNA_NONTRANSITIONAL_TO_UNICODE,
        status));
    if (U_FAILURE(status) || !idna)
      throw std::runtime_error(std::string("ICU UTS #46 unavailable: ") + u_errorName(status));
    return idna;
  }();
  return *made;
}

Refusal invalid(std::string message) {
  return {"invalid_email", std::move(message)};
}

bool allowedInLocalPart(unsigned char c) {
  // Quoted local parts and comments are legal in RFC 5322 but never seen in real customer data;
  // refusing their special characters keeps stored addresses unambiguous.
  static constexpr std::string_view kSpecial = " \"(),:;<>[\\]@";
  return c > 0x20 && c != 0x7f && kSpecial.find(static_cast<char>(c)) == std::string_view::npos;
}

}  // namespace

Checked<EmailAddress> normalizeEmail(std::string_view input) {
  if (!isValidUtf8(input))
    return invalid("must be valid UTF-8");
  const std::string text = trim(input);
  if (text.empty())
    return Refusal{"required", "must not be empty"};
  if (text.size() > kMaxAddress)
    return invalid("must be at most 254 bytes long");
  const auto at = text.find('@');
  if (at == std::string::npos || text.find('@', at + 1) != std::string::npos)
    return invalid("must contain exactly one @, as in name@example.com");
  const std::string local = text.substr(0, at);
  const std::string domain = text.substr(at + 1);

  if (local.empty() || local.size() > kMaxLocal)
    return invalid("must have 1 to 64 bytes before the @");
  for (unsigned char c : local) {
    if (!allowedInLocalPart(c))
      return invalid("has a space or a character that is not allowed before the @");
  }
  if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string::npos)
    return invalid("must not start or end with a dot before the @, or have two in a row");

  if (domain.empty())
    return invalid("must have a domain after the @");
  const std::string domainLower = lowerCase(domain);
  std::string ascii;
  icu::StringByteSink<std::string> sink(&ascii);
  icu::IDNAInfo info;
  UErrorCode status = U_ZERO_ERROR;
  uts46().nameToASCII_UTF8(domainLower, sink, info, status);
  if (U_FAILURE(status) || info.hasErrors())
    return invalid("must have a valid domain name after the @");
  const auto lastDot = ascii.rfind('.');
  if (lastDot == std::string::npos || lastDot == 0 || lastDot + 1 == ascii.size())
    return invalid("must have a domain with a dot, such as example.com");
  const std::string tld = ascii.substr(lastDot + 1);
  if (tld.find_first_not_of("0123456789") == std::string::npos)
    return invalid("must have a domain name, not an IP address");

  return EmailAddress{local + "@" + domainLower, lowerCase(local) + "@" + ascii};
}

}  // namespace caravan::customers
