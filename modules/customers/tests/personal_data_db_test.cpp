// Every column of the customers module's tables is either declared as personal data or named
// here as holding none, so that a column added later cannot be forgotten by the privacy module.
#include <gtest/gtest.h>

#include <caravan/customers/customers_module.hpp>
#include <caravan/organization/organization_module.hpp>
#include <caravan/testing/test_database.hpp>
#include <map>
#include <set>

namespace caravan::customers {
namespace {

/// Columns that identify rows, order them or describe them without saying anything about the
/// person: keys, versions, flags, types.
const std::map<std::string, std::set<std::string>> kNotPersonal = {
    {"customers", {"tenant_id", "id", "kind", "version", "created_at", "updated_at", "erased_at"}},
    {"customer_emails", {"tenant_id", "customer_id", "position", "is_primary"}},
    {"customer_phones", {"tenant_id", "customer_id", "position", "type"}},
    {"customer_addresses",
     {"tenant_id", "customer_id", "position", "type", "is_default", "phone_kind"}},
    {"customer_identities",
     {"tenant_id", "customer_id", "position", "channel", "store_id", "scope"}},
    {"customer_tags", {"tenant_id", "customer_id"}},
    {"customer_search_terms", {"tenant_id", "customer_id", "kind"}},
    {"customer_duplicates",
     {"tenant_id", "id", "customer_a", "customer_b", "score", "reasons", "status", "version",
      "created_at", "updated_at", "seen_at"}},
    {"customer_rfm", {"tenant_id", "customer_id", "computed_at"}},
    {"customer_duplicate_scans",
     {"tenant_id", "id", "status", "keys_read", "pairs_found", "pairs_removed", "failure",
      "created_at", "started_at", "finished_at"}},
    {"customer_import_jobs",
     {"tenant_id", "id", "format", "dry_run", "status", "header", "rows_total", "rows_done",
      "created_count", "updated_count", "failed_count", "error_count", "failure", "created_at",
      "started_at", "finished_at", "duplicates_by_scan"}},
    {"customer_import_chunks", {"tenant_id", "job_id", "seq", "first_line"}},
    {"customer_import_errors", {"tenant_id", "job_id", "seq", "line", "field", "code", "message"}},
};

TEST(CustomersPersonalData, EveryColumnIsDeclaredOrKnownToHoldNone) {
  std::vector<std::unique_ptr<Module>> modules;
  modules.push_back(std::make_unique<organization::OrganizationModule>());
  modules.push_back(std::make_unique<CustomersModule>());
  caravan::testing::TestPlatform test(std::move(modules));
  auto session = test.platform().pool().acquire();
  EXPECT_TRUE(test.platform().checkPersonalData(session).empty());

  std::map<std::string, std::set<std::string>> declared;
  for (const auto& table : test.platform().personalData()) {
    if (table.module != "customers")
      continue;
    for (const auto& column : table.columns)
      declared[table.table].insert(column.column);
  }
  for (const auto& [table, ignored] : kNotPersonal) {
    auto rows = session.query(
        "SELECT column_name FROM information_schema.columns "
        "WHERE table_schema = DATABASE() AND table_name = ?",
        {table});
    int columns = 0;
    while (rows.next()) {
      ++columns;
      const std::string column = rows.string(1);
      const bool isDeclared = declared[table].count(column) > 0;
      const bool isIgnored = ignored.count(column) > 0;
      EXPECT_TRUE(isDeclared != isIgnored)
          << table << "." << column
          << (isDeclared ? " is declared personal and listed as holding none"
                         : " is neither declared personal data nor listed as holding none");
    }
    EXPECT_GT(columns, 0) << table << " does not exist";
  }
}

}  // namespace
}  // namespace caravan::customers
