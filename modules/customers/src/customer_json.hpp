#pragma once

#include <caravan/customers/customer.hpp>
#include <caravan/platform/json.hpp>

namespace caravan::customers {

/// The API's view of a customer: e-mails as {address, primary}, phones as {e164, raw, type},
/// ids as strings, optional fields as null.
JsonObject toJson(const Customer& customer);

}  // namespace caravan::customers
