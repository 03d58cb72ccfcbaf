#include "customer_json.hpp"

#include <Poco/JSON/Parser.h>

namespace caravan::customers {

namespace {

Poco::Dynamic::Var orNull(const std::optional<std::string>& value) {
  return value ? Poco::Dynamic::Var(*value) : Poco::Dynamic::Var();
}

JsonObject phoneJson(const PhoneNumber& number, const std::string* type = nullptr) {
  auto phone = makeObject();
  phone->set("e164", number.e164);
  phone->set("raw", number.raw);
  if (type)
    phone->set("type", *type);
  return phone;
}

}  // namespace

JsonObject toJson(const Customer& customer) {
  auto body = makeObject();
  body->set("id", std::to_string(customer.id));
  body->set("kind", customer.kind);
  body->set("name", customer.name);
  body->set("name_latin", customer.nameLatin);
  body->set("company_name", orNull(customer.companyName));
  body->set("vat_id", orNull(customer.vatId));
  body->set("country", orNull(customer.country));
  body->set("language", orNull(customer.language));
  body->set("currency", orNull(customer.currency));

  auto emails = makeArray();
  for (const auto& email : customer.emails) {
    auto item = makeObject();
    item->set("address", email.address);
    item->set("primary", email.primary);
    emails->add(item);
  }
  body->set("emails", emails);

  auto phones = makeArray();
  for (const auto& phone : customer.phones)
    phones->add(phoneJson(phone.number, &phone.type));
  body->set("phones", phones);

  auto addresses = makeArray();
  for (const auto& a : customer.addresses) {
    auto item = makeObject();
    item->set("type", a.type);
    item->set("default", a.isDefault);
    item->set("recipient_name", orNull(a.recipientName));
    item->set("line1", a.line1);
    item->set("line2", orNull(a.line2));
    item->set("postal_code", orNull(a.postalCode));
    item->set("city", a.city);
    item->set("region", orNull(a.region));
    item->set("country", a.country);
    item->set("phone", a.phone ? Poco::Dynamic::Var(phoneJson(*a.phone)) : Poco::Dynamic::Var());
    addresses->add(item);
  }
  body->set("addresses", addresses);

  auto identities = makeArray();
  for (const auto& identity : customer.identities) {
    auto item = makeObject();
    item->set("channel", identity.channel);
    item->set("store_id", identity.storeId ? Poco::Dynamic::Var(std::to_string(*identity.storeId))
                                           : Poco::Dynamic::Var());
    item->set("external_id", identity.externalId);
    identities->add(item);
  }
  body->set("identities", identities);
  body->set("tags", stringArray(customer.tags));

  Poco::JSON::Parser parser;
  body->set("custom_attributes", parser.parse(customer.customAttributes));
  body->set("source_channel", orNull(customer.sourceChannel));
  body->set("notes", orNull(customer.notes));
  body->set("external_id", orNull(customer.externalId));
  body->set("version", customer.version);
  body->set("created_at", customer.createdAt);
  body->set("updated_at", customer.updatedAt);
  body->set("erased_at", orNull(customer.erasedAt));
  return body;
}

}  // namespace caravan::customers
