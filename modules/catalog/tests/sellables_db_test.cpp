// findSellables against a real database: a variant's empty fields from its parent, names in the
// asked language with fallbacks, unknown SKUs, tenant walls, and one statement for a basket.
#include <gtest/gtest.h>

#include <caravan/catalog/catalog_module.hpp>
#include <caravan/catalog/sellables.hpp>
#include <caravan/testing/test_database.hpp>
#include <map>

#include "product_repository.hpp"

using namespace caravan;
using caravan::catalog::Dimensions;
using caravan::catalog::Product;
using caravan::catalog::ProductRepository;
using caravan::catalog::Sellable;
using caravan::testing::TestPlatform;

namespace {

std::vector<std::unique_ptr<Module>> catalogOnly() {
  std::vector<std::unique_ptr<Module>> modules;
  modules.push_back(std::make_unique<catalog::CatalogModule>());
  return modules;
}

std::map<std::string, Sellable> bySku(const std::vector<Sellable>& sellables) {
  std::map<std::string, Sellable> found;
  for (const auto& sellable : sellables) {
    EXPECT_TRUE(found.emplace(sellable.sku, sellable).second) << "twice: " << sellable.sku;
  }
  return found;
}

}  // namespace

class Sellables : public ::testing::Test {
 protected:
  void SetUp() override {
    pan.id = test.platform().ids().next();
    pan.sku = "PAN";
    pan.name = "Cast iron pan";
    pan.names = {{"de", "Gusseisenpfanne"}, {"de-CH", "Bratpfanne"}, {"ja", "鉄のフライパン"}};
    pan.hsCode = "732111";
    pan.originCountry = "DE";
    pan.weightGrams = 2300;
    pan.dimensionsMm = Dimensions{480, 290, 60};
    pan.customsDescription = "Cast iron frying pan";
    pan.taxClass = "reduced";
    alpha.insert(pan);

    red.id = test.platform().ids().next();
    red.parentId = pan.id;
    red.sku = "PAN-RED";
    red.attributes = {{"color", "red"}};
    red.weightGrams = 2400;  // enamel weighs more; the rest is the pan's
    alpha.insert(red);

    gift.id = test.platform().ids().next();
    gift.parentId = pan.id;
    gift.sku = "PAN-GIFT";
    gift.attributes = {{"color", "black"}, {"box", "gift"}};
    gift.name = "Pan in a gift box";
    gift.names = {{"fr", "Poêle en coffret"}};
    gift.hsCode = "73211100";
    gift.originCountry = "PL";
    gift.customsDescription = "Cast iron frying pan in gift box";
    gift.taxClass = "standard";
    alpha.insert(gift);
  }

  std::uint64_t executedStatements() {
    auto rows = session.query("SHOW SESSION STATUS LIKE 'Com_stmt_execute'");
    EXPECT_TRUE(rows.next());
    return std::stoull(rows.string(2));
  }

  TestPlatform test{catalogOnly()};
  db::Session session = test.platform().pool().acquire();
  db::TenantSession alphaDb{session, 1};
  db::TenantSession betaDb{session, 2};
  ProductRepository alpha{alphaDb};
  ProductRepository beta{betaDb};
  Product pan;
  Product red;
  Product gift;
};

TEST_F(Sellables, AProductIsItsOwnValues) {
  const auto found = catalog::findSellables(alphaDb, {"PAN"});
  ASSERT_EQ(found.size(), 1u);
  const Sellable& sellable = found[0];
  EXPECT_EQ(sellable.productId, pan.id);
  EXPECT_EQ(sellable.parentId, std::nullopt);
  EXPECT_EQ(sellable.parentSku, std::nullopt);
  EXPECT_EQ(sellable.sku, "PAN");
  EXPECT_EQ(sellable.name, "Cast iron pan");
  EXPECT_EQ(sellable.nameLanguage, "en");
  EXPECT_EQ(sellable.taxClass, "reduced");
  EXPECT_EQ(sellable.hsCode, "732111");
  EXPECT_EQ(sellable.originCountry, "DE");
  EXPECT_EQ(sellable.weightGrams, 2300);
  EXPECT_EQ(sellable.customsDescription, "Cast iron frying pan");
}

TEST_F(Sellables, AVariantTakesWhatItLeavesEmptyFromItsParent) {
  const auto found = bySku(catalog::findSellables(alphaDb, {"PAN-RED", "PAN-GIFT"}));
  ASSERT_EQ(found.size(), 2u);
  const Sellable& redOne = found.at("PAN-RED");
  EXPECT_EQ(redOne.productId, red.id);
  EXPECT_EQ(redOne.parentId, pan.id);
  EXPECT_EQ(redOne.parentSku, "PAN");
  EXPECT_EQ(redOne.name, "Cast iron pan") << "no name of its own: the parent's";
  EXPECT_EQ(redOne.taxClass, "reduced") << "tax class inherited";
  EXPECT_EQ(redOne.hsCode, "732111");
  EXPECT_EQ(redOne.originCountry, "DE");
  EXPECT_EQ(redOne.weightGrams, 2400) << "its own weight wins";
  EXPECT_EQ(redOne.customsDescription, "Cast iron frying pan");

  const Sellable& giftOne = found.at("PAN-GIFT");
  EXPECT_EQ(giftOne.name, "Pan in a gift box");
  EXPECT_EQ(giftOne.taxClass, "standard") << "its own class wins over the parent's reduced";
  EXPECT_EQ(giftOne.hsCode, "73211100");
  EXPECT_EQ(giftOne.originCountry, "PL");
  EXPECT_EQ(giftOne.weightGrams, 2300);
  EXPECT_EQ(giftOne.customsDescription, "Cast iron frying pan in gift box");
}

TEST_F(Sellables, NamesComeInTheAskedLanguageWithFallbacks) {
  const std::vector<std::string> all{"PAN", "PAN-RED", "PAN-GIFT"};
  auto german = bySku(catalog::findSellables(alphaDb, all, "de"));
  EXPECT_EQ(german.at("PAN").name, "Gusseisenpfanne");
  EXPECT_EQ(german.at("PAN").nameLanguage, "de");
  EXPECT_EQ(german.at("PAN-RED").name, "Gusseisenpfanne") << "the parent's German name";
  EXPECT_EQ(german.at("PAN-GIFT").name, "Pan in a gift box")
      << "a variant with names of its own falls back to its own default, not the parent's";
  EXPECT_EQ(german.at("PAN-GIFT").nameLanguage, "en");

  auto swiss = bySku(catalog::findSellables(alphaDb, all, "de-ch"));
  EXPECT_EQ(swiss.at("PAN").name, "Bratpfanne");
  EXPECT_EQ(swiss.at("PAN").nameLanguage, "de-CH");
  auto austrian = bySku(catalog::findSellables(alphaDb, all, "de-AT"));
  EXPECT_EQ(austrian.at("PAN").name, "Gusseisenpfanne") << "de-AT falls back to de";
  EXPECT_EQ(austrian.at("PAN-RED").nameLanguage, "de");

  auto french = bySku(catalog::findSellables(alphaDb, all, "fr"));
  EXPECT_EQ(french.at("PAN").name, "Cast iron pan") << "no French: the default";
  EXPECT_EQ(french.at("PAN").nameLanguage, "en");
  EXPECT_EQ(french.at("PAN-GIFT").name, "Poêle en coffret");

  auto japanese = bySku(catalog::findSellables(alphaDb, all, "ja"));
  EXPECT_EQ(japanese.at("PAN-RED").name, "鉄のフライパン");

  EXPECT_THROW(catalog::findSellables(alphaDb, all, "german"), ValidationError);
}

TEST_F(Sellables, UnknownSkusAreAbsentAndDuplicatesCountOnce) {
  EXPECT_TRUE(catalog::findSellables(alphaDb, {}).empty());
  EXPECT_TRUE(catalog::findSellables(alphaDb, {"NOPE", "ALSO-NOPE"}).empty());
  const auto found = bySku(catalog::findSellables(
      alphaDb, {"NOPE", "PAN-RED", "PAN-RED", "pan-red", "PAN", "X", "Y", "Z"}));
  EXPECT_EQ(found.size(), 2u);
  EXPECT_TRUE(found.count("PAN-RED"));
  EXPECT_TRUE(found.count("PAN"));
}

TEST_F(Sellables, AnotherTenantSeesNoneOfThem) {
  EXPECT_TRUE(catalog::findSellables(betaDb, {"PAN", "PAN-RED", "PAN-GIFT"}).empty());
  // The same SKU in another tenant is another product with its own values, never joined to a
  // parent or translation of the first tenant.
  Product own;
  own.id = test.platform().ids().next();
  own.sku = "PAN-RED";
  own.name = "Beta's red pan";
  beta.insert(own);
  const auto found = catalog::findSellables(betaDb, {"PAN", "PAN-RED"}, "de");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].productId, own.id);
  EXPECT_EQ(found[0].name, "Beta's red pan");
  EXPECT_EQ(found[0].parentId, std::nullopt);
  EXPECT_EQ(found[0].hsCode, std::nullopt);
  EXPECT_EQ(found[0].taxClass, "standard");
}

TEST_F(Sellables, ABasketIsOneStatement) {
  std::vector<std::string> basket;
  for (int i = 0; i < 50; ++i) {
    Product line;
    line.id = test.platform().ids().next();
    line.sku = "LINE-" + std::to_string(i);
    line.name = "Line " + std::to_string(i);
    line.names = {{"de", "Zeile " + std::to_string(i)}};
    alpha.insert(line);
    basket.push_back(line.sku);
  }
  basket.push_back("PAN-RED");
  // The status query is a statement too: measure it alone first.
  const auto before = executedStatements();
  const auto between = executedStatements();
  const auto statusQueries = between - before;
  const auto found = catalog::findSellables(alphaDb, basket, "de");
  const auto after = executedStatements();
  EXPECT_EQ(found.size(), 51u);
  EXPECT_EQ(after - between - statusQueries, 1u) << "findSellables must be one statement";
  EXPECT_EQ(bySku(found).at("LINE-7").name, "Zeile 7");
}
