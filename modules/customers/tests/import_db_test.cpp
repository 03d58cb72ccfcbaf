// The importer against a real database: good rows in and bad rows reported by line, a dry run
// that writes nothing, re-runs that update by external id, identities taken by other customers,
// duplicate candidates among imported rows, and tenant walls.
#include <gtest/gtest.h>

#include <caravan/testing/test_database.hpp>

#include "customer_import.hpp"
#include "customer_repository.hpp"
#include "customers_only.hpp"
#include "duplicate_repository.hpp"

namespace caravan::customers {
namespace {

std::string header() {
  std::string text;
  for (const auto& column : importColumns())
    text += (text.empty() ? "" : ",") + column;
  return text + "\r\n";
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

const std::string kFile =
    header() +
    "A-1,person,Jürgen Müller,,juergen@example.de,030 901820,DE,de-DE,EUR,vip,,web,billing,"
    "Friedrichstraße 68,,10117,Berlin,,DE,amazon,A2BUYER,\r\n"
    "A-2,person,Anna Schmidt,,not-an-email,12,DE,,,,,,,,,,,,,,,\r\n"
    "A-3,person,JURGEN MULLER,,JUERGEN@EXAMPLE.DE,,DE,,,,,,billing,Hauptstraße 1,,10117,Berlin,,DE,"
    ",,\r\n"
    "A-4,company,Acme GmbH,Acme GmbH,info@acme.example,,XX,,,,,,,,,,,,,,,\r\n";

class ImportDb : public ::testing::Test {
 protected:
  CustomerImporter importer(db::TenantSession& db, bool dryRun = false) {
    return CustomerImporter(db, test.platform().ids(), {.csv = true, .dryRun = dryRun});
  }

  std::size_t count(const char* table, std::uint64_t tenant) {
    auto rows = session.query(std::string("SELECT COUNT(*) FROM ") + table + " WHERE tenant_id = ?",
                              {tenant});
    rows.next();
    return rows.uint64(1);
  }

  caravan::testing::TestPlatform test{customersOnly()};
  db::Session session = test.platform().pool().acquire();
  db::TenantSession alphaDb{session, 1};
  db::TenantSession betaDb{session, 2};
};

TEST_F(ImportDb, ImportsGoodRowsAndReportsBadOnesByLineAndColumn) {
  auto rows = csvRows(kFile);
  auto run = importer(alphaDb);
  run.import(rows);
  EXPECT_EQ(run.totals().rows, 4u);
  EXPECT_EQ(run.totals().created, 2u);
  EXPECT_EQ(run.totals().failed, 2u);
  std::vector<std::string> seen;
  for (const auto& error : run.errors())
    seen.push_back(std::to_string(error.line) + " " + error.field.value_or("-") + " " + error.code);
  EXPECT_EQ(seen, (std::vector<std::string>{"3 emails invalid_email", "3 phones invalid_phone",
                                            "5 country unknown_country"}));
  EXPECT_EQ(count("customers", 1), 2u);
  EXPECT_EQ(count("customer_emails", 1), 2u) << "nothing of a refused row is written";
  EXPECT_EQ(count("customers", 2), 0u);

  // Line 2 and line 4 share the e-mail and name with postal code: a candidate pair.
  const auto queue = DuplicateRepository(alphaDb, test.platform().ids())
                         .list(std::string("open"), std::nullopt, 10);
  ASSERT_EQ(queue.size(), 1u);
  EXPECT_EQ(queue[0].reasons, "email,name_postal");
  EXPECT_EQ(run.totals().candidatePairs, 1u);
}

TEST_F(ImportDb, ADryRunChecksEverythingAndWritesNothing) {
  auto rows = csvRows(kFile);
  auto run = importer(alphaDb, true);
  run.import(rows);
  EXPECT_EQ(run.totals().created, 2u);
  EXPECT_EQ(run.errors().size(), 3u);
  EXPECT_EQ(count("customers", 1), 0u);
  EXPECT_EQ(count("customer_addresses", 1), 0u);
  EXPECT_EQ(count("customer_duplicates", 1), 0u);
}

TEST_F(ImportDb, ExternalIdsDifferingOnlyInCaseAreDifferentCustomers) {
  // Another system's ids are its own: "a-1" is not "A-1", and a re-run must not overwrite one
  // with the other (customers 0013 compares them byte for byte).
  auto first = csvRows(kFile);
  importer(alphaDb).import(first);
  auto lower = csvRows(header() + "a-1,person,Eva Braun,,eva@example.de,,DE,,,,,,,,,,,,,,,\r\n");
  auto run = importer(alphaDb);
  run.import(lower);
  EXPECT_EQ(run.totals().created, 1u);
  EXPECT_EQ(run.totals().updated, 0u);
  auto names = session.query(
      "SELECT external_id, name FROM customers WHERE tenant_id = 1 AND external_id IN ('A-1', "
      "'a-1') ORDER BY external_id");
  ASSERT_TRUE(names.next());
  EXPECT_EQ(names.string(2), "Jürgen Müller");
  ASSERT_TRUE(names.next());
  EXPECT_EQ(names.string(2), "Eva Braun");
}

TEST_F(ImportDb, ARerunUpdatesTheCustomersOfItsExternalIds) {
  {
    auto rows = csvRows(kFile);
    auto first = importer(alphaDb);
    first.import(rows);
  }
  auto idOf = [&](const std::string& external) {
    auto rows = alphaDb.query(
        "SELECT id, version, name FROM customers WHERE tenant_id = ? AND external_id = ?",
        {external});
    EXPECT_TRUE(rows.next()) << external;
    return std::make_tuple(rows.uint64(1), rows.int64(2), rows.string(3));
  };
  const auto [id, version, name] = idOf("A-1");
  EXPECT_EQ(version, 1);

  std::string changed = kFile;
  changed.replace(changed.find("Jürgen Müller"), std::string("Jürgen Müller").size(),
                  "Jürgen Müller-Lüdenscheidt");
  auto rows = csvRows(changed);
  auto again = importer(alphaDb);
  again.import(rows);
  EXPECT_EQ(again.totals().created, 0u);
  EXPECT_EQ(again.totals().updated, 2u);
  EXPECT_EQ(count("customers", 1), 2u) << "no customer twice";
  EXPECT_EQ(count("customer_emails", 1), 2u) << "owned rows replaced, not added";
  const auto [sameId, newVersion, newName] = idOf("A-1");
  EXPECT_EQ(sameId, id);
  EXPECT_EQ(newVersion, 2);
  EXPECT_EQ(newName, "Jürgen Müller-Lüdenscheidt");
  const auto customer = CustomerRepository(alphaDb).find(id);
  ASSERT_TRUE(customer);
  EXPECT_EQ(customer->identities.size(), 1u) << "its own identity is no conflict";
}

TEST_F(ImportDb, RefusesIdentitiesOfOtherCustomersAndRepeatsWithinTheFile) {
  auto first = csvRows(kFile);
  importer(alphaDb).import(first);
  auto rows = csvRows(header() +
                      "B-1,person,Other Buyer,,,,,,,,,,,,,,,,,amazon,a2buyer,\r\n"
                      "B-2,person,Third Buyer,,,,,,,,,,,,,,,,,ebay,seller9,\r\n"
                      "B-3,person,Fourth Buyer,,,,,,,,,,,,,,,,,ebay,SELLER9,\r\n"
                      "B-2,person,Fifth Buyer,,,,,,,,,,,,,,,,,,,\r\n");
  auto run = importer(alphaDb);
  run.import(rows);
  std::vector<std::string> seen;
  for (const auto& error : run.errors())
    seen.push_back(std::to_string(error.line) + " " + error.field.value_or("-") + " " + error.code);
  EXPECT_EQ(seen, (std::vector<std::string>{"2 identity_external_id identity_taken",
                                            "4 identity_external_id duplicate_in_file",
                                            "5 external_id duplicate_in_file"}));
  EXPECT_EQ(run.totals().created, 1u);

  // Another tenant holds no identity of this one: the same file goes in whole there.
  auto elsewhere = csvRows(header() + "B-1,person,Other Buyer,,,,,,,,,,,,,,,,,amazon,a2buyer,\r\n");
  auto beta = importer(betaDb);
  beta.import(elsewhere);
  EXPECT_EQ(beta.totals().created, 1u);
  EXPECT_TRUE(beta.errors().empty());
}

}  // namespace
}  // namespace caravan::customers
