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

TEST_F(Products, KeepsTranslationsCustomsDataAndVariants) {
  Product parent = make("PARENT");
  parent.names = {{"de", "Pfanne"}, {"ja", "フライパン"}};
  parent.descriptions = {{"de", "Gusseisen"}};
  parent.dimensionsMm = catalog::Dimensions{480, 290, 60};
  parent.customsDescription = "Cast iron frying pan";
  parent.taxClass = "reduced";
  parent.defaultLanguage = "en";
  alpha.insert(parent);

  Product variant = make("PARENT-RED");
  variant.parentId = parent.id;
  variant.name = "";
  variant.hsCode.reset();
  variant.attributes = {{"color", "red"}, {"size", "28"}};
  alpha.insert(variant);

  const auto found = alpha.find(parent.id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->names, parent.names);
  EXPECT_EQ(found->descriptions, parent.descriptions);
  EXPECT_EQ(found->dimensionsMm, parent.dimensionsMm);
  EXPECT_EQ(found->customsDescription, "Cast iron frying pan");
  EXPECT_EQ(found->taxClass, "reduced");
  EXPECT_FALSE(found->parentId);

  const auto foundVariant = alpha.find(variant.id);
  ASSERT_TRUE(foundVariant);
  EXPECT_EQ(foundVariant->parentId, parent.id);
  EXPECT_EQ(foundVariant->attributes, variant.attributes);
  EXPECT_EQ(foundVariant->name, "") << "stored as NULL: the parent's";
  EXPECT_EQ(foundVariant->taxClass, std::nullopt) << "stored as NULL: the parent's";
  EXPECT_EQ(foundVariant->defaultLanguage, "");

  const auto variants = alpha.variants(parent.id);
  ASSERT_EQ(variants.size(), 1u);
  EXPECT_EQ(variants[0].sku, "PARENT-RED");
  EXPECT_EQ(alpha.list({.parentId = parent.id}, std::nullopt, 10).size(), 1u);
  EXPECT_EQ(alpha.list({.sku = "parent-red"}, std::nullopt, 10).size(), 1u);
  EXPECT_TRUE(beta.variants(parent.id).empty());
  EXPECT_TRUE(beta.list({.parentId = parent.id}, std::nullopt, 10).empty());

  // Two variants of one parent cannot have the same attributes; of two parents they may.
  Product twin = make("PARENT-RED-2");
  twin.parentId = parent.id;
  twin.attributes = {{"size", "28"}, {"color", "red"}};
  try {
    alpha.insert(twin);
    FAIL() << "a second variant with the same attributes must be refused";
  } catch (const db::DuplicateKey& e) {
    EXPECT_EQ(e.key(), "uq_products_variant_attributes");
  }
  twin.attributes["color"] = "Red";
  EXPECT_NO_THROW(alpha.insert(twin)) << "values are compared exactly";

  // Translations change with the product and go with it.
  Product changed = *found;
  changed.names.erase("ja");
  changed.descriptions.clear();
  ASSERT_TRUE(alpha.update(changed, 1));
  EXPECT_EQ(alpha.find(parent.id)->names, (std::map<std::string, std::string>{{"de", "Pfanne"}}));
  EXPECT_TRUE(alpha.find(parent.id)->descriptions.empty());
  ASSERT_TRUE(alpha.remove(variant.id, 1));
  ASSERT_TRUE(alpha.remove(twin.id, 1));
  ASSERT_TRUE(alpha.remove(parent.id, 2));
  auto left = session.query("SELECT COUNT(*) FROM product_translations");
  ASSERT_TRUE(left.next());
  EXPECT_EQ(left.int64(1), 0);
}

TEST_F(Products, TheDatabaseRefusesInconsistentRows) {
  // The rules the service keeps, held by the schema too (a safety net: breaking one is a bug, not
  // a client error): a variant has attributes, a product a tax class from the list.
  Product variant = make("NO-ATTRIBUTES");
  variant.parentId = 12345;
  EXPECT_THROW(alpha.insert(variant), std::runtime_error);
  Product badClass = make("BAD-CLASS");
  badClass.taxClass = "luxury";
  EXPECT_THROW(alpha.insert(badClass), std::runtime_error);
  EXPECT_FALSE(alpha.find(variant.id));
  EXPECT_FALSE(alpha.find(badClass.id));
}
