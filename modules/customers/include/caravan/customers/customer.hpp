#pragma once

#include <caravan/customers/phone_number.hpp>
#include <caravan/platform/db.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

/// A seller's customers as other modules see them: orders name a customer, invoices print its
/// billing address, the privacy module finds its personal data through the declarations.
namespace caravan::customers {

/// One e-mail address of a customer.
struct CustomerEmail {
  std::string address;  ///< as typed, domain in lower case
  std::string key;      ///< for matching (see EmailAddress::key)
  bool primary = false;
};

/// One telephone number of a customer: E.164 plus what was typed, and its type
/// (mobile, landline, work, home, fax or other).
struct CustomerPhone {
  PhoneNumber number;
  std::string type;
};

/// A postal address. `type` is billing or shipping; at most one of each type is the default.
struct CustomerAddress {
  std::string type;
  bool isDefault = false;
  std::optional<std::string> recipientName;
  std::string line1;
  std::optional<std::string> line2;
  std::optional<std::string> postalCode;
  std::string city;
  std::optional<std::string> region;
  std::string country;  ///< ISO 3166-1 alpha-2
  std::optional<PhoneNumber> phone;
};

/// Who the customer is on a sales channel: an Amazon buyer id, a Shopify customer id, an eBay
/// user name, the e-mail of a storefront account. Unique per tenant within its store (when
/// `storeId` is set) or its channel.
struct CustomerIdentity {
  std::string channel;  ///< amazon, shopify, ebay, web, pos, other, ... (lower case)
  std::optional<std::uint64_t> storeId;
  std::string externalId;
};

/// A person or a company the seller sells to.
struct Customer {
  std::uint64_t id = 0;
  std::string kind = "person";  ///< person or company
  std::string name;             ///< in its original script
  std::string nameLatin;        ///< ICU `Any-Latin; Latin-ASCII` of the name
  std::string nameKey;          ///< searchKey(name)
  std::optional<std::string> companyName;
  std::string companyKey;               ///< searchKey(company name); empty without one
  std::optional<std::string> vatId;     ///< normalised: capitals and digits only
  std::optional<std::string> country;   ///< ISO 3166-1 alpha-2
  std::optional<std::string> language;  ///< BCP 47, canonical ("de-DE")
  std::optional<std::string> currency;  ///< ISO 4217
  std::vector<CustomerEmail> emails;
  std::vector<CustomerPhone> phones;
  std::vector<CustomerAddress> addresses;
  std::vector<CustomerIdentity> identities;
  std::vector<std::string> tags;        ///< lower case, sorted, without repeats
  std::string customAttributes = "{}";  ///< a JSON object, checked against the tenant's fields
  std::optional<std::string> sourceChannel;
  std::optional<std::string> notes;
  /// The customer's id in the system it was imported from; an import updates the customer of
  /// an external id it has seen before. Unique per tenant.
  std::optional<std::string> externalId;
  std::int64_t version = 1;
  std::string createdAt;
  std::string updatedAt;
  /// When its personal data was erased (markErased); an erased customer is never merged.
  std::optional<std::string> erasedAt;
};

/// The tenant's customer with this id, with every e-mail, phone, address, identity and tag.
std::optional<Customer> findCustomer(db::TenantSession& db, std::uint64_t id);

/// Records that the customer's personal data has been erased: for the privacy module, once it has
/// erased every declared column of the customer. False when the tenant has no such customer.
/// The customer keeps its id (orders and invoices name it) and can no longer be merged.
bool markErased(db::TenantSession& db, std::uint64_t id);

}  // namespace caravan::customers
