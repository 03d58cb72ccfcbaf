// Stored exchange rates against a real database: idempotent imports, direct, inverse and cross
// rates, no silent fallback to another date, tenant walls.
#include <gtest/gtest.h>

#include <caravan/pricing/exchange_rates.hpp>
#include <caravan/pricing/pricing_module.hpp>
#include <caravan/testing/test_database.hpp>

#include "ecb_import.hpp"
#include "rate_repository.hpp"

using namespace caravan;
using namespace caravan::pricing;

namespace {
std::vector<std::unique_ptr<Module>> pricingOnly() {
  std::vector<std::unique_ptr<Module>> modules;
  modules.push_back(std::make_unique<PricingModule>());
  return modules;
}
const char* kDaily = "Date, USD, JPY, \n13 April 2026, 1.1684, 186.75, \n";
const char* kEarlier = "Date, USD, JPY, \n2026-04-09, 1.1700, 186.00, \n";
}  // namespace

class ExchangeRates : public ::testing::Test {
 protected:
  std::int64_t storedRows() {
    auto rows = session.query("SELECT COUNT(*) FROM exchange_rates");
    rows.next();
    return rows.int64(1);
  }
  caravan::testing::TestPlatform test{pricingOnly()};
  db::Session session = test.platform().pool().acquire();
  db::TenantSession alpha{session, 1};
  db::TenantSession beta{session, 2};
};

TEST_F(ExchangeRates, ImportingTheSameFileTwiceChangesNothing) {
  storeRates(alpha, "ECB", "EUR", parseEcbCsv(kDaily));
  EXPECT_EQ(storedRows(), 2);
  storeRates(alpha, "ECB", "EUR", parseEcbCsv(kDaily));
  EXPECT_EQ(storedRows(), 2);
  storeRates(alpha, "ECB", "EUR", parseEcbCsv(kEarlier));
  EXPECT_EQ(storedRows(), 4);
}

TEST_F(ExchangeRates, FindsDirectInverseAndCrossRates) {
  storeRates(alpha, "ECB", "EUR", parseEcbCsv(kDaily));
  const auto direct = findRate(alpha, "EUR", "USD", "2026-04-13", 0);
  ASSERT_TRUE(direct);
  EXPECT_EQ(direct->rate.toString(), "1.1684");
  EXPECT_EQ(direct->rateDate, "2026-04-13");
  EXPECT_EQ(direct->source, "ECB");
  const auto inverse = findRate(alpha, "USD", "EUR", "2026-04-13", 0);
  ASSERT_TRUE(inverse);
  EXPECT_EQ(inverse->rate.toString(), "0.85587127696");  // 1 / 1.1684 to 12 digits, half-even
  const auto cross = findRate(alpha, "USD", "JPY", "2026-04-13", 0);
  ASSERT_TRUE(cross);
  EXPECT_EQ(cross->rate.toString(), "159.83396097227");  // 186.75 / 1.1684 to 12 digits
  EXPECT_EQ(cross->source, "ECB (via EUR)");
  EXPECT_FALSE(findRate(alpha, "USD", "CHF", "2026-04-13", 0)) << "no CHF rate was imported";
}

TEST_F(ExchangeRates, NeverFallsBackToAnotherDateUnlessAllowed) {
  storeRates(alpha, "ECB", "EUR", parseEcbCsv(kEarlier));
  EXPECT_FALSE(findRate(alpha, "EUR", "USD", "2026-04-10", 0)) << "no rate published for that day";
  const auto older = findRate(alpha, "EUR", "USD", "2026-04-10", 3);
  ASSERT_TRUE(older);
  EXPECT_EQ(older->rateDate, "2026-04-09");
  EXPECT_FALSE(findRate(alpha, "EUR", "USD", "2026-04-20", 3)) << "too old for the allowed age";
  EXPECT_FALSE(findRate(alpha, "EUR", "USD", "2026-04-08", 30))
      << "never a rate from after the date";
}

TEST_F(ExchangeRates, ATenantSeesOnlyItsOwnRates) {
  storeRates(alpha, "ECB", "EUR", parseEcbCsv(kDaily));
  EXPECT_TRUE(findRate(alpha, "EUR", "USD", "2026-04-13", 0));
  EXPECT_FALSE(findRate(beta, "EUR", "USD", "2026-04-13", 0));
}
