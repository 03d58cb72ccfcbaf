#pragma once

#include <caravan/organization/organization.hpp>
#include <caravan/platform/db.hpp>
#include <optional>
#include <vector>

namespace caravan::organization {

/// The SQL for stores, always within one tenant. It does not check that the legal entity exists:
/// callers do, holding a share lock on it (LegalEntityRepository::find with Lock::Share).
class StoreRepository {
 public:
  explicit StoreRepository(db::TenantSession& db) : db_(db) {}

  /// Throws db::DuplicateKey (key "uq_stores_name") when the name is taken.
  void insert(const Store& store);
  std::optional<Store> find(std::uint64_t id);
  /// Newest first; `beforeId` continues a page.
  std::vector<Store> list(std::optional<std::uint64_t> beforeId, std::size_t limit);
  /// Writes `store` if its stored version is still `expectedVersion`; false otherwise. Throws
  /// db::DuplicateKey (key "uq_stores_name") when the new name is taken.
  bool update(const Store& store, std::int64_t expectedVersion);
  bool remove(std::uint64_t id, std::int64_t expectedVersion);
  /// How many stores name the legal entity.
  std::uint64_t countForLegalEntity(std::uint64_t legalEntityId);

 private:
  db::TenantSession& db_;
};

/// A store from the current row, its columns starting at `first` in the order of
/// StoreRepository's selects.
Store readStore(db::Rows& rows, unsigned first);

}  // namespace caravan::organization
