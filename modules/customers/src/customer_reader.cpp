#include "customer_reader.hpp"

#include <algorithm>
#include <caravan/customers/email_address.hpp>
#include <caravan/customers/names.hpp>
#include <caravan/platform/text.hpp>
#include <charconv>
#include <map>
#include <set>

#include "customer_repository.hpp"
#include "customer_rules.hpp"
#include "customer_search.hpp"

namespace caravan::customers {

namespace {

constexpr std::size_t kMaxEmails = 20;
constexpr std::size_t kMaxPhones = 20;
constexpr std::size_t kMaxAddresses = 50;
constexpr std::size_t kMaxIdentities = 50;
constexpr std::size_t kMaxTags = 50;
constexpr std::size_t kMaxLatinBytes = kMaxNameKeyBytes;

const std::vector<std::string> kPhoneTypes = {"mobile", "landline", "work", "home", "fax", "other"};

/// Wraps the plain-string elements of `array` as {member: string}, so that one reader handles
/// both shapes; returns the indexes that were strings (their errors name the element itself).
std::set<unsigned> wrapStrings(JsonObject body, const std::string& key, const std::string& member) {
  std::set<unsigned> wrapped;
  if (!body->has(key) || !body->isArray(key))
    return wrapped;
  auto array = body->getArray(key);
  for (unsigned i = 0; i < array->size(); ++i) {
    const auto item = array->get(i);
    if (item.isString()) {
      auto object = makeObject();
      object->set(member, item);
      array->set(i, object);
      wrapped.insert(i);
    }
  }
  return wrapped;
}

void wrapPhoneOf(Poco::JSON::Object::Ptr object) {
  if (object && object->has("phone") && object->get("phone").isString()) {
    auto phone = makeObject();
    phone->set("raw", object->get("phone"));
    object->set("phone", phone);
  }
}

bool oneOf(const std::vector<std::string>& values, const std::string& value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

std::string listOf(const std::vector<std::string>& values) {
  std::string text;
  for (const auto& value : values)
    text += (text.empty() ? "" : ", ") + value;
  return text;
}

/// Reads `raw` (and tolerates the `e164` of a phone read back from the API) into a phone.
std::optional<PhoneNumber> readPhone(JsonReader& in, const std::string& region,
                                     const std::string& errorKey, JsonReader& errorReader) {
  auto raw = in.optionalString("raw", {.minLength = 1, .maxLength = 64});
  const auto e164 = in.optionalString("e164", {.minLength = 1, .maxLength = 20});
  if (!raw && e164)
    raw = e164;
  if (!raw) {
    if (!in.has("raw") && !e164)
      in.addError("raw", "required", "is required");
    return std::nullopt;
  }
  auto parsed = parsePhone(*raw, region);
  if (const auto* refusal = std::get_if<Refusal>(&parsed)) {
    errorReader.addError(errorKey, refusal->code, refusal->message);
    return std::nullopt;
  }
  return std::get<PhoneNumber>(parsed);
}

}  // namespace

std::vector<std::string> readCustomer(JsonObject body, Customer& customer, bool patch,
                                      const ReadContext& context) {
  const auto stringEmails = wrapStrings(body, "emails", "address");
  const auto stringPhones = wrapStrings(body, "phones", "raw");
  if (body->has("addresses") && body->isArray("addresses")) {
    auto addresses = body->getArray("addresses");
    for (unsigned i = 0; i < addresses->size(); ++i) {
      if (addresses->isObject(i))
        wrapPhoneOf(addresses->getObject(i));
    }
  }

  // The attributes' keys are the tenant's own: checkAttributes reads them, not the JsonReader
  // (which would call them unknown fields).
  const bool attributesGiven = body->has("custom_attributes");
  Poco::Dynamic::Var attributesValue;
  if (attributesGiven) {
    if (!body->isNull("custom_attributes"))
      attributesValue = body->get("custom_attributes");
    body->remove("custom_attributes");
  }

  JsonReader in(body);
  std::vector<std::string> changed;
  const auto given = [&](const std::string& key) {
    if (in.has(key)) {
      changed.push_back(key);
      return true;
    }
    if (in.isNullGiven(key)) {
      changed.push_back(key);
      return true;
    }
    return false;
  };
  // An optional text field: null clears it; `check` may refuse or rewrite the value.
  const auto optionalText =
      [&](const std::string& key, std::optional<std::string>& target, StringRule rule,
          const std::function<std::optional<Refusal>(std::string&)>& check = nullptr) {
        if (!given(key))
          return;
        if (!in.has(key)) {
          target.reset();
          return;
        }
        auto value = in.optionalString(key, rule);
        if (!value)
          return;
        if (check) {
          if (auto refusal = check(*value)) {
            in.addError(key, refusal->code, refusal->message);
            return;
          }
        }
        target = *value;
      };

  // kind and name
  if (given("kind")) {
    if (auto kind = in.optionalString("kind", {.minLength = 1, .maxLength = 10})) {
      if (*kind == "person" || *kind == "company")
        customer.kind = *kind;
      else
        in.addError("kind", "invalid_value", "must be person or company");
    } else if (!in.has("kind")) {
      in.addError("kind", "required", "cannot be cleared");
    }
  }
  if (!patch || in.has("name") || in.isNullGiven("name")) {
    if (!in.has("name")) {
      in.addError("name", "required", patch ? "cannot be cleared" : "is required");
    } else if (auto name = in.optionalString("name", {.minLength = 1, .maxLength = 200})) {
      customer.name = *name;
      const std::string latin = toLatinAscii(*name);
      customer.nameLatin = cutUtf8(latin, kMaxLatinBytes);
      customer.nameKey = cutUtf8(searchKeyOfLatin(latin), kMaxLatinBytes);
    }
    changed.push_back("name");
  }

  optionalText("company_name", customer.companyName, {.minLength = 1, .maxLength = 200});
  customer.companyKey =
      customer.companyName ? cutUtf8(searchKey(*customer.companyName), kMaxLatinBytes) : "";
  optionalText("vat_id", customer.vatId, {.minLength = 1, .maxLength = 40},
               [](std::string& value) -> std::optional<Refusal> {
                 auto normalized = normalizeTaxId(value);
                 if (auto* refusal = std::get_if<Refusal>(&normalized))
                   return *refusal;
                 value = std::get<std::string>(normalized);
                 return std::nullopt;
               });
  bool countryGood = true;
  optionalText("country", customer.country, {.minLength = 1, .maxLength = 10},
               [&](std::string& value) {
                 auto refusal = checkCountry(value);
                 countryGood = !refusal;
                 return refusal;
               });
  if (in.has("country") && !customer.country)
    countryGood = false;
  optionalText("language", customer.language, {.minLength = 1, .maxLength = 35},
               [](std::string& value) -> std::optional<Refusal> {
                 auto canonical = canonicalLanguage(value);
                 if (auto* refusal = std::get_if<Refusal>(&canonical))
                   return *refusal;
                 value = std::get<std::string>(canonical);
                 return std::nullopt;
               });
  optionalText("currency", customer.currency, {.minLength = 1, .maxLength = 10},
               [](std::string& value) { return checkCurrency(value); });
  optionalText("source_channel", customer.sourceChannel, {.minLength = 1, .maxLength = 32},
               [](std::string& value) { return checkChannel(value); });
  optionalText("notes", customer.notes, {.minLength = 1, .maxLength = 5000});

  if (given("tags")) {
    customer.tags.clear();
    if (auto tags = in.optionalStringArray("tags", {.minLength = 1, .maxLength = 64}, kMaxTags)) {
      auto normalized = normalizeTags(*tags);
      if (auto* refusal = std::get_if<Refusal>(&normalized))
        in.addError("tags", refusal->code, refusal->message);
      else
        customer.tags = std::get<std::vector<std::string>>(normalized);
    }
  }

  // Addresses before phones: a phone without a country code is read in the customer's country,
  // else in the country of its first address.
  if (given("addresses")) {
    customer.addresses.clear();
    std::map<std::string, std::vector<std::size_t>> defaultsByType;
    unsigned index = 0;
    in.forEachObject("addresses", false, kMaxAddresses, [&](JsonReader& item) {
      const unsigned i = index++;
      CustomerAddress address;
      address.type = item.requiredString("type", {.minLength = 1, .maxLength = 10});
      if (!address.type.empty() && address.type != "billing" && address.type != "shipping")
        item.addError("type", "invalid_value", "must be billing or shipping");
      const auto isDefault = item.optionalBool("default");
      address.recipientName =
          item.optionalString("recipient_name", {.minLength = 1, .maxLength = 200});
      address.line1 = item.requiredString("line1", {.minLength = 1, .maxLength = 200});
      address.line2 = item.optionalString("line2", {.minLength = 1, .maxLength = 200});
      address.postalCode = item.optionalString("postal_code", {.minLength = 1, .maxLength = 20});
      address.city = item.requiredString("city", {.minLength = 1, .maxLength = 100});
      address.region = item.optionalString("region", {.minLength = 1, .maxLength = 100});
      address.country = item.requiredString("country", {.minLength = 1, .maxLength = 10});
      bool addressCountryGood = !address.country.empty();
      if (!address.country.empty()) {
        if (auto refusal = checkCountry(address.country)) {
          item.addError("country", refusal->code, refusal->message);
          addressCountryGood = false;
        }
      }
      item.withObject("phone", false, [&](JsonReader& phone) {
        address.phone = readPhone(phone, addressCountryGood ? address.country : "", "raw", phone);
      });
      if (isDefault.value_or(false))
        defaultsByType[address.type].push_back(i);
      address.isDefault = isDefault.value_or(false);
      customer.addresses.push_back(std::move(address));
    });
    for (const auto& [type, indexes] : defaultsByType) {
      for (std::size_t k = 1; k < indexes.size(); ++k) {
        in.addError("addresses/" + std::to_string(indexes[k]) + "/default", "multiple_default",
                    "only one " + type + " address can be the default");
      }
    }
    // A type without a default takes its first address as the default.
    for (const std::string type : {"billing", "shipping"}) {
      if (defaultsByType.count(type))
        continue;
      for (auto& address : customer.addresses) {
        if (address.type == type) {
          address.isDefault = true;
          break;
        }
      }
    }
  }

  if (given("emails")) {
    customer.emails.clear();
    std::vector<std::size_t> primaries;
    std::map<std::string, unsigned> seen;
    unsigned index = 0;
    in.forEachObject("emails", false, kMaxEmails, [&](JsonReader& item) {
      const unsigned i = index++;
      const bool plain = stringEmails.count(i) > 0;
      const auto address = item.optionalString("address", {.minLength = 0, .maxLength = 320});
      const auto primary = item.optionalBool("primary");
      if (!item.has("address") && !address) {
        item.addError("address", "required", "is required");
        return;
      }
      if (!address)
        return;
      auto normalized = normalizeEmail(*address);
      if (auto* refusal = std::get_if<Refusal>(&normalized)) {
        if (plain)
          in.addError("emails/" + std::to_string(i), refusal->code, refusal->message);
        else
          item.addError("address", refusal->code, refusal->message);
        return;
      }
      auto& email = std::get<EmailAddress>(normalized);
      if (seen.count(email.key)) {
        in.addError("emails/" + std::to_string(i), "duplicate",
                    "is the same address as emails/" + std::to_string(seen[email.key]));
        return;
      }
      seen[email.key] = i;
      if (primary.value_or(false))
        primaries.push_back(customer.emails.size());
      customer.emails.push_back({email.address, email.key, primary.value_or(false)});
    });
    if (primaries.size() > 1)
      in.addError("emails", "multiple_primary", "only one e-mail address can be primary");
    else if (primaries.empty() && !customer.emails.empty())
      customer.emails.front().primary = true;
  }

  if (given("phones")) {
    customer.phones.clear();
    std::string region;
    if (customer.country && countryGood)
      region = *customer.country;
    else if (!customer.addresses.empty() &&
             checkCountry(customer.addresses.front().country) == std::nullopt)
      region = customer.addresses.front().country;
    std::set<std::string> seen;
    unsigned index = 0;
    in.forEachObject("phones", false, kMaxPhones, [&](JsonReader& item) {
      const unsigned i = index++;
      const bool plain = stringPhones.count(i) > 0;
      CustomerPhone phone;
      const auto type = item.optionalString("type", {.minLength = 1, .maxLength = 10});
      if (type && !oneOf(kPhoneTypes, *type))
        item.addError("type", "invalid_value", "must be one of: " + listOf(kPhoneTypes));
      const std::string position = "phones/" + std::to_string(i);
      auto number =
          plain ? readPhone(item, region, position, in) : readPhone(item, region, "raw", item);
      if (!number)
        return;
      if (!seen.insert(number->e164).second) {
        in.addError(position, "duplicate", "is the same number as an earlier phone");
        return;
      }
      phone.type = type.value_or(number->kind);
      phone.number = std::move(*number);
      customer.phones.push_back(std::move(phone));
    });
  }

  if (given("identities")) {
    customer.identities.clear();
    std::set<std::pair<std::string, std::string>> seen;
    unsigned index = 0;
    in.forEachObject("identities", false, kMaxIdentities, [&](JsonReader& item) {
      const unsigned i = index++;
      CustomerIdentity identity;
      const auto channel = item.optionalString("channel", {.minLength = 1, .maxLength = 32});
      const auto storeId = item.optionalString("store_id", {.minLength = 1, .maxLength = 20});
      identity.externalId = item.requiredString("external_id", {.minLength = 1, .maxLength = 191});
      bool good = !identity.externalId.empty();
      if (channel) {
        if (auto refusal = checkChannel(*channel)) {
          item.addError("channel", refusal->code, refusal->message);
          good = false;
        }
        identity.channel = *channel;
      }
      if (storeId) {
        const auto id = parseId(*storeId);
        const auto storeChannel =
            id && context.storeChannel ? context.storeChannel(*id) : std::optional<std::string>();
        if (!id) {
          item.addError("store_id", "invalid_format",
                        "must be the id of a store, a string of digits");
          good = false;
        } else if (!storeChannel) {
          item.addError("store_id", "not_found", "names no store of this seller");
          good = false;
        } else if (channel && *channel != *storeChannel) {
          item.addError("channel", "channel_mismatch",
                        "differs from the channel of the store (" + *storeChannel + ")");
          good = false;
        } else {
          identity.storeId = *id;
          identity.channel = *storeChannel;
        }
      } else if (!channel && !item.has("channel")) {
        item.addError("channel", "required", "is required when no store_id is given");
        good = false;
      }
      if (!good)
        return;
      if (!seen.insert({identityScope(identity), identityKey(identity.externalId)}).second) {
        in.addError("identities/" + std::to_string(i), "duplicate",
                    "is the same identity as an earlier one");
        return;
      }
      customer.identities.push_back(std::move(identity));
    });
  }

  // Custom attributes are checked against the tenant's definitions, all of them at once.
  if (attributesGiven || !patch) {
    JsonObject attributes;
    bool isObject = true;
    if (attributesGiven && !attributesValue.isEmpty()) {
      if (attributesValue.type() == typeid(Poco::JSON::Object::Ptr)) {
        attributes = attributesValue.extract<Poco::JSON::Object::Ptr>();
      } else {
        in.addError("custom_attributes", "invalid_type", "must be an object");
        isObject = false;
      }
    }
    if (isObject) {
      auto checked = checkAttributes(attributes, context.fields);
      for (auto& error : checked.errors)
        in.addError(error.field, error.code, error.message);
      customer.customAttributes = checked.json;
    }
    if (attributesGiven)
      changed.push_back("custom_attributes");
  }

  in.finish();
  std::sort(changed.begin(), changed.end());
  changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
  return changed;
}

}  // namespace caravan::customers
