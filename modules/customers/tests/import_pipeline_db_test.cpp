// The importer over several batches (normalised on the workers while the previous batch is
// written): bad rows in every batch reported by their own line, repeats across batch boundaries
// caught, every good row written once.
#include <gtest/gtest.h>

#include <caravan/customers/customers_module.hpp>
#include <caravan/organization/organization_module.hpp>
#include <caravan/testing/test_database.hpp>

#include "customer_import.hpp"

namespace caravan::customers {
namespace {

std::vector<std::unique_ptr<Module>> customersOnly() {
  std::vector<std::unique_ptr<Module>> modules;
  modules.push_back(std::make_unique<organization::OrganizationModule>());
  modules.push_back(std::make_unique<CustomersModule>());
  return modules;
}

std::vector<ImportRow> csvRows(const std::string& text) {
  CsvReader reader(text);
  CsvRecord record;
  reader.next(record);
  const auto columns = readHeader(record.fields);
  std::vector<ImportRow> rows;
  while (reader.next(record))
    rows.push_back(csvRow(record, columns));
  return rows;
}

/// `count` customers on lines 2 onwards; every 400th has a bad e-mail, line 1602 repeats the
/// external id of line 7 and line 2203 the marketplace identity of line 12 (written by then, in
/// an earlier batch).
std::string file(std::size_t count) {
  std::string text;
  for (const auto& column : importColumns())
    text += (text.empty() ? "" : ",") + column;
  text += "\n";
  for (std::size_t i = 1; i <= count; ++i) {
    const std::size_t line = i + 1;
    const std::string external = line == 1602 ? "P-6" : "P-" + std::to_string(i);
    const std::string email =
        i % 400 == 0 ? "not-an-email" : "person" + std::to_string(i) + "@example.com";
    const std::string identity = line == 2203 ? "BUYER-11" : "BUYER-" + std::to_string(i);
    text += external + ",person,Person Number " + std::to_string(i) + ",," + email +
            ",,DE,,,,,,,,,,,,,amazon," + identity + ",\n";
  }
  return text;
}

TEST(ImportPipelineDb, ReportsBadRowsOfEveryBatchByLineAndWritesTheRestOnce) {
  caravan::testing::TestPlatform test{customersOnly()};
  db::Session session = test.platform().pool().acquire();
  db::TenantSession db{session, 1};
  auto rows = csvRows(file(2500));
  ASSERT_GT(rows.size(), 2 * CustomerImporter::kBatchRows);

  CustomerImporter importer(db, test.platform().ids(), {.csv = true, .threads = 2});
  importer.import(rows);

  std::vector<std::string> seen;
  for (const auto& error : importer.errors())
    seen.push_back(std::to_string(error.line) + " " + error.field.value_or("-") + " " + error.code);
  EXPECT_EQ(seen, (std::vector<std::string>{
                      "401 emails invalid_email", "801 emails invalid_email",
                      "1201 emails invalid_email", "1601 emails invalid_email",
                      "1602 external_id duplicate_in_file", "2001 emails invalid_email",
                      "2203 identity_external_id identity_taken", "2401 emails invalid_email"}));
  EXPECT_EQ(importer.totals().rows, 2500u);
  EXPECT_EQ(importer.totals().created, 2492u);
  EXPECT_EQ(importer.totals().failed, 8u);

  auto counted = session.query(
      "SELECT COUNT(*), COUNT(DISTINCT external_id) FROM customers WHERE tenant_id = 1");
  ASSERT_TRUE(counted.next());
  EXPECT_EQ(counted.uint64(1), 2492u);
  EXPECT_EQ(counted.uint64(2), 2492u);
  auto identities = session.query("SELECT COUNT(*) FROM customer_identities WHERE tenant_id = 1");
  ASSERT_TRUE(identities.next());
  EXPECT_EQ(identities.uint64(1), 2492u);
}

}  // namespace
}  // namespace caravan::customers
