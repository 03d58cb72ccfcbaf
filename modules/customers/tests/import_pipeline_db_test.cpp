// The importer over several batches (normalised on the workers while the previous batch is
// written): bad rows in every batch reported by their own line, repeats across batch boundaries
// caught, every good row written once. And a job whose pieces are imported side by side: pairs
// split over two pieces found, repeats across pieces refused once, by the pieces' own lookups or
// by one scan at the job's end (a job larger than its tenant).
#include <gtest/gtest.h>

#include <caravan/testing/test_database.hpp>

#include "customer_import.hpp"
#include "customers_only.hpp"
#include "duplicate_scan.hpp"
#include "import_jobs.hpp"

namespace caravan::customers {
namespace {

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

std::string headerLine() {
  std::string header;
  for (const auto& column : importColumns())
    header += (header.empty() ? "" : ",") + column;
  return header + "\n";
}

/// A CSV row of a person with one e-mail address and no identity.
std::string personRow(const std::string& externalId, const std::string& email) {
  return externalId + ",person,Person " + externalId + ",," + email + ",,DE,,,,,,,,,,,,,,,\n";
}

/// Runs the scheduler's import job once, two pieces at a time, until no job is left.
void runJobs(caravan::testing::TestPlatform& test) {
  ImportSettings settings;
  settings.parallelPieces = 2;
  settings.sliceLength = std::chrono::seconds(120);
  runImportJobs(test.platform().pool(), test.platform().ids(), settings);
}

std::uint64_t countOf(db::Session& session, const std::string& sql, const db::Params& params = {}) {
  auto rows = session.query(sql, params);
  return rows.next() ? rows.uint64(1) : 0;
}

bool scansForDuplicates(db::Session& session, std::uint64_t jobId) {
  return countOf(session,
                 "SELECT duplicates_by_scan FROM customer_import_jobs WHERE tenant_id = 1 AND "
                 "id = ?",
                 {jobId}) == 1;
}

TEST(ImportPipelineDb, APieceLookingAgainFindsPairsCommittedMeanwhileAndCountsEachOnce) {
  // Two pieces side by side: the second looks for pairs while the first is not committed yet,
  // then again once it is (import_jobs.cpp does so when the job's rows_done moved).
  caravan::testing::TestPlatform test{customersOnly()};
  db::Session firstSession = test.platform().pool().acquire();
  db::Session secondSession = test.platform().pool().acquire();
  db::TenantSession first{firstSession, 1};
  db::TenantSession second{secondSession, 1};
  const auto piece = [](const std::string& prefix) {
    std::string text;
    for (const auto& column : importColumns())
      text += (text.empty() ? "" : ",") + column;
    text += "\n";
    for (int i = 1; i <= 3; ++i) {
      text += prefix + std::to_string(i) + ",person,Person " + prefix + std::to_string(i) +
              ",,shared" + std::to_string(i) + "@example.com,,DE,,,,,,,,,,,,,,,\n";
    }
    return csvRows(text);
  };
  const ImportOptions deferred{.csv = true, .duplicates = DuplicateLookup::Deferred};
  db::Transaction firstTx(firstSession, db::Isolation::ReadCommitted);
  auto firstRows = piece("F-");
  CustomerImporter firstImporter(first, test.platform().ids(), deferred);
  firstImporter.import(firstRows);
  firstImporter.findDuplicates();

  db::Transaction secondTx(secondSession, db::Isolation::ReadCommitted);
  auto secondRows = piece("S-");
  CustomerImporter secondImporter(second, test.platform().ids(), deferred);
  secondImporter.import(secondRows);
  secondImporter.findDuplicates();
  EXPECT_EQ(secondImporter.totals().candidatePairs, 0u) << "the first piece is not committed";

  firstTx.commit();
  secondImporter.findDuplicates();
  EXPECT_EQ(secondImporter.totals().candidatePairs, 3u);
  secondImporter.findDuplicates();
  EXPECT_EQ(secondImporter.totals().candidatePairs, 3u) << "a pair found again is counted once";
  secondTx.commit();

  auto pairs = firstSession.query(
      "SELECT COUNT(*), SUM(reasons = 'email') FROM customer_duplicates WHERE tenant_id = 1");
  ASSERT_TRUE(pairs.next());
  EXPECT_EQ(pairs.uint64(1), 3u);
  EXPECT_EQ(pairs.uint64(2), 3u);
}

TEST(ImportPipelineDb, AJobsPiecesImportedSideBySideFindEveryPairAndRefuseRepeatsOnce) {
  caravan::testing::TestPlatform test{customersOnly()};
  db::Session session = test.platform().pool().acquire();
  db::TenantSession db{session, 1};
  // 2400 customers in 4 pieces of 600, imported two at a time. Customer i of the first piece
  // of each two shares an e-mail with customer i + 600 of the second, which is imported beside
  // it; line 1000 (piece 2) repeats the identity of line 300 (piece 1).
  std::string header;
  for (const auto& column : importColumns())
    header += (header.empty() ? "" : ",") + column;
  std::vector<std::string> lines;
  for (std::size_t i = 1; i <= 2400; ++i) {
    const std::size_t line = i + 1;
    const std::size_t shared = ((i - 1) / 600) % 2 == 0 ? i : i - 600;
    const std::string email = "shared" + std::to_string(shared) + "@example.com";
    const std::string identity = line == 1000 ? "BUYER-299" : "BUYER-" + std::to_string(i);
    lines.push_back("J-" + std::to_string(i) + ",person,Person Number " + std::to_string(i) + ",," +
                    email + ",,DE,,,,,,,,,,,,,amazon," + identity + ",\n");
  }
  std::vector<std::string> bodies(4);
  std::vector<ImportChunk> chunks;
  for (std::size_t piece = 0; piece < 4; ++piece) {
    for (std::size_t i = piece * 600; i < (piece + 1) * 600; ++i)
      bodies[piece] += lines[i];
  }
  for (std::size_t piece = 0; piece < 4; ++piece)
    chunks.push_back({piece * 600 + 2, bodies[piece]});
  const std::uint64_t jobId = test.platform().ids().next();
  {
    db::Transaction tx(session);
    createImportJob(db, jobId, "csv", false, header + "\n", 2400, chunks);
    tx.commit();
  }

  EXPECT_TRUE(scansForDuplicates(session, jobId)) << "2400 rows for a tenant of none";
  runJobs(test);

  const auto job = findImportJob(db, jobId);
  ASSERT_TRUE(job);
  EXPECT_EQ(job->status, "done");
  EXPECT_EQ(job->rowsDone, 2400u);
  EXPECT_EQ(job->created, 2399u);
  EXPECT_EQ(job->failed, 1u);
  ASSERT_EQ(job->errors.size(), 1u);
  // Whichever of the two rows came second is refused, whole; the other is written.
  EXPECT_TRUE(job->errors[0].line == 1000 || job->errors[0].line == 300) << job->errors[0].line;
  EXPECT_EQ(job->errors[0].field.value_or("-"), "identity_external_id");
  auto identities = session.query(
      "SELECT COUNT(*) FROM customer_identities WHERE tenant_id = 1 AND external_id = "
      "'BUYER-299'");
  ASSERT_TRUE(identities.next());
  EXPECT_EQ(identities.uint64(1), 1u);

  // 1200 pairs, each split over two pieces imported side by side, less the one whose row was
  // refused: all found by the import, so that a scan of every customer finds no more.
  auto pairs = session.query("SELECT COUNT(*) FROM customer_duplicates WHERE tenant_id = 1");
  ASSERT_TRUE(pairs.next());
  EXPECT_EQ(pairs.uint64(1), 1199u);
  const auto scanned = scanForDuplicates(db, test.platform().ids());
  EXPECT_EQ(scanned.pairsFound, 1199u);
  EXPECT_EQ(scanned.pairsRemoved, 0u);
}

TEST(ImportPipelineDb, AJobSmallerThanItsTenantLooksUpThePairsOfEachPiece) {
  caravan::testing::TestPlatform test{customersOnly()};
  db::Session session = test.platform().pool().acquire();
  db::TenantSession db{session, 1};
  // 600 customers, then a job of 400 in two pieces, customer i of which shares the e-mail of
  // customer i of the first 600.
  std::string first;
  for (std::size_t i = 1; i <= 600; ++i)
    first += personRow("A-" + std::to_string(i), "shared" + std::to_string(i) + "@example.com");
  std::vector<std::string> pieces(2);
  for (std::size_t i = 1; i <= 400; ++i) {
    pieces[(i - 1) / 200] +=
        personRow("B-" + std::to_string(i), "shared" + std::to_string(i) + "@example.com");
  }
  const std::uint64_t firstJob = test.platform().ids().next();
  const std::uint64_t secondJob = test.platform().ids().next();
  {
    db::Transaction tx(session);
    createImportJob(db, firstJob, "csv", false, headerLine(), 600, {{2, first}});
    tx.commit();
  }
  runJobs(test);
  {
    db::Transaction tx(session);
    createImportJob(db, secondJob, "csv", false, headerLine(), 400,
                    {{2, pieces[0]}, {202, pieces[1]}});
    tx.commit();
  }
  EXPECT_TRUE(scansForDuplicates(session, firstJob));
  EXPECT_FALSE(scansForDuplicates(session, secondJob)) << "400 rows for a tenant of 600";
  runJobs(test);

  const auto job = findImportJob(db, secondJob);
  ASSERT_TRUE(job);
  EXPECT_EQ(job->status, "done");
  EXPECT_EQ(job->created, 400u);
  EXPECT_EQ(countOf(session, "SELECT COUNT(*) FROM customer_duplicates WHERE tenant_id = 1"), 400u);
  const auto scanned = scanForDuplicates(db, test.platform().ids());
  EXPECT_EQ(scanned.pairsFound, 400u) << "the pieces' lookups missed none";
  EXPECT_EQ(scanned.pairsRemoved, 0u);
}

TEST(ImportPipelineDb, AJobStoppedBeforeItsScanIsScannedByTheNextRun) {
  caravan::testing::TestPlatform test{customersOnly()};
  db::Session session = test.platform().pool().acquire();
  db::TenantSession db{session, 1};
  // The rows of a job larger than its tenant are in, its pieces gone, and the run that would
  // have scanned stopped: the job is still waiting, and no pair is recorded.
  {
    db::Transaction tx(session);
    auto rows = csvRows(headerLine() + personRow("A-1", "same@example.com") +
                        personRow("A-2", "same@example.com"));
    CustomerImporter importer(db, test.platform().ids(),
                              {.csv = true, .duplicates = DuplicateLookup::None});
    importer.import(rows);
    ASSERT_EQ(importer.totals().created, 2u);
    createImportJob(db, test.platform().ids().next(), "csv", false, headerLine(), 3, {});
    tx.commit();
  }
  EXPECT_EQ(countOf(session,
                    "SELECT COUNT(*) FROM customer_import_jobs WHERE tenant_id = 1 AND "
                    "duplicates_by_scan AND status = 'queued'"),
            1u);
  EXPECT_EQ(countOf(session, "SELECT COUNT(*) FROM customer_duplicates WHERE tenant_id = 1"), 0u);

  runJobs(test);
  EXPECT_EQ(countOf(session,
                    "SELECT COUNT(*) FROM customer_import_jobs WHERE tenant_id = 1 AND "
                    "status = 'done' AND finished_at IS NOT NULL"),
            1u);
  EXPECT_EQ(countOf(session, "SELECT COUNT(*) FROM customer_duplicates WHERE tenant_id = 1"), 1u);
}

}  // namespace
}  // namespace caravan::customers
