#pragma once

#include <caravan/platform/db.hpp>
#include <cstdint>
#include <optional>
#include <string>

/// The seller's legal entities and stores as other modules see them: invoices take a legal
/// entity's number series and base currency, orders name their store.
namespace caravan::organization {

/// A registered address. Postal code and region are optional: not every country has them.
struct Address {
  std::string line1;
  std::optional<std::string> line2;
  std::optional<std::string> postalCode;
  std::string city;
  std::optional<std::string> region;
};

/// A company (or sole trader) the seller trades as: who issues the invoices.
struct LegalEntity {
  std::uint64_t id = 0;
  std::string registeredName;
  std::string country;  ///< ISO 3166-1 alpha-2
  Address registeredAddress;
  /// Normalised: no spaces, dots or dashes, capitals ("DE123456789"; Greece uses "EL").
  std::optional<std::string> vatId;
  std::optional<std::string> otherTaxId;     ///< free text, e.g. a US EIN
  std::string baseCurrency;                  ///< ISO 4217
  std::string invoiceSeriesPrefix = "INV-";  ///< 1 to 20 of A-Z 0-9 - / _
  std::int64_t version = 1;
  std::string createdAt;
  std::string updatedAt;
};

/// A sales channel the seller sells through ("Amazon DE", "Web shop"), owned by a legal entity.
struct Store {
  std::uint64_t id = 0;
  std::string name;                          ///< unique within the tenant
  std::string channel;                       ///< amazon, shopify, ebay, web, pos or other
  std::optional<std::string> marketplaceId;  ///< e.g. Amazon's "A1PA6795UKMFR9"
  std::string country;                       ///< ISO 3166-1 alpha-2
  std::string currency;                      ///< ISO 4217
  std::uint64_t legalEntityId = 0;
  bool active = true;
  std::int64_t version = 1;
  std::string createdAt;
  std::string updatedAt;
};

/// The tenant's legal entity with this id, if there is one.
std::optional<LegalEntity> findLegalEntity(db::TenantSession& db, std::uint64_t id);
/// The tenant's store with this id, if there is one.
std::optional<Store> findStore(db::TenantSession& db, std::uint64_t id);

/// A store and the legal entity that sells through it.
struct StoreAndOwner {
  Store store;
  LegalEntity owner;
};
/// The tenant's store with this id and its legal entity, read together (one query).
std::optional<StoreAndOwner> findStoreAndOwner(db::TenantSession& db, std::uint64_t storeId);

}  // namespace caravan::organization
