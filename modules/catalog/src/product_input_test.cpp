// Reading request bodies into products: every problem in one answer, texts per language,
// variants' attributes and what a variant may not set.
#include "product_input.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace caravan::catalog {
namespace {

/// field -> code of every error `body` causes, or {} when it is accepted.
std::map<std::string, std::string> errorsOf(const std::string& body, Product& product,
                                            ProductInput kind) {
  try {
    readProductInput(parseJsonObject(body), product, kind);
  } catch (const ValidationError& error) {
    std::map<std::string, std::string> codes;
    for (const auto& field : error.fieldErrors())
      codes[field.field] = field.code;
    EXPECT_EQ(codes.size(), error.fieldErrors().size()) << "a field reported twice: " << body;
    return codes;
  }
  return {};
}

Product variantOf(const std::string& language = "en") {
  Product variant;
  variant.parentId = 42;
  variant.defaultLanguage = language;
  return variant;
}

TEST(ProductInput, ReadsEveryNewField) {
  Product product;
  const auto changed = readProductInput(
      parseJsonObject(R"({"sku": "PAN-28", "name": "Pan", "names": {"de": "Pfanne", "JA": "鍋"},
        "descriptions": {"de": "Gusseisen"}, "dimensions_mm": {"length": 480, "width": 290,
        "height": 60}, "customs_description": "Cast iron frying pan", "tax_class": "reduced",
        "hs_code": "7321.11"})"),
      product, ProductInput::kNewProduct);
  EXPECT_EQ(product.name, "Pan");
  EXPECT_EQ(product.names, (std::map<std::string, std::string>{{"de", "Pfanne"}, {"ja", "鍋"}}));
  EXPECT_EQ(product.description, std::nullopt);
  EXPECT_EQ(product.descriptions.at("de"), "Gusseisen");
  EXPECT_EQ(product.dimensionsMm, (Dimensions{480, 290, 60}));
  EXPECT_EQ(product.customsDescription, "Cast iron frying pan");
  EXPECT_EQ(product.taxClass, "reduced");
  EXPECT_EQ(product.hsCode, "732111");
  EXPECT_EQ(product.defaultLanguage, "en");
  EXPECT_EQ(changed,
            (std::vector<std::string>{"sku", "name", "names", "descriptions", "hs_code",
                                      "dimensions_mm", "customs_description", "tax_class"}));
}

TEST(ProductInput, ReportsEveryBadFieldAtOnce) {
  Product product;
  const auto errors = errorsOf(
      R"({"sku": "bad sku", "name": "", "names": {"xx": "?", "de": ""}, "default_language": "english",
          "dimensions_mm": {"length": 0, "width": "wide"}, "customs_description": "Poêle",
          "tax_class": "luxury", "attributes": {"color": "red"}, "parent_id": "1", "colour": 1})",
      product, ProductInput::kNewProduct);
  EXPECT_EQ(errors, (std::map<std::string, std::string>{
                        {"sku", "invalid_format"},
                        {"name", "required"},
                        {"names/xx", "invalid_language"},
                        {"names/de", "required"},
                        {"default_language", "invalid_language"},
                        {"dimensions_mm/length", "out_of_range"},
                        {"dimensions_mm/width", "invalid_type"},
                        {"dimensions_mm/height", "required"},
                        {"customs_description", "invalid_characters"},
                        {"tax_class", "invalid_value"},
                        {"attributes", "not_allowed"},
                        {"parent_id", "read_only"},
                        {"colour", "unknown_field"},
                    }));
}

TEST(ProductInput, NameMayComeFromNamesInTheDefaultLanguage) {
  Product product;
  readProductInput(parseJsonObject(R"({"sku": "A", "default_language": "de",
                                       "names": {"de": "Pfanne", "en": "Pan"}})"),
                   product, ProductInput::kNewProduct);
  EXPECT_EQ(product.defaultLanguage, "de");
  EXPECT_EQ(product.name, "Pfanne");
  EXPECT_EQ(product.names, (std::map<std::string, std::string>{{"en", "Pan"}}));

  Product clash;
  EXPECT_EQ(errorsOf(R"({"sku": "A", "name": "Pan", "names": {"en": "Frying pan"}})", clash,
                     ProductInput::kNewProduct),
            (std::map<std::string, std::string>{{"names/en", "conflict"}}));
  Product none;
  EXPECT_EQ(errorsOf(R"({"sku": "A", "names": {"de": "Pfanne"}})", none, ProductInput::kNewProduct),
            (std::map<std::string, std::string>{{"name", "required"}}));
}

TEST(ProductInput, ChangingTheDefaultLanguageKeepsEveryName) {
  Product product;
  product.sku = "A";
  product.name = "Pan";
  product.names = {{"de", "Pfanne"}};
  product.description = "Heavy";
  readProductInput(parseJsonObject(R"({"default_language": "de"})"), product,
                   ProductInput::kChange);
  EXPECT_EQ(product.defaultLanguage, "de");
  EXPECT_EQ(product.name, "Pfanne");
  EXPECT_EQ(product.names, (std::map<std::string, std::string>{{"en", "Pan"}}));
  EXPECT_EQ(product.description, std::nullopt);
  EXPECT_EQ(product.descriptions, (std::map<std::string, std::string>{{"en", "Heavy"}}));

  // A language the product has no name in must come with one.
  EXPECT_EQ(errorsOf(R"({"default_language": "fr"})", product, ProductInput::kChange),
            (std::map<std::string, std::string>{{"default_language", "no_name"}}));
  EXPECT_TRUE(
      errorsOf(R"({"default_language": "fr", "name": "Poêle"})", product, ProductInput::kChange)
          .empty());
  EXPECT_EQ(product.name, "Poêle");
  EXPECT_EQ(product.names.size(), 2u);
}

TEST(ProductInput, NullRemovesOneLanguageOrAllTranslations) {
  Product product;
  product.sku = "A";
  product.name = "Pan";
  product.names = {{"de", "Pfanne"}, {"fr", "Poêle"}};
  readProductInput(parseJsonObject(R"({"names": {"de": null}})"), product, ProductInput::kChange);
  EXPECT_EQ(product.names, (std::map<std::string, std::string>{{"fr", "Poêle"}}));
  readProductInput(parseJsonObject(R"({"names": null})"), product, ProductInput::kChange);
  EXPECT_TRUE(product.names.empty());
  EXPECT_EQ(product.name, "Pan") << "the default-language name stays";
  EXPECT_EQ(errorsOf(R"({"name": null})", product, ProductInput::kChange),
            (std::map<std::string, std::string>{{"name", "required"}}));
  EXPECT_EQ(
      errorsOf(R"({"tax_class": null, "default_language": null})", product, ProductInput::kChange),
      (std::map<std::string, std::string>{{"tax_class", "required"},
                                          {"default_language", "required"}}));
}

TEST(ProductInput, VariantNeedsCanonicalAttributes) {
  Product variant = variantOf();
  const auto changed = readProductInput(
      parseJsonObject(R"({"sku": "PAN-RED", "attributes": {" Color ": " red ", "SIZE": "28 cm"}})"),
      variant, ProductInput::kNewVariant);
  EXPECT_EQ(variant.attributes,
            (std::map<std::string, std::string>{{"color", "red"}, {"size", "28 cm"}}));
  EXPECT_EQ(variant.name, "") << "no name: the product's";
  EXPECT_EQ(variant.taxClass, std::nullopt) << "no tax class: the product's";
  EXPECT_EQ(changed, (std::vector<std::string>{"sku", "attributes"}));

  for (const std::string& attributes :
       {std::string(R"({})"), std::string(R"(null)"), std::string(R"("red")")}) {
    Product other = variantOf();
    const auto errors = errorsOf(R"({"sku": "X", "attributes": )" + attributes + "}", other,
                                 ProductInput::kNewVariant);
    EXPECT_EQ(errors.size(), 1u) << attributes;
    EXPECT_TRUE(errors.count("attributes")) << attributes;
  }
  Product missing = variantOf();
  EXPECT_EQ(errorsOf(R"({"sku": "X"})", missing, ProductInput::kNewVariant),
            (std::map<std::string, std::string>{{"attributes", "required"}}));
  Product bad = variantOf();
  EXPECT_EQ(errorsOf(R"({"sku": "X", "attributes": {"color": 1, "größe": "M", "Size": "M",
                         "size": "L", "fit": ""}, "default_language": "de"})",
                     bad, ProductInput::kNewVariant),
            (std::map<std::string, std::string>{{"attributes/color", "invalid_type"},
                                                {"attributes/größe", "invalid_name"},
                                                {"attributes/size", "duplicate"},
                                                {"attributes/fit", "required"},
                                                {"default_language", "inherited"}}));
}

TEST(ProductInput, VariantNamesAreAllOrNothing) {
  Product variant = variantOf("de");
  EXPECT_EQ(errorsOf(R"({"sku": "X", "attributes": {"c": "r"}, "names": {"en": "Red pan"}})",
                     variant, ProductInput::kNewVariant),
            (std::map<std::string, std::string>{{"names", "default_language_missing"}}));
  Product named = variantOf("de");
  readProductInput(parseJsonObject(R"({"sku": "X", "attributes": {"c": "r"}, "name": "Rote Pfanne",
                                       "names": {"en": "Red pan"}})"),
                   named, ProductInput::kNewVariant);
  EXPECT_EQ(named.name, "Rote Pfanne");
  EXPECT_EQ(named.names.at("en"), "Red pan");
  // null gives the variant its product's names back.
  readProductInput(parseJsonObject(R"({"name": null, "tax_class": null})"), named,
                   ProductInput::kChange);
  EXPECT_EQ(named.name, "");
  EXPECT_TRUE(named.names.empty());
  EXPECT_EQ(errorsOf(R"({"attributes": null})", named, ProductInput::kChange),
            (std::map<std::string, std::string>{{"attributes", "required"}}));
}

TEST(ProductInput, DimensionsAreAllThreeOrNull) {
  Product product;
  product.sku = "A";
  product.name = "Pan";
  product.dimensionsMm = Dimensions{1, 2, 3};
  readProductInput(parseJsonObject(R"({"dimensions_mm": null})"), product, ProductInput::kChange);
  EXPECT_EQ(product.dimensionsMm, std::nullopt);
  EXPECT_EQ(
      errorsOf(R"({"dimensions_mm": {"length": 1, "width": 2}})", product, ProductInput::kChange),
      (std::map<std::string, std::string>{{"dimensions_mm/height", "required"}}));
  EXPECT_EQ(errorsOf(R"({"dimensions_mm": [1, 2, 3]})", product, ProductInput::kChange),
            (std::map<std::string, std::string>{{"dimensions_mm", "invalid_type"}}));
  EXPECT_EQ(errorsOf(R"({"dimensions_mm": {"length": 1, "width": 2, "height": 3, "depth": 4}})",
                     product, ProductInput::kChange),
            (std::map<std::string, std::string>{{"dimensions_mm/depth", "unknown_field"}}));
}

}  // namespace
}  // namespace caravan::catalog
