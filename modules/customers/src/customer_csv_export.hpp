#pragma once

#include <caravan/customers/customer.hpp>
#include <string>
#include <vector>

namespace caravan::customers {

/// The import's CSV header line (importColumns(), CRLF-terminated).
std::string exportHeader();
/// One customer as a CSV record in the import's columns, so that an export imports back: e-mails,
/// phones (as typed) and tags joined with semicolons; the first address and the first identity
/// (a customer with more keeps them in the API, not in this flat file). RFC 4180 quoting, CRLF.
std::string exportRecord(const Customer& customer);

}  // namespace caravan::customers
