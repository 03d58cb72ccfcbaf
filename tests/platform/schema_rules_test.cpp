// Rules every module's schema follows, checked on the real, fully migrated schema, so a new
// module's migration is held to them without anyone writing a test for it.
#include <gtest/gtest.h>

#include <caravan/testing/test_database.hpp>

#include "module_list.hpp"

using caravan::testing::TestPlatform;

namespace {

std::vector<std::string> column(caravan::db::Session& session, const std::string& sql) {
  std::vector<std::string> values;
  auto rows = session.query(sql);
  while (rows.next())
    values.push_back(rows.string(1));
  return values;
}

}  // namespace

class SchemaRules : public ::testing::Test {
 protected:
  TestPlatform test{caravan::app::makeModules()};
  caravan::db::Session session = test.platform().pool().acquire();
};

TEST_F(SchemaRules, EveryKeyOfATenantOwnedTableLeadsWithTenantId) {
  const auto tables = column(session,
                             "SELECT DISTINCT table_name FROM information_schema.columns "
                             "WHERE table_schema = DATABASE() AND column_name = 'tenant_id'");
  ASSERT_FALSE(tables.empty());
  for (const auto& table : tables) {
    if (test.platform().sharedTables().count(table))
      continue;  // declared by its module as serving all tenants, with a reason
    auto rows = session.query(
        "SELECT index_name, column_name FROM information_schema.statistics "
        "WHERE table_schema = DATABASE() AND table_name = ? AND seq_in_index = 1",
        {table});
    int keys = 0;
    while (rows.next()) {
      ++keys;
      EXPECT_EQ(rows.string(2), "tenant_id")
          << table << "." << rows.string(1) << " must lead with tenant_id";
    }
    EXPECT_GT(keys, 0) << table << " has no primary key";
  }
}

TEST_F(SchemaRules, TablesAreInnoDbUtf8mb4WithoutAutoIncrement) {
  auto rows = session.query(
      "SELECT table_name, engine, table_collation, auto_increment FROM information_schema.tables "
      "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'");
  int tables = 0;
  while (rows.next()) {
    ++tables;
    const std::string table = rows.string(1);
    EXPECT_EQ(rows.string(2), "InnoDB") << table;
    EXPECT_EQ(rows.string(3).rfind("utf8mb4", 0), 0u) << table << " collation " << rows.string(3);
    EXPECT_TRUE(rows.isNull(4)) << table << " uses AUTO_INCREMENT; ids come from the application";
  }
  EXPECT_GE(tables, 5);
}

TEST_F(SchemaRules, NoColumnIsBinaryFloatingPoint) {
  const auto floats =
      column(session,
             "SELECT CONCAT(table_name, '.', column_name) FROM information_schema.columns "
             "WHERE table_schema = DATABASE() AND data_type IN ('float', 'double', 'real')");
  EXPECT_TRUE(floats.empty()) << "money, rates and quantities are DECIMAL: " << floats.front();
}

TEST_F(SchemaRules, PersonalDataDeclarationsNameRealColumns) {
  const auto problems = test.platform().checkPersonalData(session);
  std::string all;
  for (const auto& problem : problems)
    all += problem + "\n";
  EXPECT_TRUE(problems.empty()) << all;
}

TEST_F(SchemaRules, EveryRouteIsDocumented) {
  const auto missing = test.platform().undocumentedRoutes();
  std::string all;
  for (const auto& route : missing)
    all += route + "\n";
  EXPECT_TRUE(missing.empty()) << "routes missing from the OpenAPI document:\n" << all;
}

namespace {
class DeclaringModule : public caravan::Module {
 public:
  std::string_view name() const override { return "declaring"; }
  void registerWith(caravan::ModuleRegistry& registry) override {
    using caravan::Erasure;
    using caravan::PersonalCategory;
    registry.personalData(
        {"tenants",
         "id",
         {{.column = "name", .category = PersonalCategory::Identity, .erasure = Erasure::Redact}},
         {}});
    registry.personalData({"tenants",
                           "id",
                           {{.column = "no_such_column",
                             .category = PersonalCategory::Contact,
                             .erasure = Erasure::Nullify}},
                           {}});
    registry.personalData(
        {"no_such_table",
         "customer_id",
         {{.column = "email", .category = PersonalCategory::Contact, .erasure = Erasure::Nullify}},
         {}});
  }
};
}  // namespace

TEST(PersonalDataDeclarations, CheckReportsColumnsAndTablesThatDoNotExist) {
  auto modules = caravan::app::makeModules();
  modules.push_back(std::make_unique<DeclaringModule>());
  TestPlatform test(std::move(modules));
  auto session = test.platform().pool().acquire();
  const auto problems = test.platform().checkPersonalData(session);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_NE(problems[0].find("tenants.no_such_column"), std::string::npos) << problems[0];
  EXPECT_NE(problems[1].find("no_such_table"), std::string::npos) << problems[1];
}

TEST(PersonalDataDeclarations, RetainingWithoutAReasonStopsRegistration) {
  class Careless : public caravan::Module {
   public:
    std::string_view name() const override { return "careless"; }
    void registerWith(caravan::ModuleRegistry& registry) override {
      registry.personalData({"tenants",
                             "id",
                             {{.column = "name",
                               .category = caravan::PersonalCategory::Identity,
                               .erasure = caravan::Erasure::Retain}},
                             {}});
    }
  };
  std::vector<std::unique_ptr<caravan::Module>> modules;
  modules.push_back(std::make_unique<Careless>());
  EXPECT_THROW(TestPlatform{std::move(modules)}, caravan::ConfigError);
}
