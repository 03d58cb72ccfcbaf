#pragma once

#include <caravan/platform/db.hpp>
#include <optional>
#include <vector>

#include "custom_fields.hpp"

namespace caravan::customers {

/// The SQL for the tenant's custom field definitions.
class CustomFieldRepository {
 public:
  explicit CustomFieldRepository(db::TenantSession& db) : db_(db) {}

  /// Throws db::DuplicateKey (key "uq_customer_fields_key") when the key is taken.
  void insert(const FieldDefinition& field);
  std::optional<FieldDefinition> find(std::uint64_t id);
  /// Every definition of the tenant, by key (a tenant has a handful).
  std::vector<FieldDefinition> all();
  /// Newest first; `beforeId` continues a page.
  std::vector<FieldDefinition> list(std::optional<std::uint64_t> beforeId, std::size_t limit);
  bool update(const FieldDefinition& field, std::int64_t expectedVersion);
  bool remove(std::uint64_t id, std::int64_t expectedVersion);

 private:
  db::TenantSession& db_;
};

}  // namespace caravan::customers
