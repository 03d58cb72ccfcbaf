#pragma once

#include <caravan/platform/db.hpp>
#include <caravan/tax/tax.hpp>
#include <optional>
#include <string>
#include <vector>

namespace caravan::tax {

/// Filters of a rate list; absent ones do not filter. `region` "" means national rows only.
struct RateFilter {
  std::optional<std::string> country;
  std::optional<std::string> region;
  std::optional<std::string> rateClass;
  std::optional<std::string> date;  ///< rows valid on this day
};

/// The SQL for tenant_tax_rates, always within one tenant.
class TenantRateRepository {
 public:
  explicit TenantRateRepository(db::TenantSession& db) : db_(db) {}

  /// The tenant's rows of (country, "" or region) valid on `date`: one query.
  std::vector<TaxRate> applicable(const std::string& country, const std::string& region,
                                  const std::string& date);
  /// Rows matching `filter` ordered by (country, region, class, valid_from), after the row with
  /// that key when `after` is given; at most `limit`.
  std::vector<TaxRate> list(const RateFilter& filter, const std::vector<std::string>& after,
                            std::size_t limit);
  std::optional<TaxRate> find(std::uint64_t id);
  /// The tenant's own row of the same (country, region, class) whose days overlap `rate`'s, if
  /// any. Call under lockTenant() so that two requests cannot both find none.
  std::optional<TaxRate> overlapping(const TaxRate& rate);
  void insert(const TaxRate& rate);
  bool remove(std::uint64_t id);

 private:
  db::TenantSession& db_;
};

/// The SQL for tax_settings: one row per tenant (absent until first written).
class TaxSettingsRepository {
 public:
  explicit TaxSettingsRepository(db::TenantSession& db) : db_(db) {}

  TaxSettings load();
  /// Makes sure the tenant's row exists and locks it until the transaction ends. Tax writes of
  /// one tenant (a new rate checked for overlaps, new settings) take this lock first, so they
  /// run one after the other: READ COMMITTED takes no gap locks that would do it.
  void lockTenant();
  /// Writes `settings` if the stored version is still `expectedVersion`; false otherwise.
  bool save(const TaxSettings& settings, std::int64_t expectedVersion);

 private:
  db::TenantSession& db_;
};

/// A tenant rate from the current row, its 8 columns starting at `first` (id, country, region,
/// rate_class, rate, valid_from, valid_to as YYYY-MM-DD, tax_name).
TaxRate readTenantRate(db::Rows& rows, unsigned first);
/// Tax settings from the current row, 5 columns from `first` (oss_registered,
/// eu_distance_sales_above_threshold, ioss_number, registered_countries, version); all NULL reads
/// as never saved.
TaxSettings readTaxSettings(db::Rows& rows, unsigned first);

}  // namespace caravan::tax
