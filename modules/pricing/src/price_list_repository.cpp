#include "price_list_repository.hpp"

#include <caravan/platform/json.hpp>
#include <caravan/platform/text.hpp>

namespace caravan::pricing {

namespace {

constexpr const char* kColumns =
    "SELECT p.id, p.name, p.currency, p.prices_include_tax, p.price_point_step, "
    "p.price_point_ending, p.is_default, p.version, p.created_at, p.updated_at, "
    "(SELECT GROUP_CONCAT(c.country ORDER BY c.country SEPARATOR ',') FROM price_list_countries c "
    "WHERE c.tenant_id = p.tenant_id AND c.price_list_id = p.id) "
    "FROM price_lists p ";

db::Param optionalDecimal(const std::optional<money::Decimal>& value) {
  return value ? db::Param{value->toString()} : db::Param{nullptr};
}

db::Param defaultMarker(bool isDefault) {
  return isDefault ? db::Param{true} : db::Param{nullptr};
}

}  // namespace

PriceList readPriceList(db::Rows& rows, bool withCountries) {
  PriceList list;
  list.id = rows.uint64(1);
  list.name = rows.string(2);
  list.currency = rows.string(3);
  list.pricesIncludeTax = rows.boolean(4);
  if (auto step = rows.optionalString(5))
    list.pricePointStep = money::Decimal::parse(*step);
  if (auto ending = rows.optionalString(6))
    list.pricePointEnding = money::Decimal::parse(*ending);
  list.isDefault = !rows.isNull(7) && rows.boolean(7);
  list.version = rows.int64(8);
  list.createdAt = isoUtc(rows.string(9));
  list.updatedAt = isoUtc(rows.string(10));
  if (!withCountries)
    return list;
  if (auto countries = rows.optionalString(11))
    list.countries = splitList(*countries, ',');
  return list;
}

void PriceListRepository::insert(const PriceList& list) {
  db_.execute(
      "INSERT INTO price_lists (tenant_id, id, name, currency, prices_include_tax, "
      "price_point_step, price_point_ending, is_default, version, created_at, updated_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
      {list.id, list.name, list.currency, list.pricesIncludeTax,
       optionalDecimal(list.pricePointStep), optionalDecimal(list.pricePointEnding),
       defaultMarker(list.isDefault)});
  writeCountries(list);
}

void PriceListRepository::writeCountries(const PriceList& list) {
  db_.execute("DELETE FROM price_list_countries WHERE tenant_id = ? AND price_list_id = ?",
              {list.id});
  std::vector<db::Params> rows;
  for (const auto& country : list.countries)
    rows.push_back({country, list.id});
  db_.insertRows("price_list_countries", {"tenant_id", "country", "price_list_id"}, rows);
}

std::optional<PriceList> PriceListRepository::find(std::uint64_t id) {
  auto rows = db_.query(std::string(kColumns) + "WHERE p.tenant_id = ? AND p.id = ?", {id});
  if (!rows.next())
    return std::nullopt;
  return readPriceList(rows, true);
}

std::vector<PriceList> PriceListRepository::list(std::optional<std::uint64_t> beforeId,
                                                 std::size_t limit) {
  auto rows = db_.newestFirst(std::string(kColumns) + "WHERE p.tenant_id = ?", beforeId, limit);
  std::vector<PriceList> lists;
  while (rows.next())
    lists.push_back(readPriceList(rows, true));
  return lists;
}

bool PriceListRepository::update(const PriceList& list, std::int64_t expectedVersion) {
  const bool written =
      db_.execute(
          "UPDATE price_lists SET name = ?, currency = ?, prices_include_tax = ?, "
          "price_point_step = ?, price_point_ending = ?, is_default = ?, version = version + 1, "
          "updated_at = UTC_TIMESTAMP(6) WHERE tenant_id = ? AND id = ? AND version = ?",
          {list.name, list.currency, list.pricesIncludeTax, optionalDecimal(list.pricePointStep),
           optionalDecimal(list.pricePointEnding), defaultMarker(list.isDefault), list.id,
           expectedVersion}) == 1;
  if (written)
    writeCountries(list);
  return written;
}

bool PriceListRepository::remove(std::uint64_t id, std::int64_t expectedVersion) {
  if (db_.execute("DELETE FROM price_lists WHERE tenant_id = ? AND id = ? AND version = ?",
                  {id, expectedVersion}) != 1) {
    return false;
  }
  db_.execute("DELETE FROM price_list_countries WHERE tenant_id = ? AND price_list_id = ?", {id});
  db_.execute("DELETE FROM price_list_prices WHERE tenant_id = ? AND price_list_id = ?", {id});
  return true;
}

std::vector<std::pair<PriceList, bool>> PriceListRepository::forCountry(
    const std::string& country) {
  // The 11th column says whether the list names the country (read() takes it for the country
  // list, which this query leaves out).
  auto rows = db_.query(
      "SELECT p.id, p.name, p.currency, p.prices_include_tax, p.price_point_step, "
      "p.price_point_ending, p.is_default, p.version, p.created_at, p.updated_at, "
      "c.country IS NOT NULL FROM price_lists p LEFT JOIN price_list_countries c "
      "ON c.tenant_id = p.tenant_id AND c.price_list_id = p.id AND c.country = ? "
      "WHERE p.tenant_id = ? AND (p.is_default OR c.country IS NOT NULL)",
      {country});
  std::vector<std::pair<PriceList, bool>> lists;
  while (rows.next()) {
    const bool own = rows.boolean(11);
    PriceList list = readPriceList(rows, false);
    lists.emplace_back(std::move(list), own);
  }
  return lists;
}

void PriceListRepository::storePrices(std::uint64_t listId,
                                      const std::vector<StoredPrice>& prices) {
  std::vector<db::Params> rows;
  rows.reserve(prices.size());
  for (const auto& price : prices)
    rows.push_back({listId, price.sku, price.validFrom, price.amount});
  db_.insertRows(
      "price_list_prices", {"tenant_id", "price_list_id", "sku", "valid_from", "amount"}, rows, 500,
      "ON DUPLICATE KEY UPDATE amount = VALUES(amount), updated_at = CURRENT_TIMESTAMP(6)");
}

std::vector<StoredPrice> PriceListRepository::prices(std::uint64_t listId,
                                                     const std::optional<std::string>& sku,
                                                     const std::vector<std::string>& afterKey,
                                                     std::size_t limit) {
  std::string sql =
      "SELECT sku, valid_from, amount FROM price_list_prices WHERE tenant_id = ? AND "
      "price_list_id = ?";
  db::Params params{listId};
  if (sku) {
    sql += " AND sku = ?";
    params.push_back(*sku);
  }
  if (afterKey.size() == 2) {
    sql += " AND (sku, valid_from) > (?, ?)";
    params.push_back(afterKey[0]);
    params.push_back(afterKey[1]);
  }
  sql += " ORDER BY sku, valid_from LIMIT " + std::to_string(limit);
  auto rows = db_.query(sql, params);
  std::vector<StoredPrice> found;
  while (rows.next())
    found.push_back({rows.string(1), rows.string(2), rows.string(3)});
  return found;
}

bool PriceListRepository::removePrice(std::uint64_t listId, const std::string& sku,
                                      const std::string& validFrom) {
  return db_.execute(
             "DELETE FROM price_list_prices WHERE tenant_id = ? AND price_list_id = ? AND sku = ? "
             "AND valid_from = ?",
             {listId, sku, validFrom}) == 1;
}

}  // namespace caravan::pricing
