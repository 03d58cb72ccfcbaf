// RFM scores against a real database: quintiles per tenant from a purchase history another
// module supplies (here a test's own table), ties sharing a quintile, customers without purchases
// unscored, rescoring replacing the old scores, and segment rules on them.
#include <gtest/gtest.h>

#include <caravan/customers/names.hpp>
#include <caravan/testing/test_database.hpp>
#include <map>
#include <tuple>

#include "customer_repository.hpp"
#include "customers_only.hpp"
#include "rfm_scores.hpp"
#include "segment_rules.hpp"

namespace caravan::customers {
namespace {

/// What an orders module would contribute, over the test's own table.
class TestOrders : public PurchaseHistory {
 public:
  std::string select() const override {
    return "SELECT customer_id, MAX(placed_at) AS last_purchase_at, COUNT(*) AS purchases, "
           "SUM(total_minor) AS spend FROM test_orders WHERE tenant_id = ? GROUP BY customer_id";
  }
};

class RfmDb : public ::testing::Test {
 protected:
  void SetUp() override {
    session.executeDirect(
        "CREATE TABLE test_orders (tenant_id BIGINT UNSIGNED NOT NULL, customer_id BIGINT "
        "UNSIGNED NOT NULL, placed_at DATETIME(6) NOT NULL, total_minor BIGINT NOT NULL)");
  }

  std::uint64_t customer(db::TenantSession& db, const std::string& name) {
    Customer made;
    made.id = test.platform().ids().next();
    made.name = name;
    made.nameLatin = toLatinAscii(name);
    made.nameKey = searchKey(name);
    CustomerRepository(db).insert(made);
    return made.id;
  }

  void order(std::uint64_t tenant, std::uint64_t customerId, const std::string& day,
             std::int64_t totalMinor) {
    session.execute("INSERT INTO test_orders VALUES (?, ?, ?, ?)",
                    {tenant, customerId, day + " 12:00:00", totalMinor});
  }

  /// customer id -> (recency, frequency, monetary)
  std::map<std::uint64_t, std::tuple<int, int, int>> scores(std::uint64_t tenant) {
    std::map<std::uint64_t, std::tuple<int, int, int>> found;
    auto rows = session.query(
        "SELECT customer_id, recency, frequency, monetary FROM customer_rfm WHERE tenant_id = ?",
        {tenant});
    while (rows.next()) {
      found[rows.uint64(1)] = {static_cast<int>(rows.int64(2)), static_cast<int>(rows.int64(3)),
                               static_cast<int>(rows.int64(4))};
    }
    return found;
  }

  caravan::testing::TestPlatform test{customersOnly()};
  db::Session session = test.platform().pool().acquire();
  db::TenantSession alpha{session, 1};
  db::TenantSession beta{session, 2};
  std::vector<std::shared_ptr<PurchaseHistory>> sources{std::make_shared<TestOrders>()};
};

TEST_F(RfmDb, ScoresQuintilesPerTenantAndTiesShareOne) {
  // Customer i (1..10) last bought on day i, bought i times and spent i * 10.00, except that
  // customers 2 and 3 spent the same.
  std::vector<std::uint64_t> ids;
  for (int i = 1; i <= 10; ++i) {
    ids.push_back(customer(alpha, "Customer " + std::to_string(i)));
    for (int n = 1; n <= i; ++n) {
      const std::int64_t total = n == 1 ? (i == 3 ? 2000 : i * 1000) : 0;
      order(1, ids.back(), "2026-01-" + std::string(i < 10 ? "0" : "") + std::to_string(i), total);
    }
  }
  const auto idle = customer(alpha, "Never Bought");
  order(1, 999999, "2026-02-01", 500000);  // a customer that does not exist (any more)
  const auto other = customer(beta, "Other Seller's Customer");
  order(2, other, "2025-06-01", 100);

  runRfmScores(test.platform().pool(), sources);

  const auto scored = scores(1);
  ASSERT_EQ(scored.size(), 10u) << "no row for the idle customer, none for the unknown one";
  EXPECT_FALSE(scored.count(idle));
  // 1 + 5 * (rank - 1) DIV 10: ranks 1 2 | 3 4 | 5 6 | 7 8 | 9 10.
  const int quintiles[] = {1, 1, 2, 2, 3, 3, 4, 4, 5, 5};
  for (int i = 0; i < 10; ++i) {
    const auto [recency, frequency, monetary] = scored.at(ids[i]);
    EXPECT_EQ(recency, quintiles[i]) << "customer " << i + 1;
    EXPECT_EQ(frequency, quintiles[i]) << "customer " << i + 1;
    if (i != 2) {
      EXPECT_EQ(monetary, quintiles[i]) << "customer " << i + 1;
    }
  }
  EXPECT_EQ(std::get<2>(scored.at(ids[2])), 1) << "ties with customer 2 (rank 2), not rank 3";
  // The other tenant's one customer is ranked among its own customers only.
  EXPECT_EQ(scores(2).at(other), std::make_tuple(1, 1, 1));

  // Customer 1 makes a large purchase today: rescored, the old scores replaced.
  order(1, ids[0], "2026-03-01", 1000000);
  runRfmScores(test.platform().pool(), sources);
  const auto rescored = scores(1);
  EXPECT_EQ(std::get<0>(rescored.at(ids[0])), 5);
  EXPECT_EQ(std::get<2>(rescored.at(ids[0])), 5);
  EXPECT_EQ(std::get<1>(rescored.at(ids[0])), 1) << "still the fewest purchases";

  // Segment rules on the scores.
  const SegmentFields fields({});
  db::Params params;
  const std::string condition = fields.condition(
      {true, {{"rfm_monetary", "gte", {"5"}}, {"rfm_recency", "eq", {"5"}}}}, params);
  auto rows =
      alpha.query("SELECT c.id FROM customers c WHERE c.tenant_id = ? AND " + condition, params);
  std::vector<std::uint64_t> members;
  while (rows.next())
    members.push_back(rows.uint64(1));
  // Recency 5: customers 1 (today) and 10; monetary 5: customer 1 and customer 10 (ranks 9, 10
  // of 10 after customer 1's purchase: 1 + 5 * 8 DIV 10 = 5).
  EXPECT_EQ(std::set<std::uint64_t>(members.begin(), members.end()),
            std::set<std::uint64_t>({ids[0], ids[9]}));
}

TEST_F(RfmDb, WithoutAPurchaseHistoryNobodyIsScored) {
  const auto id = customer(alpha, "Anna");
  order(1, id, "2026-01-01", 100);
  runRfmScores(test.platform().pool(), sources);
  EXPECT_EQ(scores(1).size(), 1u);
  runRfmScores(test.platform().pool(), {});
  EXPECT_TRUE(scores(1).empty()) << "scores of a source that is gone are removed";
}

}  // namespace
}  // namespace caravan::customers
