#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <caravan/platform/errors.hpp>
#include <caravan/platform/migrator.hpp>
#include <string>
#include <vector>

namespace caravan {
namespace {

/// The statements with surrounding white space removed (splitSqlStatements keeps it; MySQL does
/// not care), so expectations can be written plainly.
std::vector<std::string> split(const std::string& text) {
  std::vector<std::string> statements;
  for (const auto& statement : splitSqlStatements(text)) {
    const auto first = statement.find_first_not_of(" \t\r\n");
    const auto last = statement.find_last_not_of(" \t\r\n");
    statements.push_back(first == std::string::npos ? ""
                                                    : statement.substr(first, last - first + 1));
  }
  return statements;
}

using Statements = std::vector<std::string>;

TEST(SplitSqlStatements, SplitsAtSemicolons) {
  EXPECT_EQ(split("CREATE TABLE a (x INT);\nCREATE TABLE b (y INT);\n"),
            (Statements{"CREATE TABLE a (x INT)", "CREATE TABLE b (y INT)"}));
}

TEST(SplitSqlStatements, KeepsALastStatementWithoutSemicolon) {
  EXPECT_EQ(split("SELECT 1; SELECT 2"), (Statements{"SELECT 1", "SELECT 2"}));
  EXPECT_EQ(split("SELECT 1"), (Statements{"SELECT 1"}));
}

TEST(SplitSqlStatements, IgnoresSemicolonsInsideSingleDoubleAndBacktickQuotes) {
  EXPECT_EQ(split("INSERT INTO t VALUES ('a;b'); SELECT \"c;d\"; SELECT `e;f` FROM g"),
            (Statements{"INSERT INTO t VALUES ('a;b')", "SELECT \"c;d\"", "SELECT `e;f` FROM g"}));
}

TEST(SplitSqlStatements, OtherQuoteCharactersInsideAQuoteDoNotEndIt) {
  EXPECT_EQ(split("SELECT 'say \"hi;\" `x;`'; SELECT 2"),
            (Statements{"SELECT 'say \"hi;\" `x;`'", "SELECT 2"}));
}

TEST(SplitSqlStatements, IgnoresSemicolonsAfterEscapedOrDoubledQuotes) {
  EXPECT_EQ(split(R"(SELECT 'it\'s; fine'; SELECT 2)"),
            (Statements{R"(SELECT 'it\'s; fine')", "SELECT 2"}));
  EXPECT_EQ(split(R"(SELECT "a\"; b"; SELECT 2)"), (Statements{R"(SELECT "a\"; b")", "SELECT 2"}));
  EXPECT_EQ(split("SELECT 'it''s; fine'; SELECT 2"),
            (Statements{"SELECT 'it''s; fine'", "SELECT 2"}));
  EXPECT_EQ(split(R"(SELECT 'a\\'; SELECT 2)"), (Statements{R"(SELECT 'a\\')", "SELECT 2"}))
      << "an escaped backslash does not escape the closing quote";
}

TEST(SplitSqlStatements, StripsLineComments) {
  EXPECT_EQ(split("-- create the table; carefully\nCREATE TABLE a (x INT); -- done; really\n"
                  "SELECT 1 -- trailing\n;"),
            (Statements{"CREATE TABLE a (x INT)", "SELECT 1"}));
}

TEST(SplitSqlStatements, StripsBlockComments) {
  EXPECT_EQ(split("/* header; with semicolons */ CREATE TABLE a (x INT /* inline; */);\n"
                  "/* multi\n line; comment */SELECT 1;"),
            (Statements{"CREATE TABLE a (x INT  )", "SELECT 1"}));
}

TEST(SplitSqlStatements, QuotesInsideCommentsDoNotOpenAString) {
  EXPECT_EQ(split("-- don't stop here\nSELECT 1; /* it's */ SELECT 2;"),
            (Statements{"SELECT 1", "SELECT 2"}));
}

TEST(SplitSqlStatements, CommentMarkersInsideQuotesAreText) {
  EXPECT_EQ(split("SELECT '-- not a comment; /* nor this */'; SELECT 2"),
            (Statements{"SELECT '-- not a comment; /* nor this */'", "SELECT 2"}));
}

TEST(SplitSqlStatements, DropsEmptyStatements) {
  EXPECT_EQ(split(";;  ;\n\t; SELECT 1;;; -- only a comment\n; /* another */ ;"),
            (Statements{"SELECT 1"}));
  EXPECT_TRUE(splitSqlStatements("").empty());
  EXPECT_TRUE(splitSqlStatements("  \n -- nothing\n/* at all */").empty());
}

// --- Migrator::add -------------------------------------------------------------------------

TEST(MigratorAdd, AcceptsWellFormedFileNames) {
  Migrator migrator;
  migrator.add("catalog", {EmbeddedFile{"0001_products.sql", "CREATE TABLE p (id INT);"},
                           EmbeddedFile{"0002_add_hs_code_2.sql", "ALTER TABLE p ADD x INT;"}});
  ASSERT_EQ(migrator.migrations().size(), 2u);
  const Migration& first = migrator.migrations()[0];
  EXPECT_EQ(first.module, "catalog");
  EXPECT_EQ(first.version, 1);
  EXPECT_EQ(first.name, "0001_products.sql");
  EXPECT_EQ(first.sql, "CREATE TABLE p (id INT);");
}

TEST(MigratorAdd, RejectsFileNamesThatAreNotNNNNUnderscoreNameDotSql) {
  for (const char* name :
       {"1_products.sql", "00001_products.sql", "0001-products.sql", "0001_Products.sql",
        "0001_products.SQL", "0001_products.txt", "0001_.sql", "0001_pro ducts.sql", "products.sql",
        "abcd_x.sql", "0001_products.sql.bak", "dir/0001_products.sql", ""}) {
    Migrator migrator;
    EXPECT_THROW(migrator.add("catalog", {EmbeddedFile{name, "SELECT 1;"}}), ConfigError) << name;
    EXPECT_TRUE(migrator.migrations().empty()) << name;
  }
}

TEST(MigratorAdd, RejectsARepeatedVersionWithinOneModule) {
  Migrator migrator;
  EXPECT_THROW(migrator.add("catalog", {EmbeddedFile{"0001_a.sql", "SELECT 1;"},
                                        EmbeddedFile{"0001_b.sql", "SELECT 2;"}}),
               ConfigError);
}

TEST(MigratorAdd, RejectsAVersionAlreadyAddedForTheSameModule) {
  Migrator migrator;
  migrator.add("catalog", {EmbeddedFile{"0001_a.sql", "SELECT 1;"}});
  EXPECT_THROW(migrator.add("catalog", {EmbeddedFile{"0001_other.sql", "SELECT 2;"}}), ConfigError);
  EXPECT_EQ(migrator.migrations().size(), 1u);
}

TEST(MigratorAdd, AllowsTheSameVersionInDifferentModules) {
  Migrator migrator;
  migrator.add("platform", {EmbeddedFile{"0001_a.sql", "SELECT 1;"}});
  EXPECT_NO_THROW(migrator.add("catalog", {EmbeddedFile{"0001_a.sql", "SELECT 1;"}}));
  EXPECT_EQ(migrator.migrations().size(), 2u);
}

TEST(MigratorAdd, SortsEachModulesFilesByVersionAndKeepsModulesInOrderAdded) {
  Migrator migrator;
  migrator.add("platform",
               {EmbeddedFile{"0002_b.sql", "SELECT 2;"}, EmbeddedFile{"0010_j.sql", "SELECT 10;"},
                EmbeddedFile{"0001_a.sql", "SELECT 1;"}});
  migrator.add("catalog",
               {EmbeddedFile{"0003_c.sql", "SELECT 3;"}, EmbeddedFile{"0001_a.sql", "SELECT 1;"}});
  std::vector<std::pair<std::string, int>> order;
  for (const auto& m : migrator.migrations())
    order.emplace_back(m.module, m.version);
  EXPECT_EQ(
      order,
      (std::vector<std::pair<std::string, int>>{
          {"platform", 1}, {"platform", 2}, {"platform", 10}, {"catalog", 1}, {"catalog", 3}}));
  EXPECT_EQ(migrator.migrations()[2].name, "0010_j.sql");
  EXPECT_EQ(migrator.migrations()[2].sql, "SELECT 10;");
}

TEST(MigratorAdd, ChecksumIsTheSha256OfTheContent) {
  Migrator migrator;
  migrator.add("m", {EmbeddedFile{"0001_a.sql", "abc"}, EmbeddedFile{"0002_b.sql", ""}});
  EXPECT_EQ(migrator.migrations()[0].checksum,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(migrator.migrations()[1].checksum,
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(MigratorAdd, ChecksumsDifferWhenContentDiffersAndMatchWhenItIsTheSame) {
  Migrator migrator;
  migrator.add("a", {EmbeddedFile{"0001_x.sql", "CREATE TABLE t (id INT);"},
                     EmbeddedFile{"0002_y.sql", "CREATE TABLE t (id INT); "}});
  migrator.add("b", {EmbeddedFile{"0001_z.sql", "CREATE TABLE t (id INT);"}});
  const auto& all = migrator.migrations();
  EXPECT_EQ(all[0].checksum.size(), 64u);
  EXPECT_NE(all[0].checksum, all[1].checksum);
  EXPECT_EQ(all[0].checksum, all[2].checksum);
}

}  // namespace
}  // namespace caravan
