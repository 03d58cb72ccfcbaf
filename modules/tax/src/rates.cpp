#include <algorithm>
#include <caravan/tax/tax.hpp>

#include "tax_repository.hpp"

namespace caravan::tax {

namespace {

std::size_t classIndex(std::string_view rateClass) {
  const auto& classes = rateClasses();
  return static_cast<std::size_t>(std::find(classes.begin(), classes.end(), rateClass) -
                                  classes.begin());
}

/// Lower wins: a regional row before a national one, then the tenant's before a shipped one.
int precedence(const TaxRate& rate) {
  return (rate.region.empty() ? 2 : 0) + (rate.source == "tenant" ? 0 : 1);
}

}  // namespace

RateSet::RateSet(std::vector<TaxRate> candidates) {
  std::stable_sort(candidates.begin(), candidates.end(), [](const TaxRate& a, const TaxRate& b) {
    const auto ka = classIndex(a.rateClass);
    const auto kb = classIndex(b.rateClass);
    return ka != kb ? ka < kb : precedence(a) < precedence(b);
  });
  for (auto& rate : candidates) {
    if (rates_.empty() || rates_.back().rateClass != rate.rateClass)
      rates_.push_back(std::move(rate));
  }
}

std::optional<TaxRate> RateSet::find(std::string_view rateClass) const {
  for (const auto& rate : rates_) {
    if (rate.rateClass == rateClass)
      return rate;
  }
  return std::nullopt;
}

const std::vector<TaxRate>& RateSet::all() const {
  return rates_;
}

RateSet ratesFor(db::TenantSession& db, const std::string& country, const std::string& region,
                 const std::string& date) {
  std::vector<TaxRate> candidates;
  for (const auto& rate : shippedRates()) {
    if (rate.country == country && (rate.region.empty() || rate.region == region) &&
        rate.appliesOn(date)) {
      candidates.push_back(rate);
    }
  }
  TenantRateRepository tenantRates(db);
  for (auto& rate : tenantRates.applicable(country, region, date))
    candidates.push_back(std::move(rate));
  return RateSet(std::move(candidates));
}

bool TaxSettings::registeredIn(std::string_view code) const {
  return std::find(registeredCountries.begin(), registeredCountries.end(), code) !=
         registeredCountries.end();
}

TaxSettings loadTaxSettings(db::TenantSession& db) {
  return TaxSettingsRepository(db).load();
}

SaleTaxData saleTaxData(db::TenantSession& db, const std::string& country,
                        const std::string& region, const std::string& date) {
  // One row even without settings or rates (the LEFT JOINs from a one-row table), the settings
  // repeated on each of the tenant's applicable rates. The second tenant_id is bound by hand:
  // TenantSession binds the first.
  auto rows = db.query(
      "SELECT s.oss_registered, s.eu_distance_sales_above_threshold, s.ioss_number, "
      "s.registered_countries, NULLIF(s.version, 0), "
      "r.id, r.country, r.region, r.rate_class, r.rate, DATE_FORMAT(r.valid_from, '%Y-%m-%d'), "
      "DATE_FORMAT(r.valid_to, '%Y-%m-%d'), r.tax_name "
      "FROM (SELECT 1) one "
      "LEFT JOIN tax_settings s ON s.tenant_id = ? "
      "LEFT JOIN tenant_tax_rates r ON r.tenant_id = ? AND r.country = ? AND r.region IN ('', ?) "
      "AND r.valid_from <= ? AND (r.valid_to IS NULL OR r.valid_to >= ?)",
      {db.tenantId(), country, region, date, date});
  SaleTaxData data;
  std::vector<TaxRate> candidates;
  for (const auto& rate : shippedRates()) {
    if (rate.country == country && (rate.region.empty() || rate.region == region) &&
        rate.appliesOn(date)) {
      candidates.push_back(rate);
    }
  }
  bool first = true;
  while (rows.next()) {
    if (first)
      data.settings = readTaxSettings(rows, 1);
    first = false;
    if (!rows.isNull(6))
      candidates.push_back(readTenantRate(rows, 6));
  }
  data.destination = RateSet(std::move(candidates));
  return data;
}

RateSet TenantRateSalesTaxProvider::salesTaxRates(const std::string& state,
                                                  const std::string& date) {
  TenantRateRepository tenantRates(db_);
  return RateSet(tenantRates.applicable("US", state, date));
}

}  // namespace caravan::tax
