// Migrations against a real MariaDB: order, re-runs, checksum refusal, failures and concurrency.
#include <gtest/gtest.h>

#include <caravan/platform/migrator.hpp>
#include <caravan/testing/test_database.hpp>
#include <thread>

using caravan::ConfigError;
using caravan::EmbeddedFile;
using caravan::Migrator;
using caravan::testing::TestDatabase;

namespace {

Migrator twoModules(const std::string& secondTable = "b_things") {
  static std::string b;
  b = "CREATE TABLE " + secondTable + " (id INT PRIMARY KEY);";
  Migrator migrator;
  migrator.add("alpha", {{"0002_more.sql", "ALTER TABLE a_things ADD COLUMN note VARCHAR(10);"},
                         {"0001_start.sql", "CREATE TABLE a_things (id INT PRIMARY KEY);"}});
  migrator.add("beta", {{"0001_start.sql", b}});
  return migrator;
}

std::vector<std::string> ledger(caravan::db::Session& session) {
  std::vector<std::string> rows;
  auto result = session.query(
      "SELECT CONCAT(module, '/', name) FROM schema_migrations ORDER BY applied_at, module");
  while (result.next())
    rows.push_back(result.string(1));
  return rows;
}

}  // namespace

TEST(Migrator, AppliesInVersionOrderModuleByModule) {
  TestDatabase database;
  auto session = database.session();
  auto migrator = twoModules();
  const auto status = migrator.migrate(session);
  ASSERT_EQ(status.applied.size(), 3u);
  EXPECT_EQ(status.applied[0].module + "/" + status.applied[0].name, "alpha/0001_start.sql");
  EXPECT_EQ(status.applied[1].module + "/" + status.applied[1].name, "alpha/0002_more.sql");
  EXPECT_EQ(status.applied[2].module + "/" + status.applied[2].name, "beta/0001_start.sql");
  auto columns = session.query(
      "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = DATABASE() "
      "AND table_name = 'a_things' AND column_name = 'note'");
  ASSERT_TRUE(columns.next());
  EXPECT_EQ(columns.int64(1), 1);
  EXPECT_EQ(ledger(session).size(), 3u);
}

TEST(Migrator, SecondRunIsANoOp) {
  TestDatabase database;
  auto session = database.session();
  auto migrator = twoModules();
  migrator.migrate(session);
  const auto again = migrator.migrate(session);
  EXPECT_TRUE(again.applied.empty());
  EXPECT_TRUE(migrator.status(session).pending.empty());
  EXPECT_EQ(ledger(session).size(), 3u);
}

TEST(Migrator, AppliesOnlyWhatIsNew) {
  TestDatabase database;
  auto session = database.session();
  Migrator first;
  first.add("alpha", {{"0001_start.sql", "CREATE TABLE a_things (id INT PRIMARY KEY);"}});
  first.migrate(session);
  auto later = twoModules();
  const auto status = later.status(session);
  ASSERT_EQ(status.pending.size(), 2u);
  EXPECT_EQ(later.migrate(session).applied.size(), 2u);
}

TEST(Migrator, RefusesAnEditedAppliedMigration) {
  TestDatabase database;
  auto session = database.session();
  twoModules().migrate(session);
  auto edited = twoModules("b_renamed");
  try {
    edited.migrate(session);
    FAIL() << "an edited migration must stop the run";
  } catch (const ConfigError& e) {
    EXPECT_NE(std::string(e.what()).find("beta/0001_start.sql"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("changed after it was applied"), std::string::npos);
  }
  auto tables = session.query(
      "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND "
      "table_name = 'b_renamed'");
  ASSERT_TRUE(tables.next());
  EXPECT_EQ(tables.int64(1), 0) << "nothing of the edited file may run";
}

TEST(Migrator, RefusesADatabaseMigratedByANewerBuild) {
  TestDatabase database;
  auto session = database.session();
  twoModules().migrate(session);
  Migrator older;
  older.add("alpha", {{"0001_start.sql", "CREATE TABLE a_things (id INT PRIMARY KEY);"}});
  EXPECT_THROW(older.migrate(session), ConfigError);
}

TEST(Migrator, AFailingMigrationNamesItselfAndKeepsEarlierOnes) {
  TestDatabase database;
  auto session = database.session();
  Migrator broken;
  broken.add("alpha", {{"0001_start.sql", "CREATE TABLE a_things (id INT PRIMARY KEY);"},
                       {"0002_broken.sql", "ALTER TABLE no_such_table ADD COLUMN x INT;"}});
  try {
    broken.migrate(session);
    FAIL() << "a failing statement must stop the run";
  } catch (const ConfigError& e) {
    EXPECT_NE(std::string(e.what()).find("alpha/0002_broken.sql"), std::string::npos) << e.what();
  }
  EXPECT_EQ(ledger(session), std::vector<std::string>{"alpha/0001_start.sql"});
  Migrator fixed;
  fixed.add("alpha", {{"0001_start.sql", "CREATE TABLE a_things (id INT PRIMARY KEY);"},
                      {"0002_broken.sql", "ALTER TABLE a_things ADD COLUMN x INT;"}});
  EXPECT_EQ(fixed.migrate(session).applied.size(), 1u);
}

TEST(Migrator, ConcurrentRunsApplyEachMigrationOnce) {
  TestDatabase database;
  std::vector<std::size_t> applied(2);
  std::vector<std::thread> runners;
  for (int i = 0; i < 2; ++i) {
    runners.emplace_back([&, i] {
      auto session = database.session();
      applied[i] = twoModules().migrate(session).applied.size();
    });
  }
  for (auto& runner : runners)
    runner.join();
  EXPECT_EQ(applied[0] + applied[1], 3u);
  auto session = database.session();
  EXPECT_EQ(ledger(session).size(), 3u);
}
