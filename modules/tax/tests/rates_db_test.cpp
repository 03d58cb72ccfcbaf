// ratesFor and the tax settings against a real database: the tenant's rows beat the shipped ones,
// regions replace the nation, one query per lookup, and tenants never see each other's rows.
#include <gtest/gtest.h>

#include <caravan/tax/tax.hpp>
#include <caravan/tax/tax_module.hpp>
#include <caravan/testing/test_database.hpp>

#include "tax_repository.hpp"

using namespace caravan;
using namespace caravan::tax;

namespace {

std::vector<std::unique_ptr<Module>> taxOnly() {
  std::vector<std::unique_ptr<Module>> modules;
  modules.push_back(std::make_unique<TaxModule>());
  return modules;
}

TaxRate tenantRate(std::uint64_t id, const std::string& country, const std::string& region,
                   const std::string& rateClass, const std::string& value, const std::string& from,
                   std::optional<std::string> to = std::nullopt) {
  TaxRate rate;
  rate.id = id;
  rate.country = country;
  rate.region = region;
  rate.rateClass = rateClass;
  rate.rate = money::Decimal::parse(value);
  rate.validFrom = from;
  rate.validTo = std::move(to);
  rate.taxName = country == "US" ? "sales tax" : "VAT";
  rate.source = "tenant";
  return rate;
}

std::string rateOf(const RateSet& set, const std::string& rateClass) {
  const auto found = set.find(rateClass);
  return found ? found->rate.toString() + " " + found->source + " " + found->taxName : "none";
}

}  // namespace

class TaxRates : public ::testing::Test {
 protected:
  /// Statements this session's server has executed so far (prepared and plain).
  std::int64_t statementsRun() {
    auto rows = session.query("SHOW SESSION STATUS LIKE 'Com_stmt_execute'");
    rows.next();
    return std::stoll(rows.string(2));
  }

  caravan::testing::TestPlatform test{taxOnly()};
  db::Session session = test.platform().pool().acquire();
  db::TenantSession alpha{session, 1};
  db::TenantSession beta{session, 2};
};

TEST_F(TaxRates, ShippedRatesWithoutTenantRows) {
  const auto de = ratesFor(alpha, "DE", "", "2020-08-15");
  EXPECT_EQ(rateOf(de, "standard"), "0.16 shipped VAT");
  EXPECT_EQ(rateOf(de, "reduced"), "0.05 shipped VAT");
  EXPECT_EQ(rateOf(de, "zero"), "none") << "DE's zero class starts in 2023";
  EXPECT_EQ(de.all().size(), 2u);

  const auto ontario = ratesFor(alpha, "CA", "ON", "2025-05-01");
  EXPECT_EQ(rateOf(ontario, "standard"), "0.13 shipped HST") << "the province replaces GST";
  EXPECT_EQ(rateOf(ontario, "zero"), "0 shipped GST") << "national classes the province lacks";
  EXPECT_EQ(rateOf(ratesFor(alpha, "CA", "", "2025-05-01"), "standard"), "0.05 shipped GST")
      << "no region: national rows only";
  EXPECT_EQ(rateOf(ratesFor(alpha, "CA", "AB", "2025-05-01"), "standard"), "0.05 shipped GST");
  EXPECT_TRUE(ratesFor(alpha, "DE", "", "2019-12-31").empty()) << "data starts in 2020";
}

TEST_F(TaxRates, TheTenantsRowWinsForItsClassAndDays) {
  TenantRateRepository rates(alpha);
  rates.insert(tenantRate(10, "DE", "", "standard", "0.2", "2025-01-01", "2025-06-30"));
  EXPECT_EQ(rateOf(ratesFor(alpha, "DE", "", "2025-03-01"), "standard"), "0.2 tenant VAT");
  EXPECT_EQ(rateOf(ratesFor(alpha, "DE", "", "2025-03-01"), "reduced"), "0.07 shipped VAT");
  EXPECT_EQ(rateOf(ratesFor(alpha, "DE", "", "2025-07-01"), "standard"), "0.19 shipped VAT")
      << "after the tenant's window the shipped rate applies again";

  // US sales tax exists only as the tenant's rows.
  rates.insert(tenantRate(11, "US", "CA", "standard", "0.0725", "2024-01-01"));
  EXPECT_EQ(rateOf(ratesFor(alpha, "US", "CA", "2025-03-01"), "standard"),
            "0.0725 tenant sales tax");
  EXPECT_TRUE(ratesFor(alpha, "US", "NY", "2025-03-01").empty());
  TenantRateSalesTaxProvider provider(alpha);
  EXPECT_EQ(rateOf(provider.salesTaxRates("CA", "2025-03-01"), "standard"),
            "0.0725 tenant sales tax");
  EXPECT_TRUE(provider.salesTaxRates("CA", "2023-12-31").empty());
}

TEST_F(TaxRates, OneQueryPerLookup) {
  TenantRateRepository(alpha).insert(tenantRate(12, "CA", "ON", "reduced", "0.05", "2024-01-01"));
  const std::int64_t overhead = [&] {
    const auto a = statementsRun();
    return statementsRun() - a;
  }();
  const auto before = statementsRun();
  const auto set = ratesFor(alpha, "CA", "ON", "2025-01-01");
  const auto after = statementsRun();
  EXPECT_EQ(after - before - overhead, 1)
      << "shipped rates come from memory, tenant rows in one query";
  EXPECT_EQ(rateOf(set, "reduced"), "0.05 tenant VAT");
}

TEST_F(TaxRates, TenantsSeeOnlyTheirOwnRowsAndSettings) {
  TenantRateRepository(alpha).insert(tenantRate(13, "FR", "", "standard", "0.5", "2020-01-01"));
  EXPECT_EQ(rateOf(ratesFor(alpha, "FR", "", "2025-01-01"), "standard"), "0.5 tenant VAT");
  EXPECT_EQ(rateOf(ratesFor(beta, "FR", "", "2025-01-01"), "standard"), "0.2 shipped VAT");
  EXPECT_FALSE(TenantRateRepository(beta).find(13));
  EXPECT_FALSE(TenantRateRepository(beta).remove(13));
  EXPECT_TRUE(TenantRateRepository(alpha).find(13));

  TaxSettingsRepository settingsOfAlpha(alpha);
  settingsOfAlpha.lockTenant();
  TaxSettings settings;
  settings.ossRegistered = true;
  settings.iossNumber = "IM2760000005";
  settings.registeredCountries = {"GB", "US-CA"};
  ASSERT_TRUE(settingsOfAlpha.save(settings, 0));
  const auto loaded = loadTaxSettings(alpha);
  EXPECT_TRUE(loaded.ossRegistered);
  EXPECT_EQ(loaded.iossNumber.value_or(""), "IM2760000005");
  EXPECT_EQ(loaded.registeredCountries, (std::vector<std::string>{"GB", "US-CA"}));
  EXPECT_EQ(loaded.version, 1);
  EXPECT_FALSE(settingsOfAlpha.save(settings, 0)) << "a stale version changes nothing";
  const auto other = loadTaxSettings(beta);
  EXPECT_FALSE(other.ossRegistered);
  EXPECT_EQ(other.version, 0);
}

TEST_F(TaxRates, SaleTaxDataReadsRatesAndSettingsInOneQuery) {
  // Nothing saved and no tenant rows: the shipped rates and the default settings.
  const auto empty = saleTaxData(alpha, "FR", "", "2025-01-01");
  EXPECT_EQ(rateOf(empty.destination, "standard"), "0.2 shipped VAT");
  EXPECT_FALSE(empty.settings.ossRegistered);
  EXPECT_EQ(empty.settings.version, 0);

  TenantRateRepository(alpha).insert(tenantRate(21, "CA", "ON", "reduced", "0.05", "2024-01-01"));
  TenantRateRepository(alpha).insert(tenantRate(22, "CA", "", "zero", "0", "2024-01-01"));
  TenantRateRepository(beta).insert(tenantRate(23, "CA", "", "standard", "0.9", "2024-01-01"));
  TaxSettingsRepository settingsOfAlpha(alpha);
  settingsOfAlpha.lockTenant();
  TaxSettings settings;
  settings.registeredCountries = {"CA"};
  ASSERT_TRUE(settingsOfAlpha.save(settings, 0));

  const std::int64_t overhead = [&] {
    const auto a = statementsRun();
    return statementsRun() - a;
  }();
  const auto before = statementsRun();
  const auto data = saleTaxData(alpha, "CA", "ON", "2025-01-01");
  EXPECT_EQ(statementsRun() - before - overhead, 1);
  const auto separate = ratesFor(alpha, "CA", "ON", "2025-01-01");
  for (const auto& rateClass : rateClasses())
    EXPECT_EQ(rateOf(data.destination, rateClass), rateOf(separate, rateClass)) << rateClass;
  EXPECT_EQ(rateOf(data.destination, "reduced"), "0.05 tenant VAT");
  EXPECT_NE(rateOf(data.destination, "standard"), "0.9 tenant VAT") << "beta's row stays beta's";
  EXPECT_EQ(data.settings.registeredCountries, (std::vector<std::string>{"CA"}));
  EXPECT_EQ(data.settings.version, 1);
  EXPECT_EQ(saleTaxData(beta, "CA", "ON", "2025-01-01").settings.version, 0);
}

TEST_F(TaxRates, OverlapsAreFoundWithinTheTenantsOwnKey) {
  TenantRateRepository rates(alpha);
  rates.insert(tenantRate(14, "US", "TX", "standard", "0.0625", "2024-01-01", "2024-12-31"));
  EXPECT_TRUE(rates.overlapping(tenantRate(0, "US", "TX", "standard", "0.07", "2024-12-31")));
  EXPECT_TRUE(rates.overlapping(tenantRate(0, "US", "TX", "standard", "0.07", "2023-01-01")));
  EXPECT_FALSE(rates.overlapping(tenantRate(0, "US", "TX", "standard", "0.07", "2025-01-01")));
  EXPECT_FALSE(rates.overlapping(tenantRate(0, "US", "TX", "reduced", "0.07", "2024-06-01")));
  EXPECT_FALSE(rates.overlapping(tenantRate(0, "US", "CA", "standard", "0.07", "2024-06-01")));
  EXPECT_FALSE(TenantRateRepository(beta).overlapping(
      tenantRate(0, "US", "TX", "standard", "0.07", "2024-06-01")));
}
