// The product repository against a real database: versions, uniqueness and tenant walls.
#include <gtest/gtest.h>

#include <caravan/catalog/catalog_module.hpp>
#include <caravan/testing/test_database.hpp>

#include "product_repository.hpp"

using namespace caravan;
using caravan::catalog::Product;
using caravan::catalog::ProductRepository;
using caravan::testing::TestPlatform;

namespace {
std::vector<std::unique_ptr<Module>> catalogOnly() {
  std::vector<std::unique_ptr<Module>> modules;
  modules.push_back(std::make_unique<catalog::CatalogModule>());
  return modules;
}
}  // namespace

class Products : public ::testing::Test {
 protected:
  Product make(const std::string& sku) {
    Product product;
    product.id = test.platform().ids().next();
    product.sku = sku;
    product.name = "Name of " + sku;
    product.hsCode = "847130";
    product.weightGrams = 250;
    return product;
  }

  TestPlatform test{catalogOnly()};
  db::Session session = test.platform().pool().acquire();
  db::TenantSession alphaDb{session, 1};
  db::TenantSession betaDb{session, 2};
  ProductRepository alpha{alphaDb};
  ProductRepository beta{betaDb};
};

TEST_F(Products, InsertsAndFindsWithinTheTenant) {
  const Product product = make("A-1");
  alpha.insert(product);
  const auto found = alpha.find(product.id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->sku, "A-1");
  EXPECT_EQ(found->hsCode, "847130");
  EXPECT_EQ(found->weightGrams, 250);
  EXPECT_FALSE(found->description);
  EXPECT_EQ(found->version, 1);
  EXPECT_FALSE(beta.find(product.id)) << "another tenant must not see it";
  EXPECT_TRUE(beta.list(std::nullopt, 10).empty());
}

TEST_F(Products, SkusAreUniquePerTenantOnly) {
  alpha.insert(make("SAME"));
  try {
    alpha.insert(make("SAME"));
    FAIL() << "a second product with the same SKU in one tenant must be refused";
  } catch (const db::DuplicateKey& e) {
    EXPECT_EQ(e.key(), "uq_products_sku");
  }
  EXPECT_NO_THROW(beta.insert(make("SAME")));
}

TEST_F(Products, UpdatesOnlyTheExpectedVersion) {
  Product product = make("V-1");
  alpha.insert(product);
  product.name = "Renamed";
  EXPECT_FALSE(alpha.update(product, 2)) << "a stale version must not write";
  EXPECT_TRUE(alpha.update(product, 1));
  const auto found = alpha.find(product.id);
  EXPECT_EQ(found->name, "Renamed");
  EXPECT_EQ(found->version, 2);
  EXPECT_FALSE(beta.update(product, 2)) << "another tenant must not write it";
  EXPECT_FALSE(beta.remove(product.id, 2));
  EXPECT_TRUE(alpha.remove(product.id, 2));
  EXPECT_FALSE(alpha.find(product.id));
}

TEST_F(Products, ListsNewestFirstInPages) {
  std::vector<std::uint64_t> ids;
  for (int i = 0; i < 5; ++i) {
    auto product = make("P-" + std::to_string(i));
    ids.push_back(product.id);
    alpha.insert(product);
  }
  const auto first = alpha.list(std::nullopt, 3);
  ASSERT_EQ(first.size(), 3u);
  EXPECT_EQ(first[0].id, ids[4]);
  const auto second = alpha.list(first.back().id, 3);
  ASSERT_EQ(second.size(), 2u);
  EXPECT_EQ(second[1].id, ids[0]);
}
