#include "rfm_scores.hpp"

#include <Poco/Logger.h>

#include <caravan/platform/errors.hpp>
#include <caravan/platform/json.hpp>
#include <string>

namespace caravan::customers {

std::uint64_t scoreRfm(db::TenantSession& db,
                       const std::vector<std::shared_ptr<PurchaseHistory>>& sources) {
  db.execute("DELETE FROM customer_rfm WHERE tenant_id = ?");
  if (sources.empty())
    return 0;
  // Every source's rows, combined per customer; each source binds the tenant at its one `?`.
  std::string history;
  db::Params params;
  for (const auto& source : sources) {
    history += (history.empty() ? "" : " UNION ALL ") + std::string("SELECT * FROM (") +
               source->select() + ") AS s" + std::to_string(params.size());
    params.push_back(db.tenantId());
  }
  // Integer ranks, no fractions: 1 + 5 * (rank - 1) DIV n puts equal figures in one quintile.
  const auto quintile = [](const char* column) {
    return std::string("1 + (5 * (RANK() OVER (ORDER BY ") + column +
           ") - 1)) DIV COUNT(*) OVER ()";
  };
  // Only customers of this tenant that exist: a source's stale row for a deleted customer is
  // left out.
  params.push_back(db.tenantId());
  return db.execute(
      "INSERT INTO customer_rfm (tenant_id, customer_id, recency, frequency, monetary, "
      "computed_at) SELECT ?, h.customer_id, " +
          quintile("h.last_purchase_at") + ", " + quintile("h.purchases") + ", " +
          quintile("h.spend") +
          ", UTC_TIMESTAMP(6) FROM (SELECT customer_id, MAX(last_purchase_at) AS "
          "last_purchase_at, SUM(purchases) AS purchases, SUM(spend) AS spend FROM (" +
          history +
          ") AS combined GROUP BY customer_id) AS h JOIN customers c ON c.tenant_id = ? AND c.id = "
          "h.customer_id",
      params);
}

std::optional<RfmScore> findRfm(db::TenantSession& db, std::uint64_t customerId) {
  auto rows = db.query(
      "SELECT recency, frequency, monetary, computed_at FROM customer_rfm WHERE tenant_id = ? AND "
      "customer_id = ?",
      {customerId});
  if (!rows.next())
    return std::nullopt;
  return RfmScore{static_cast<int>(rows.int64(1)), static_cast<int>(rows.int64(2)),
                  static_cast<int>(rows.int64(3)), isoUtc(rows.string(4))};
}

void runRfmScores(db::Pool& pool, const std::vector<std::shared_ptr<PurchaseHistory>>& sources) {
  std::vector<std::uint64_t> tenants;
  {
    // Which tenants have customers: only their ids are read here, the scoring runs tenant-scoped.
    auto session = pool.acquire();
    auto rows = session.query("SELECT DISTINCT tenant_id FROM customers");
    while (rows.next())
      tenants.push_back(rows.uint64(1));
  }
  for (auto tenantId : tenants) {
    try {
      pool.transact([&](db::Session& session) {
        db::TenantSession db(session, tenantId);
        scoreRfm(db, sources);
      });
    } catch (const Unavailable&) {
      throw;  // the database is gone: the next run scores again
    } catch (const std::exception&) {
      Poco::Logger::get("caravan.customers.rfm")
          .warning("RFM scoring failed for tenant " + std::to_string(tenantId));
    }
  }
}

}  // namespace caravan::customers
