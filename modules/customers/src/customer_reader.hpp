#pragma once

#include <caravan/customers/customer.hpp>
#include <caravan/platform/json.hpp>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "custom_fields.hpp"

namespace caravan::customers {

/// What reading a customer needs besides the body: the tenant's custom field definitions, and
/// the channel of a store of the tenant (nullopt when it has no such store).
struct ReadContext {
  std::vector<FieldDefinition> fields;
  std::function<std::optional<std::string>(std::uint64_t storeId)> storeChannel;
};

/// Reads a create body (`patch` false: `name` required, absent fields empty) or a PATCH body
/// (absent fields keep their value; null clears an optional field; emails, phones, addresses,
/// identities, tags and custom_attributes, when given, replace the whole collection) into
/// `customer`. E-mails and phones may be given as plain strings or as objects. Every problem is
/// collected and thrown at once as a ValidationError naming its field ("emails/0",
/// "phones/1/raw", "custom_attributes/size"). Returns the names of the fields the body set.
std::vector<std::string> readCustomer(JsonObject body, Customer& customer, bool patch,
                                      const ReadContext& context);

}  // namespace caravan::customers
