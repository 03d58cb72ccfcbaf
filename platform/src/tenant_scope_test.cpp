#include <gtest/gtest.h>

#include <caravan/platform/db.hpp>
#include <optional>
#include <string>

namespace caravan::db {
namespace {

TEST(TenantPlaceholder, FindsTheTenantPlaceholderInAWhereClause) {
  EXPECT_EQ(tenantPlaceholder("SELECT id, sku FROM products WHERE tenant_id = ? AND id = ?"), 0u);
  EXPECT_EQ(tenantPlaceholder("SELECT id FROM products WHERE id = ? AND tenant_id = ?"), 1u);
  EXPECT_EQ(tenantPlaceholder("DELETE FROM products WHERE tenant_id = ? AND id = ?"), 0u);
}

TEST(TenantPlaceholder, CountsThePlaceholdersBeforeIt) {
  EXPECT_EQ(tenantPlaceholder("UPDATE t SET a = ?, b = ? WHERE tenant_id = ? AND id = ?"), 2u);
  EXPECT_EQ(tenantPlaceholder("SELECT * FROM t WHERE a IN (?, ?, ?) AND tenant_id = ? LIMIT ?"),
            3u);
}

TEST(TenantPlaceholder, AcceptsAQualifiedColumnAndAnySpacing) {
  EXPECT_EQ(tenantPlaceholder("SELECT p.id FROM products p WHERE p.tenant_id=? AND p.id=?"), 0u);
  EXPECT_EQ(tenantPlaceholder("SELECT 1 FROM t WHERE x = ? AND `t`.tenant_id\n  =\t? "), 1u);
  EXPECT_EQ(tenantPlaceholder("SELECT 1 FROM a JOIN b ON b.id = a.b_id WHERE a.tenant_id = ?"), 0u);
}

TEST(TenantPlaceholder, AnInsertMustNameTenantIdAsItsFirstColumn) {
  EXPECT_EQ(tenantPlaceholder("INSERT INTO t (tenant_id, id) VALUES (?, ?)"), 0u);
  EXPECT_EQ(tenantPlaceholder("  INSERT INTO t(  tenant_id,id) VALUES (?,?)"), 0u);
  EXPECT_EQ(tenantPlaceholder("INSERT INTO t (id, tenant_id) VALUES (?, ?)"), std::nullopt);
  EXPECT_EQ(tenantPlaceholder("INSERT INTO t (tenant_idx, id) VALUES (?, ?)"), std::nullopt);
  EXPECT_EQ(tenantPlaceholder("INSERT INTO t (tenant_id, id) VALUES (1, 2)"), std::nullopt)
      << "no placeholder to bind the tenant to";
  EXPECT_EQ(tenantPlaceholder("INSERT INTO t VALUES (?, ?)"), std::nullopt);
}

TEST(TenantPlaceholder, AStatementWithoutTenantIdHasNone) {
  EXPECT_EQ(tenantPlaceholder("SELECT id FROM products WHERE id = ?"), std::nullopt);
  EXPECT_EQ(tenantPlaceholder("SELECT 1"), std::nullopt);
  EXPECT_EQ(tenantPlaceholder(""), std::nullopt);
}

TEST(TenantPlaceholder, TenantIdMustBeAWholeWord) {
  EXPECT_EQ(tenantPlaceholder("SELECT * FROM t WHERE other_tenant_id = ?"), std::nullopt);
  EXPECT_EQ(tenantPlaceholder("SELECT * FROM t WHERE xtenant_id = ? AND id = ?"), std::nullopt);
  EXPECT_EQ(tenantPlaceholder("SELECT * FROM t WHERE other_tenant_id = ? AND tenant_id = ?"), 1u);
}

TEST(TenantPlaceholder, OnlyEqualityWithAPlaceholderCounts) {
  EXPECT_EQ(tenantPlaceholder("SELECT * FROM t WHERE tenant_id = 5 AND id = ?"), std::nullopt);
  EXPECT_EQ(tenantPlaceholder("SELECT * FROM t WHERE tenant_id != ? AND id = ?"), std::nullopt);
  EXPECT_EQ(tenantPlaceholder("SELECT * FROM t WHERE tenant_id >= ?"), std::nullopt);
  EXPECT_EQ(tenantPlaceholder("SELECT * FROM t WHERE tenant_id IN (?)"), std::nullopt);
}

TEST(TenantPlaceholder, IgnoresPlaceholdersInsideStringLiterals) {
  EXPECT_EQ(tenantPlaceholder("SELECT * FROM t WHERE note = '?' AND tenant_id = ?"), 0u);
  EXPECT_EQ(tenantPlaceholder("SELECT * FROM t WHERE note = 'a = ?' AND x = ? AND tenant_id = ?"),
            1u);
  EXPECT_EQ(tenantPlaceholder("SELECT \"?\", `?` FROM t WHERE tenant_id = ?"), 0u);
  EXPECT_EQ(tenantPlaceholder("SELECT * FROM t WHERE note = 'tenant_id = ?' AND id = ?"),
            std::nullopt)
      << "tenant_id inside a literal constrains nothing";
  EXPECT_EQ(tenantPlaceholder("SELECT * FROM t WHERE note = 'it''s ?' AND tenant_id = ?"), 0u);
}

TEST(TenantPlaceholder, ABackslashEscapedQuoteDoesNotEndALiteral) {
  // MySQL reads 'it\'s ?' as one literal (the session does not set NO_BACKSLASH_ESCAPES).
  EXPECT_EQ(tenantPlaceholder(R"(SELECT * FROM t WHERE note = 'it\'s ?' AND tenant_id = ?)"), 0u);
  EXPECT_EQ(tenantPlaceholder(R"(SELECT * FROM t WHERE a = 'x\\' AND b = ? AND tenant_id = ?)"),
            1u);
  EXPECT_EQ(tenantPlaceholder(R"(SELECT "say \"?\"" FROM t WHERE tenant_id = ?)"), 0u);
  // In a backtick-quoted identifier a backslash is an ordinary character.
  EXPECT_EQ(tenantPlaceholder(R"(SELECT `odd\` FROM t WHERE tenant_id = ?)"), 0u);
}

TEST(TenantPlaceholder, IsCaseInsensitive) {
  EXPECT_EQ(tenantPlaceholder("select * from t where TENANT_ID = ? and id = ?"), 0u);
  EXPECT_EQ(tenantPlaceholder("Update t Set a = ? Where P.Tenant_Id = ?"), 1u);
  EXPECT_EQ(tenantPlaceholder("insert into t (Tenant_ID, id) values (?, ?)"), 0u);
}

}  // namespace
}  // namespace caravan::db
