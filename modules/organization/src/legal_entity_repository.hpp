#pragma once

#include <caravan/organization/organization.hpp>
#include <caravan/platform/db.hpp>
#include <optional>
#include <vector>

namespace caravan::organization {

/// How a read locks the row it finds, for the length of the transaction.
enum class Lock {
  None,
  Share,   ///< others may read it, none may change or delete it (a store naming it)
  Update,  ///< nobody else may lock it (deleting it)
};

/// What remove() did.
enum class RemoveOutcome {
  Removed,
  Stale,  ///< gone, or no longer at the expected version
  InUse,  ///< stores still name it; nothing was deleted
};

/// The SQL for legal entities, always within one tenant.
class LegalEntityRepository {
 public:
  explicit LegalEntityRepository(db::TenantSession& db) : db_(db) {}

  void insert(const LegalEntity& entity);
  std::optional<LegalEntity> find(std::uint64_t id, Lock lock = Lock::None);
  /// Newest first; `beforeId` continues a page.
  std::vector<LegalEntity> list(std::optional<std::uint64_t> beforeId, std::size_t limit);
  /// Writes `entity` if its stored version is still `expectedVersion`; false otherwise.
  bool update(const LegalEntity& entity, std::int64_t expectedVersion);
  /// Deletes the entity at `expectedVersion` unless a store names it. Locks the entity first, so
  /// a store being created for it concurrently either commits first (and is counted) or finds
  /// the entity gone.
  RemoveOutcome remove(std::uint64_t id, std::int64_t expectedVersion);

 private:
  db::TenantSession& db_;
};

/// A legal entity from the current row, its columns starting at `first` in the order of
/// LegalEntityRepository's selects.
LegalEntity readLegalEntity(db::Rows& rows, unsigned first);

}  // namespace caravan::organization
