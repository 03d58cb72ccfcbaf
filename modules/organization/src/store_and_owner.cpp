#include <caravan/organization/organization.hpp>

#include "legal_entity_repository.hpp"
#include "store_repository.hpp"

namespace caravan::organization {

std::optional<StoreAndOwner> findStoreAndOwner(db::TenantSession& db, std::uint64_t storeId) {
  // The columns of StoreRepository's and LegalEntityRepository's selects, in their order.
  auto rows = db.query(
      "SELECT s.id, s.name, s.channel, s.marketplace_id, s.country, s.currency, "
      "s.legal_entity_id, s.active, s.version, s.created_at, s.updated_at, "
      "e.id, e.registered_name, e.country, e.address_line1, e.address_line2, e.postal_code, "
      "e.city, e.region, e.vat_id, e.other_tax_id, e.base_currency, e.invoice_series_prefix, "
      "e.version, e.created_at, e.updated_at "
      "FROM stores s JOIN legal_entities e ON e.tenant_id = s.tenant_id AND e.id = "
      "s.legal_entity_id WHERE s.tenant_id = ? AND s.id = ?",
      {storeId});
  if (!rows.next())
    return std::nullopt;
  return StoreAndOwner{readStore(rows, 1), readLegalEntity(rows, 12)};
}

}  // namespace caravan::organization
