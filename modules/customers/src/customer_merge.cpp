#include "customer_merge.hpp"

#include <algorithm>
#include <caravan/platform/text.hpp>
#include <cctype>

namespace caravan::customers {

namespace {

template <typename Item, typename Key>
void appendMissing(std::vector<Item>& into, const std::vector<Item>& from, Key key) {
  for (const auto& item : from) {
    const bool known = std::any_of(into.begin(), into.end(),
                                   [&](const Item& have) { return key(have) == key(item); });
    if (!known)
      into.push_back(item);
  }
}

template <typename Value>
void choose(Value& target, const Value& other, bool takeOther) {
  if (takeOther)
    target = other;
}

template <typename Value>
void choose(std::optional<Value>& target, const std::optional<Value>& other, bool takeOther) {
  if (takeOther || !target)
    target = other ? other : target;
}

}  // namespace

const std::vector<std::string>& mergeableFields() {
  static const std::vector<std::string> fields{
      "kind",     "name",     "company_name",      "vat_id",         "country",
      "language", "currency", "custom_attributes", "source_channel", "notes"};
  return fields;
}

Customer mergedCustomer(const Customer& survivor, const Customer& merged,
                        const std::set<std::string>& fromMerged) {
  Customer result = survivor;
  const auto take = [&](const char* field) { return fromMerged.count(field) > 0; };
  choose(result.kind, merged.kind, take("kind"));
  if (take("name")) {
    result.name = merged.name;
    result.nameLatin = merged.nameLatin;
    result.nameKey = merged.nameKey;
  }
  choose(result.companyName, merged.companyName, take("company_name"));
  result.companyKey =
      result.companyName == merged.companyName ? merged.companyKey : survivor.companyKey;
  choose(result.vatId, merged.vatId, take("vat_id"));
  choose(result.country, merged.country, take("country"));
  choose(result.language, merged.language, take("language"));
  choose(result.currency, merged.currency, take("currency"));
  if (take("custom_attributes") || result.customAttributes == "{}")
    result.customAttributes = merged.customAttributes;
  choose(result.sourceChannel, merged.sourceChannel, take("source_channel"));
  if (take("notes")) {
    result.notes = merged.notes;
  } else if (merged.notes && merged.notes != result.notes) {
    // Notes are free text written by people: keep both rather than lose one.
    result.notes = result.notes ? *result.notes + "\n" + *merged.notes : *merged.notes;
  }

  auto emails = merged.emails;
  for (auto& email : emails)
    email.primary = false;
  appendMissing(result.emails, emails, [](const CustomerEmail& e) { return e.key; });
  appendMissing(result.phones, merged.phones, [](const CustomerPhone& p) { return p.number.e164; });
  auto addresses = merged.addresses;
  for (auto& address : addresses)
    address.isDefault = false;
  appendMissing(result.addresses, addresses, [](const CustomerAddress& a) {
    return a.type + "|" + a.line1 + "|" + a.postalCode.value_or("") + "|" + a.city + "|" +
           a.country;
  });
  // Identities compare as their unique key does: without regard to case.
  appendMissing(result.identities, merged.identities, [](const CustomerIdentity& i) {
    return asciiLower(i.channel + "|" + (i.storeId ? std::to_string(*i.storeId) : "") + "|" +
                      i.externalId);
  });
  appendMissing(result.tags, merged.tags, [](const std::string& tag) { return tag; });
  std::sort(result.tags.begin(), result.tags.end());
  return result;
}

}  // namespace caravan::customers
