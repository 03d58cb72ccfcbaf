#include "tax_repository.hpp"

#include <caravan/platform/text.hpp>

namespace caravan::tax {

namespace {

constexpr const char* kColumns =
    "SELECT id, country, region, rate_class, rate, DATE_FORMAT(valid_from, '%Y-%m-%d'), "
    "DATE_FORMAT(valid_to, '%Y-%m-%d'), tax_name FROM tenant_tax_rates ";

TaxRate read(db::Rows& rows) {
  return readTenantRate(rows, 1);
}

std::vector<TaxRate> readAll(db::Rows rows) {
  std::vector<TaxRate> rates;
  while (rows.next())
    rates.push_back(read(rows));
  return rates;
}

db::Param optional(const std::optional<std::string>& value) {
  return value ? db::Param{*value} : db::Param{nullptr};
}

}  // namespace

TaxRate readTenantRate(db::Rows& rows, unsigned first) {
  const auto at = [first](unsigned column) { return first + column - 1; };
  TaxRate rate;
  rate.id = rows.uint64(at(1));
  rate.country = rows.string(at(2));
  rate.region = rows.string(at(3));
  rate.rateClass = rows.string(at(4));
  rate.rate = money::Decimal::parse(rows.string(at(5)));
  rate.validFrom = rows.string(at(6));
  rate.validTo = rows.optionalString(at(7));
  rate.taxName = rows.string(at(8));
  rate.source = "tenant";
  return rate;
}

TaxSettings readTaxSettings(db::Rows& rows, unsigned first) {
  const auto at = [first](unsigned column) { return first + column - 1; };
  TaxSettings settings;
  if (rows.isNull(at(5)))
    return settings;  // never saved
  settings.ossRegistered = rows.boolean(at(1));
  settings.euDistanceSalesAboveThreshold = rows.boolean(at(2));
  settings.iossNumber = rows.optionalString(at(3));
  settings.registeredCountries = splitList(rows.string(at(4)));
  settings.version = rows.int64(at(5));
  return settings;
}

std::vector<TaxRate> TenantRateRepository::applicable(const std::string& country,
                                                      const std::string& region,
                                                      const std::string& date) {
  return readAll(db_.query(std::string(kColumns) +
                               "WHERE tenant_id = ? AND country = ? AND region IN ('', ?) "
                               "AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)",
                           {country, region, date, date}));
}

std::vector<TaxRate> TenantRateRepository::list(const RateFilter& filter,
                                                const std::vector<std::string>& after,
                                                std::size_t limit) {
  std::string sql = std::string(kColumns) + "WHERE tenant_id = ?";
  db::Params params;
  if (filter.country) {
    sql += " AND country = ?";
    params.push_back(*filter.country);
  }
  if (filter.region) {
    sql += " AND region = ?";
    params.push_back(*filter.region);
  }
  if (filter.rateClass) {
    sql += " AND rate_class = ?";
    params.push_back(*filter.rateClass);
  }
  if (filter.date) {
    sql += " AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)";
    params.push_back(*filter.date);
    params.push_back(*filter.date);
  }
  if (after.size() == 4) {
    sql += " AND (country, region, rate_class, valid_from) > (?, ?, ?, ?)";
    for (const auto& key : after)
      params.emplace_back(std::in_place_type<std::string>, key);
  }
  sql += " ORDER BY country, region, rate_class, valid_from LIMIT ?";
  params.push_back(static_cast<std::int64_t>(limit));
  return readAll(db_.query(sql, params));
}

std::optional<TaxRate> TenantRateRepository::find(std::uint64_t id) {
  auto rows = db_.query(std::string(kColumns) + "WHERE tenant_id = ? AND id = ?", {id});
  if (!rows.next())
    return std::nullopt;
  return read(rows);
}

std::optional<TaxRate> TenantRateRepository::overlapping(const TaxRate& rate) {
  auto rows = db_.query(
      std::string(kColumns) +
          "WHERE tenant_id = ? AND country = ? AND region = ? AND rate_class = ? "
          "AND valid_from <= COALESCE(?, '9999-12-31') "
          "AND COALESCE(valid_to, '9999-12-31') >= ? LIMIT 1",
      {rate.country, rate.region, rate.rateClass, optional(rate.validTo), rate.validFrom});
  if (!rows.next())
    return std::nullopt;
  return read(rows);
}

void TenantRateRepository::insert(const TaxRate& rate) {
  db_.execute(
      "INSERT INTO tenant_tax_rates (tenant_id, id, country, region, rate_class, rate, valid_from, "
      "valid_to, tax_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(6))",
      {rate.id, rate.country, rate.region, rate.rateClass, rate.rate.toString(), rate.validFrom,
       optional(rate.validTo), rate.taxName});
}

bool TenantRateRepository::remove(std::uint64_t id) {
  return db_.execute("DELETE FROM tenant_tax_rates WHERE tenant_id = ? AND id = ?", {id}) == 1;
}

TaxSettings TaxSettingsRepository::load() {
  auto rows = db_.query(
      "SELECT oss_registered, eu_distance_sales_above_threshold, ioss_number, "
      "registered_countries, version FROM tax_settings WHERE tenant_id = ?");
  if (!rows.next())
    return TaxSettings{};
  return readTaxSettings(rows, 1);
}

void TaxSettingsRepository::lockTenant() {
  // A new row has version 0, which reads as "never saved", like no row at all.
  db_.execute(
      "INSERT INTO tax_settings (tenant_id, version) VALUES (?, 0) "
      "ON DUPLICATE KEY UPDATE version = version");
  db_.query("SELECT version FROM tax_settings WHERE tenant_id = ? FOR UPDATE");
}

bool TaxSettingsRepository::save(const TaxSettings& settings, std::int64_t expectedVersion) {
  std::string countries;
  for (const auto& code : settings.registeredCountries)
    countries += (countries.empty() ? "" : ",") + code;
  return db_.execute(
             "UPDATE tax_settings SET oss_registered = ?, eu_distance_sales_above_threshold = ?, "
             "ioss_number = ?, registered_countries = ?, version = version + 1, "
             "updated_at = UTC_TIMESTAMP(6) WHERE tenant_id = ? AND version = ?",
             {settings.ossRegistered, settings.euDistanceSalesAboveThreshold,
              optional(settings.iossNumber), countries, expectedVersion}) == 1;
}

}  // namespace caravan::tax
