#pragma once

#include <caravan/platform/db.hpp>
#include <caravan/pricing/price_lists.hpp>
#include <optional>
#include <vector>

namespace caravan::pricing {

/// One stored price of a list.
struct StoredPrice {
  std::string sku;
  std::string validFrom;  ///< YYYY-MM-DD
  std::string amount;     ///< decimal text in the list's currency
};

/// The SQL for price lists, their countries and their prices, always within one tenant.
class PriceListRepository {
 public:
  explicit PriceListRepository(db::TenantSession& db) : db_(db) {}

  /// Throws db::DuplicateKey: "uq_price_lists_name", "uq_price_lists_default", or "PRIMARY" when
  /// a country already belongs to another list.
  void insert(const PriceList& list);
  std::optional<PriceList> find(std::uint64_t id);
  std::vector<PriceList> list(std::optional<std::uint64_t> beforeId, std::size_t limit);
  /// Writes `list` (and replaces its countries) if its stored version is still `expectedVersion`.
  bool update(const PriceList& list, std::int64_t expectedVersion);
  bool remove(std::uint64_t id, std::int64_t expectedVersion);
  /// The list that names `country` (if any) and the default list, in one query, each with
  /// whether it names the country. Their `countries` are left empty.
  std::vector<std::pair<PriceList, bool>> forCountry(const std::string& country);

  /// Inserts or replaces prices (same SKU and date: the new amount wins).
  void storePrices(std::uint64_t listId, const std::vector<StoredPrice>& prices);
  /// Prices of one list, by SKU then date; `sku` narrows to one SKU, `afterKey` continues a page.
  std::vector<StoredPrice> prices(std::uint64_t listId, const std::optional<std::string>& sku,
                                  const std::vector<std::string>& afterKey, std::size_t limit);
  bool removePrice(std::uint64_t listId, const std::string& sku, const std::string& validFrom);

 private:
  void writeCountries(const PriceList& list);
  db::TenantSession& db_;
};

/// A price list from the current row: its ten columns first, then (when `withCountries`) the
/// comma-separated countries, as PriceListRepository's selects have them.
PriceList readPriceList(db::Rows& rows, bool withCountries);

}  // namespace caravan::pricing
