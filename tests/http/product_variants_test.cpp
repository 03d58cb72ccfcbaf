// Variants, texts per language and customs data of products, end to end: what a variant takes
// from its product, the conflicts that keep variants apart, and every field error in one answer.

#include <set>

#include "http_fixture.hpp"

namespace caravan::testing {
namespace {

class ProductVariantsTest : public HttpFixture {
 protected:
  void SetUp() override {
    HttpFixture::SetUp();
    owner_ = client(keyFor("Acme", "owner"));
  }

  /// A product with customs data and names in German and Japanese; returns its JSON.
  JsonObject createPan(const std::string& sku = "PAN") {
    const auto created = owner_->post("/api/v1/products", R"({"sku": ")" + sku + R"(",
        "name": "Cast iron pan", "description": "Pre-seasoned",
        "names": {"de": "Gusseisenpfanne", "de-CH": "Bratpfanne", "ja": "鉄のフライパン"},
        "descriptions": {"de": "Vorgewürzt"},
        "hs_code": "7321.11", "origin_country": "DE", "weight_grams": 2300,
        "dimensions_mm": {"length": 480, "width": 290, "height": 60},
        "customs_description": "Cast iron frying pan", "tax_class": "reduced"})");
    EXPECT_EQ(created.status, 201) << created.body;
    if (created.status != 201)
      throw std::runtime_error("creating " + sku + " failed");
    return created.json();
  }

  HttpResult postVariant(const std::string& parentId, const std::string& body) {
    return owner_->post("/api/v1/products/" + parentId + "/variants", body);
  }

  JsonObject createVariant(const std::string& parentId, const std::string& body) {
    const auto created = postVariant(parentId, body);
    EXPECT_EQ(created.status, 201) << created.body;
    if (created.status != 201)
      throw std::runtime_error("creating a variant failed: " + created.body);
    return created.json();
  }

  std::unique_ptr<HttpClient> owner_;
};

std::vector<std::string> strings(const JsonObject& object, const std::string& key) {
  std::vector<std::string> values;
  if (!object->isArray(key))
    return values;
  auto array = object->getArray(key);
  for (unsigned i = 0; i < array->size(); ++i)
    values.push_back(array->getElement<std::string>(i));
  return values;
}

/// "LxWxH" of a product's dimensions_mm, "<null>" when it has none.
std::string dimensions(const JsonObject& product) {
  if (product->isNull("dimensions_mm"))
    return "<null>";
  const auto sides = product->getObject("dimensions_mm");
  return str(sides, "length") + "x" + str(sides, "width") + "x" + str(sides, "height");
}

TEST_F(ProductVariantsTest, AVariantTakesWhatItLeavesOutFromItsProduct) {
  const auto pan = createPan();
  const std::string panId = str(pan, "id");
  EXPECT_EQ(str(pan, "tax_class"), "reduced");
  EXPECT_EQ(str(pan, "default_language"), "en");
  EXPECT_EQ(str(pan, "customs_description"), "Cast iron frying pan");
  EXPECT_EQ(dimensions(pan), "480x290x60");
  EXPECT_EQ(str(pan, "parent_id"), "<null>");
  EXPECT_EQ(toJson(pan->getArray("variants")), "[]");

  const auto created = postVariant(panId, R"({"sku": "PAN-RED", "attributes": {"color": "red"},
                                               "weight_grams": 2400})");
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.header("ETag"), "\"1\"");
  const auto red = created.json();
  const std::string redId = str(red, "id");
  EXPECT_EQ(created.header("Location"), "/api/v1/products/" + redId);
  EXPECT_EQ(str(red, "parent_id"), panId);
  EXPECT_EQ(toJson(red->getObject("attributes")), R"({"color":"red"})");
  EXPECT_EQ(str(red, "name"), "Cast iron pan");
  EXPECT_EQ(str(red, "hs_code"), "732111");
  EXPECT_EQ(str(red, "origin_country"), "DE");
  EXPECT_EQ(str(red, "weight_grams"), "2400") << "its own value";
  EXPECT_EQ(str(red, "tax_class"), "reduced");
  EXPECT_EQ(str(red, "customs_description"), "Cast iron frying pan");
  EXPECT_EQ(dimensions(red), "480x290x60");
  EXPECT_EQ(str(red->getObject("names"), "ja"), "鉄のフライパン");
  const auto inherited = strings(red, "inherited");
  const std::set<std::string> inheritedSet(inherited.begin(), inherited.end());
  EXPECT_EQ(inheritedSet, (std::set<std::string>{"name", "names", "description", "descriptions",
                                                 "hs_code", "origin_country", "dimensions_mm",
                                                 "customs_description", "tax_class"}));
  EXPECT_FALSE(red->has("variants")) << "a variant has no variants";

  // Read back alone, and as part of its product.
  const auto read = owner_->get("/api/v1/products/" + redId);
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_EQ(read.body, created.body);
  const auto parent = owner_->get("/api/v1/products/" + panId).json();
  ASSERT_TRUE(parent->isArray("variants"));
  ASSERT_EQ(parent->getArray("variants")->size(), 1u);
  const auto summary = parent->getArray("variants")->getObject(0);
  EXPECT_EQ(str(summary, "id"), redId);
  EXPECT_EQ(str(summary, "sku"), "PAN-RED");
  EXPECT_EQ(toJson(summary->getObject("attributes")), R"({"color":"red"})");

  // A product's change reaches the variants that take the value from it.
  auto patched = owner_->request("PATCH", "/api/v1/products/" + panId,
                                 R"({"hs_code": "7321.19", "tax_class": "standard"})",
                                 {{"If-Match", "\"1\""}});
  ASSERT_EQ(patched.status, 200) << patched.body;
  auto reread = owner_->get("/api/v1/products/" + redId).json();
  EXPECT_EQ(str(reread, "hs_code"), "732119");
  EXPECT_EQ(str(reread, "tax_class"), "standard");
  EXPECT_EQ(str(reread, "version"), "1") << "the variant itself did not change";

  // Overrides, then null to take the product's value again.
  patched = owner_->request("PATCH", "/api/v1/products/" + redId,
                            R"({"name": "Red pan", "tax_class": "zero", "origin_country": "FR",
          "dimensions_mm": {"length": 481, "width": 291, "height": 61}})",
                            {{"If-Match", "\"1\""}});
  ASSERT_EQ(patched.status, 200) << patched.body;
  auto changed = patched.json();
  EXPECT_EQ(str(changed, "name"), "Red pan");
  EXPECT_EQ(toJson(changed->getObject("names")), R"({"en":"Red pan"})")
      << "a variant with a name of its own uses only its own names";
  EXPECT_EQ(str(changed, "tax_class"), "zero");
  EXPECT_EQ(str(changed, "origin_country"), "FR");
  EXPECT_EQ(dimensions(changed), "481x291x61");
  patched = owner_->request(
      "PATCH", "/api/v1/products/" + redId,
      R"({"name": null, "tax_class": null, "origin_country": null, "dimensions_mm": null})",
      {{"If-Match", "\"2\""}});
  ASSERT_EQ(patched.status, 200) << patched.body;
  changed = patched.json();
  EXPECT_EQ(str(changed, "name"), "Cast iron pan");
  EXPECT_EQ(str(changed, "tax_class"), "standard");
  EXPECT_EQ(str(changed, "origin_country"), "DE");
  EXPECT_EQ(dimensions(changed), "480x290x60");
  EXPECT_EQ(str(changed, "version"), "3");
}

TEST_F(ProductVariantsTest, VariantsAreListedByProductAndFoundBySku) {
  const std::string panId = str(createPan(), "id");
  const std::string otherId = str(createProduct(*owner_, "MUG", "Mug"), "id");
  std::vector<std::string> variantIds;
  for (const std::string color : {"red", "blue", "green"}) {
    variantIds.push_back(str(
        createVariant(
            panId, R"({"sku": "PAN-)" + color + R"(", "attributes": {"color": ")" + color + "\"}}"),
        "id"));
  }
  createVariant(otherId, R"({"sku": "MUG-RED", "attributes": {"color": "red"}})");
  const std::vector<std::string> newestFirst(variantIds.rbegin(), variantIds.rend());

  const auto listed = owner_->get("/api/v1/products/" + panId + "/variants");
  ASSERT_EQ(listed.status, 200) << listed.body;
  EXPECT_EQ(itemIds(listed.json()), newestFirst);
  const auto firstItem = listed.json()->getArray("items")->getObject(0);
  EXPECT_EQ(str(firstItem, "name"), "Cast iron pan") << "list items are resolved too";
  EXPECT_EQ(str(firstItem, "hs_code"), "732111");

  const auto paged = owner_->get("/api/v1/products/" + panId + "/variants?limit=2").json();
  EXPECT_EQ(itemIds(paged).size(), 2u);
  EXPECT_FALSE(paged->isNull("next_cursor"));

  const auto filtered = owner_->get("/api/v1/products?parent_id=" + panId);
  ASSERT_EQ(filtered.status, 200) << filtered.body;
  EXPECT_EQ(itemIds(filtered.json()), newestFirst);
  EXPECT_EQ(productIds(*owner_).size(), 6u) << "the plain list holds products and variants";

  const auto bySku = owner_->get("/api/v1/products?sku=PAN-blue").json();
  ASSERT_EQ(itemIds(bySku).size(), 1u);
  EXPECT_EQ(itemIds(bySku)[0], variantIds[1]);
  EXPECT_EQ(str(bySku->getArray("items")->getObject(0), "origin_country"), "DE");
  EXPECT_TRUE(itemIds(owner_->get("/api/v1/products?sku=NOPE").json()).empty());

  expectProblem(owner_->get("/api/v1/products/999999/variants"), 404, "not_found");
  const auto bad = expectProblem(owner_->get("/api/v1/products?parent_id=abc&language=xx&limit=0"),
                                 400, "validation_failed");
  EXPECT_EQ(errorFields(bad), (std::vector<std::string>{"limit", "parent_id", "language"}));
}

TEST_F(ProductVariantsTest, DuplicateAttributesOrSkuAre409OnTheField) {
  const std::string panId = str(createPan(), "id");
  const std::string mugId = str(createProduct(*owner_, "MUG", "Mug"), "id");
  createVariant(panId, R"({"sku": "PAN-RED-M", "attributes": {"color": "red", "size": "M"}})");

  // The same combination in another order, case of the name, spacing: the same variant.
  auto result = postVariant(
      panId, R"({"sku": "PAN-RED-M-2", "attributes": {"Size": " M ", "color": "red"}})");
  auto problem = expectProblem(result, 409, "duplicate");
  EXPECT_EQ(errorFields(problem), std::vector<std::string>{"attributes"});
  // Decomposed and composed accents are one value (NFC).
  createVariant(panId, R"({"sku": "PAN-CREME", "attributes": {"color": "cr\u00e8me"}})");
  problem = expectProblem(
      postVariant(panId, R"({"sku": "PAN-CREME-2", "attributes": {"color": "cre\u0300me"}})"), 409,
      "duplicate");
  EXPECT_EQ(errorFields(problem), std::vector<std::string>{"attributes"});

  // A SKU is unique across products and variants.
  for (const std::string sku : {"PAN", "MUG", "PAN-RED-M", "pan-red-m"}) {
    SCOPED_TRACE(sku);
    problem = expectProblem(
        postVariant(panId, R"({"sku": ")" + sku + R"(", "attributes": {"color": "blue"}})"), 409,
        "duplicate");
    EXPECT_EQ(errorFields(problem), std::vector<std::string>{"sku"});
  }
  problem =
      expectProblem(owner_->post("/api/v1/products", productBody("PAN-RED-M")), 409, "duplicate");
  EXPECT_EQ(errorFields(problem), std::vector<std::string>{"sku"});

  // Another product may have a variant with the same attributes.
  createVariant(mugId, R"({"sku": "MUG-RED-M", "attributes": {"color": "red", "size": "M"}})");
  // Changing a variant onto a taken combination is the same conflict.
  const auto blue = createVariant(
      panId, R"({"sku": "PAN-BLUE-M", "attributes": {"color": "blue", "size": "M"}})");
  problem = expectProblem(
      owner_->request("PATCH", "/api/v1/products/" + str(blue, "id"),
                      R"({"attributes": {"color": "red", "size": "M"}})", {{"If-Match", "\"1\""}}),
      409, "duplicate");
  EXPECT_EQ(errorFields(problem), std::vector<std::string>{"attributes"});
  EXPECT_EQ(itemIds(owner_->get("/api/v1/products/" + panId + "/variants").json()).size(), 3u);
}

TEST_F(ProductVariantsTest, AVariantOfAVariantIsRefused) {
  const std::string panId = str(createPan(), "id");
  const auto red = createVariant(panId, R"({"sku": "PAN-RED", "attributes": {"color": "red"}})");
  const auto problem = expectProblem(
      postVariant(str(red, "id"), R"({"sku": "PAN-RED-XL", "attributes": {"size": "XL"}})"), 422,
      "variant_of_variant");
  EXPECT_NE(str(problem, "detail").find(panId), std::string::npos) << str(problem, "detail");
  expectProblem(postVariant("424242", R"({"sku": "X-1", "attributes": {"size": "XL"}})"), 404,
                "not_found");
  EXPECT_EQ(productIds(*owner_).size(), 2u);
}

TEST_F(ProductVariantsTest, AProductWithVariantsCannotBeDeleted) {
  const std::string panId = str(createPan(), "id");
  const auto red = createVariant(panId, R"({"sku": "PAN-RED", "attributes": {"color": "red"}})");
  const auto problem = expectProblem(
      owner_->request("DELETE", "/api/v1/products/" + panId, "", {{"If-Match", "\"1\""}}), 409,
      "has_variants");
  EXPECT_NE(str(problem, "detail").find("PAN-RED"), std::string::npos) << str(problem, "detail");
  EXPECT_EQ(owner_->get("/api/v1/products/" + panId).status, 200);

  // If-Match guards a variant like any product.
  const std::string redPath = "/api/v1/products/" + str(red, "id");
  expectProblem(owner_->request("DELETE", redPath, ""), 428, "if_match_required");
  expectProblem(owner_->request("DELETE", redPath, "", {{"If-Match", "\"2\""}}), 412,
                "version_mismatch");
  ASSERT_EQ(owner_->request("DELETE", redPath, "", {{"If-Match", "\"1\""}}).status, 204);
  ASSERT_EQ(
      owner_->request("DELETE", "/api/v1/products/" + panId, "", {{"If-Match", "\"1\""}}).status,
      204);
  EXPECT_TRUE(productIds(*owner_).empty());
}

TEST_F(ProductVariantsTest, IfMatchGuardsChangesToAVariant) {
  const std::string panId = str(createPan(), "id");
  const auto red = createVariant(panId, R"({"sku": "PAN-RED", "attributes": {"color": "red"}})");
  const std::string path = "/api/v1/products/" + str(red, "id");
  expectProblem(owner_->request("PATCH", path, R"({"weight_grams": 1})"), 428, "if_match_required");
  expectProblem(owner_->request("PATCH", path, R"({"weight_grams": 1})", {{"If-Match", "\"9\""}}),
                412, "version_mismatch");
  const auto patched = owner_->request("PATCH", path, R"({"attributes": {"color": "dark red"}})",
                                       {{"If-Match", "\"1\""}});
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(patched.header("ETag"), "\"2\"");
  EXPECT_EQ(toJson(patched.json()->getObject("attributes")), R"({"color":"dark red"})");
  EXPECT_EQ(str(patched.json(), "weight_grams"), "2300");
}

TEST_F(ProductVariantsTest, TranslationsRoundTripAndLocaliseReads) {
  const auto pan = createPan();
  const std::string path = "/api/v1/products/" + str(pan, "id");
  EXPECT_EQ(
      toJson(pan->getObject("names")),
      R"({"de":"Gusseisenpfanne","de-CH":"Bratpfanne","en":"Cast iron pan","ja":"鉄のフライパン"})");
  EXPECT_EQ(toJson(pan->getObject("descriptions")), R"({"de":"Vorgewürzt","en":"Pre-seasoned"})");
  EXPECT_EQ(str(pan, "name"), "Cast iron pan") << "name stays the default language's";

  const auto german = owner_->get(path + "?language=de").json();
  EXPECT_EQ(str(german, "name"), "Gusseisenpfanne");
  EXPECT_EQ(str(german, "description"), "Vorgewürzt");
  EXPECT_EQ(str(german, "name_language"), "de");
  const auto swiss = owner_->get(path + "?language=de-CH").json();
  EXPECT_EQ(str(swiss, "name"), "Bratpfanne");
  EXPECT_EQ(str(swiss, "description"), "Vorgewürzt") << "no Swiss description: the German one";
  const auto french = owner_->get(path + "?language=fr").json();
  EXPECT_EQ(str(french, "name"), "Cast iron pan");
  EXPECT_EQ(str(french, "name_language"), "en");
  const auto list = owner_->get("/api/v1/products?language=ja").json();
  EXPECT_EQ(str(list->getArray("items")->getObject(0), "name"), "鉄のフライパン");
  const auto bad = expectProblem(owner_->get(path + "?language=german"), 400, "validation_failed");
  EXPECT_EQ(errorFields(bad), std::vector<std::string>{"language"});

  // Remove one language, add another, and make German the default: every text is kept.
  auto patched = owner_->request(
      "PATCH", path, R"({"names": {"ja": null, "FR": "Poêle en fonte"}, "default_language": "de"})",
      {{"If-Match", "\"1\""}});
  ASSERT_EQ(patched.status, 200) << patched.body;
  auto after = patched.json();
  EXPECT_EQ(str(after, "default_language"), "de");
  EXPECT_EQ(str(after, "name"), "Gusseisenpfanne");
  EXPECT_EQ(str(after, "description"), "Vorgewürzt");
  EXPECT_EQ(
      toJson(after->getObject("names")),
      R"({"de":"Gusseisenpfanne","de-CH":"Bratpfanne","en":"Cast iron pan","fr":"Poêle en fonte"})");
  EXPECT_EQ(owner_->get(path).body, patched.body);
  EXPECT_EQ(str(owner_->get(path + "?language=en").json(), "name"), "Cast iron pan");

  // A default language the product has no name in needs one.
  const auto noName = expectProblem(
      owner_->request("PATCH", path, R"({"default_language": "it"})", {{"If-Match", "\"2\""}}), 400,
      "validation_failed");
  EXPECT_EQ(errorCodes(noName)["default_language"], "no_name");

  // A variant uses the product's texts until it has its own.
  const auto red =
      createVariant(str(pan, "id"), R"({"sku": "PAN-RED", "attributes": {"color": "red"},
      "name": "Rote Pfanne", "names": {"en": "Red pan"}})");
  EXPECT_EQ(str(red, "name"), "Rote Pfanne") << "the product's default language is German now";
  EXPECT_EQ(str(owner_->get("/api/v1/products/" + str(red, "id") + "?language=en").json(), "name"),
            "Red pan");
  EXPECT_EQ(str(owner_->get("/api/v1/products/" + str(red, "id") + "?language=fr").json(), "name"),
            "Rote Pfanne");
}

TEST_F(ProductVariantsTest, BadInputListsEveryFieldError) {
  const std::string panId = str(createPan(), "id");
  const auto before = productIds(*owner_);
  auto problem = expectProblem(
      postVariant(panId, R"({"sku": "bad sku", "attributes": {"colour!": "red", "size": ""},
          "names": {"english": "Pan"}, "default_language": "de", "tax_class": "luxury",
          "dimensions_mm": {"length": 0, "width": 10}, "customs_description": "Poêle",
          "weight_grams": -1, "hs_code": "12", "origin_country": "XX", "parent_id": "1",
          "extra": true})"),
      400, "validation_failed");
  EXPECT_EQ(errorCodes(problem),
            (std::map<std::string, std::string>{{"sku", "invalid_format"},
                                                {"attributes/colour!", "invalid_name"},
                                                {"attributes/size", "required"},
                                                {"names/english", "invalid_language"},
                                                {"default_language", "inherited"},
                                                {"tax_class", "invalid_value"},
                                                {"dimensions_mm/length", "out_of_range"},
                                                {"dimensions_mm/height", "required"},
                                                {"customs_description", "invalid_characters"},
                                                {"weight_grams", "out_of_range"},
                                                {"hs_code", "invalid_format"},
                                                {"origin_country", "unknown_country"},
                                                {"parent_id", "read_only"},
                                                {"extra", "unknown_field"}}))
      << problem->getArray("errors")->size();
  EXPECT_EQ(problem->getArray("errors")->size(), 14u);

  problem = expectProblem(postVariant(panId, R"({})"), 400, "validation_failed");
  EXPECT_EQ(errorCodes(problem),
            (std::map<std::string, std::string>{{"sku", "required"}, {"attributes", "required"}}));
  problem = expectProblem(owner_->post("/api/v1/products", R"({"sku": "X", "name": "X",
      "attributes": {"color": "red"}, "default_language": "xx", "names": {"de": 5}})"),
                          400, "validation_failed");
  EXPECT_EQ(errorCodes(problem),
            (std::map<std::string, std::string>{{"attributes", "not_allowed"},
                                                {"default_language", "invalid_language"},
                                                {"names/de", "invalid_type"}}));
  EXPECT_EQ(productIds(*owner_), before) << "nothing was written";
}

TEST_F(ProductVariantsTest, SalesReadsVariantsButDoesNotMakeThem) {
  const std::string panId = str(createPan(), "id");
  createVariant(panId, R"({"sku": "PAN-RED", "attributes": {"color": "red"}})");
  auto sales = client(keyFor("Acme", "sales"));
  EXPECT_EQ(sales->get("/api/v1/products/" + panId + "/variants").status, 200);
  const auto problem =
      expectProblem(sales->post("/api/v1/products/" + panId + "/variants",
                                R"({"sku": "PAN-BLUE", "attributes": {"color": "blue"}})"),
                    403, "forbidden");
  EXPECT_NE(str(problem, "detail").find("catalog.products.write"), std::string::npos);
  // Another tenant's owner does not find the product at all.
  auto other = client(keyFor("Other", "owner"));
  expectProblem(other->post("/api/v1/products/" + panId + "/variants",
                            R"({"sku": "PAN-BLUE", "attributes": {"color": "blue"}})"),
                404, "not_found");
  expectProblem(other->get("/api/v1/products/" + panId + "/variants"), 404, "not_found");
  EXPECT_TRUE(itemIds(other->get("/api/v1/products?parent_id=" + panId).json()).empty());
}

}  // namespace
}  // namespace caravan::testing
