#include "legal_entity_repository.hpp"

#include <caravan/platform/json.hpp>

#include "store_repository.hpp"

namespace caravan::organization {

namespace {

constexpr const char* kColumns =
    "SELECT id, registered_name, country, address_line1, address_line2, postal_code, city, "
    "region, vat_id, other_tax_id, base_currency, invoice_series_prefix, version, created_at, "
    "updated_at FROM legal_entities ";

db::Param optional(const std::optional<std::string>& value) {
  return value ? db::Param{*value} : db::Param{nullptr};
}

}  // namespace

LegalEntity readLegalEntity(db::Rows& rows, unsigned first) {
  const auto at = [first](unsigned column) { return first + column - 1; };
  LegalEntity entity;
  entity.id = rows.uint64(at(1));
  entity.registeredName = rows.string(at(2));
  entity.country = rows.string(at(3));
  entity.registeredAddress.line1 = rows.string(at(4));
  entity.registeredAddress.line2 = rows.optionalString(at(5));
  entity.registeredAddress.postalCode = rows.optionalString(at(6));
  entity.registeredAddress.city = rows.string(at(7));
  entity.registeredAddress.region = rows.optionalString(at(8));
  entity.vatId = rows.optionalString(at(9));
  entity.otherTaxId = rows.optionalString(at(10));
  entity.baseCurrency = rows.string(at(11));
  entity.invoiceSeriesPrefix = rows.string(at(12));
  entity.version = rows.int64(at(13));
  entity.createdAt = isoUtc(rows.string(at(14)));
  entity.updatedAt = isoUtc(rows.string(at(15)));
  return entity;
}

void LegalEntityRepository::insert(const LegalEntity& entity) {
  const Address& address = entity.registeredAddress;
  db_.execute(
      "INSERT INTO legal_entities (tenant_id, id, registered_name, country, address_line1, "
      "address_line2, postal_code, city, region, vat_id, other_tax_id, base_currency, "
      "invoice_series_prefix, version, created_at, updated_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
      {entity.id, entity.registeredName, entity.country, address.line1, optional(address.line2),
       optional(address.postalCode), address.city, optional(address.region), optional(entity.vatId),
       optional(entity.otherTaxId), entity.baseCurrency, entity.invoiceSeriesPrefix});
}

std::optional<LegalEntity> LegalEntityRepository::find(std::uint64_t id, Lock lock) {
  std::string sql = std::string(kColumns) + "WHERE tenant_id = ? AND id = ?";
  if (lock == Lock::Share) {
    sql += " LOCK IN SHARE MODE";
  } else if (lock == Lock::Update) {
    sql += " FOR UPDATE";
  }
  auto rows = db_.query(sql, {id});
  if (!rows.next())
    return std::nullopt;
  return readLegalEntity(rows, 1);
}

std::vector<LegalEntity> LegalEntityRepository::list(std::optional<std::uint64_t> beforeId,
                                                     std::size_t limit) {
  auto rows = db_.newestFirst(std::string(kColumns) + "WHERE tenant_id = ?", beforeId, limit);
  std::vector<LegalEntity> entities;
  while (rows.next())
    entities.push_back(readLegalEntity(rows, 1));
  return entities;
}

bool LegalEntityRepository::update(const LegalEntity& entity, std::int64_t expectedVersion) {
  const Address& address = entity.registeredAddress;
  return db_.execute(
             "UPDATE legal_entities SET registered_name = ?, country = ?, address_line1 = ?, "
             "address_line2 = ?, postal_code = ?, city = ?, region = ?, vat_id = ?, "
             "other_tax_id = ?, base_currency = ?, invoice_series_prefix = ?, "
             "version = version + 1, updated_at = UTC_TIMESTAMP(6) "
             "WHERE tenant_id = ? AND id = ? AND version = ?",
             {entity.registeredName, entity.country, address.line1, optional(address.line2),
              optional(address.postalCode), address.city, optional(address.region),
              optional(entity.vatId), optional(entity.otherTaxId), entity.baseCurrency,
              entity.invoiceSeriesPrefix, entity.id, expectedVersion}) == 1;
}

RemoveOutcome LegalEntityRepository::remove(std::uint64_t id, std::int64_t expectedVersion) {
  // The exclusive lock waits for any transaction that holds a share lock on the entity (a store
  // being created for it); once it is ours, no new store can name the entity until we commit.
  const auto current = find(id, Lock::Update);
  if (!current || current->version != expectedVersion)
    return RemoveOutcome::Stale;
  StoreRepository stores(db_);
  if (stores.countForLegalEntity(id) > 0)
    return RemoveOutcome::InUse;
  const bool removed =
      db_.execute("DELETE FROM legal_entities WHERE tenant_id = ? AND id = ? AND version = ?",
                  {id, expectedVersion}) == 1;
  return removed ? RemoveOutcome::Removed : RemoveOutcome::Stale;
}

std::optional<LegalEntity> findLegalEntity(db::TenantSession& db, std::uint64_t id) {
  return LegalEntityRepository(db).find(id);
}

}  // namespace caravan::organization
