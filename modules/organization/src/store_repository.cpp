#include "store_repository.hpp"

#include <caravan/platform/json.hpp>

namespace caravan::organization {

namespace {

constexpr const char* kColumns =
    "SELECT id, name, channel, marketplace_id, country, currency, legal_entity_id, active, "
    "version, created_at, updated_at FROM stores ";

db::Param optional(const std::optional<std::string>& value) {
  return value ? db::Param{*value} : db::Param{nullptr};
}

}  // namespace

Store readStore(db::Rows& rows, unsigned first) {
  const auto at = [first](unsigned column) { return first + column - 1; };
  Store store;
  store.id = rows.uint64(at(1));
  store.name = rows.string(at(2));
  store.channel = rows.string(at(3));
  store.marketplaceId = rows.optionalString(at(4));
  store.country = rows.string(at(5));
  store.currency = rows.string(at(6));
  store.legalEntityId = rows.uint64(at(7));
  store.active = rows.boolean(at(8));
  store.version = rows.int64(at(9));
  store.createdAt = isoUtc(rows.string(at(10)));
  store.updatedAt = isoUtc(rows.string(at(11)));
  return store;
}

void StoreRepository::insert(const Store& store) {
  db_.execute(
      "INSERT INTO stores (tenant_id, id, name, channel, marketplace_id, country, currency, "
      "legal_entity_id, active, version, created_at, updated_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
      {store.id, store.name, store.channel, optional(store.marketplaceId), store.country,
       store.currency, store.legalEntityId, store.active});
}

std::optional<Store> StoreRepository::find(std::uint64_t id) {
  auto rows = db_.query(std::string(kColumns) + "WHERE tenant_id = ? AND id = ?", {id});
  if (!rows.next())
    return std::nullopt;
  return readStore(rows, 1);
}

std::vector<Store> StoreRepository::list(std::optional<std::uint64_t> beforeId, std::size_t limit) {
  auto rows = db_.newestFirst(std::string(kColumns) + "WHERE tenant_id = ?", beforeId, limit);
  std::vector<Store> stores;
  while (rows.next())
    stores.push_back(readStore(rows, 1));
  return stores;
}

bool StoreRepository::update(const Store& store, std::int64_t expectedVersion) {
  return db_.execute(
             "UPDATE stores SET name = ?, channel = ?, marketplace_id = ?, country = ?, "
             "currency = ?, legal_entity_id = ?, active = ?, version = version + 1, "
             "updated_at = UTC_TIMESTAMP(6) WHERE tenant_id = ? AND id = ? AND version = ?",
             {store.name, store.channel, optional(store.marketplaceId), store.country,
              store.currency, store.legalEntityId, store.active, store.id, expectedVersion}) == 1;
}

bool StoreRepository::remove(std::uint64_t id, std::int64_t expectedVersion) {
  return db_.execute("DELETE FROM stores WHERE tenant_id = ? AND id = ? AND version = ?",
                     {id, expectedVersion}) == 1;
}

std::uint64_t StoreRepository::countForLegalEntity(std::uint64_t legalEntityId) {
  auto rows = db_.query("SELECT COUNT(*) FROM stores WHERE tenant_id = ? AND legal_entity_id = ?",
                        {legalEntityId});
  rows.next();
  return rows.uint64(1);
}

std::optional<Store> findStore(db::TenantSession& db, std::uint64_t id) {
  return StoreRepository(db).find(id);
}

}  // namespace caravan::organization
