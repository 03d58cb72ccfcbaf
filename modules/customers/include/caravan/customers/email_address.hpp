#pragma once

#include <caravan/customers/refusal.hpp>
#include <string>
#include <string_view>

namespace caravan::customers {

/// An e-mail address as stored: what the customer typed (trimmed, domain in lower case) and the
/// key addresses are matched by.
struct EmailAddress {
  /// The local part as typed, "@", the domain in lower case: "Hans.Muller@example.de".
  std::string address;
  /// The local part in lower case, "@", the domain in ASCII (IDNA, punycode):
  /// "hans.muller@example.de"; "anna@bücher.de" and "Anna@xn--bcher-kva.de" share one key.
  /// Mailbox providers treat local parts without regard to case in practice, so matching does too.
  std::string key;
};

/// Checks the shape of an e-mail address and normalises it. Accepts internationalised addresses
/// (UTF-8 local parts, IDN domains checked with UTS #46). Refuses with code `invalid_email` an
/// address without exactly one "@", with an empty, over-long (64/254) or badly dotted local part,
/// white space or control characters, quoted local parts, or a domain that is not a host name
/// with at least two labels.
Checked<EmailAddress> normalizeEmail(std::string_view input);

}  // namespace caravan::customers
