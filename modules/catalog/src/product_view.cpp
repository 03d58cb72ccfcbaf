#include "product_view.hpp"

#include "product_texts.hpp"

namespace caravan::catalog {

namespace {

template <typename T>
void inherit(std::optional<T>& own, const std::optional<T>& parents, const char* field,
             std::vector<std::string>& inherited) {
  if (!own && parents) {
    own = parents;
    inherited.push_back(field);
  }
}

JsonObject textsJson(const Texts& texts) {
  auto object = makeObject();
  for (const auto& [language, text] : texts)
    object->set(language, text);
  return object;
}

}  // namespace

ProductView resolve(const Product& product, const Product* parent) {
  ProductView view{product, {}};
  Product& own = view.product;
  if (!parent || !product.parentId) {
    if (!own.taxClass)
      own.taxClass = "standard";
    return view;
  }
  own.defaultLanguage = parent->defaultLanguage;
  if (own.name.empty()) {
    own.name = parent->name;
    own.names = parent->names;
    view.inherited.push_back("name");
    view.inherited.push_back("names");
  }
  if (!own.description && own.descriptions.empty() &&
      (parent->description || !parent->descriptions.empty())) {
    own.description = parent->description;
    own.descriptions = parent->descriptions;
    view.inherited.push_back("description");
    view.inherited.push_back("descriptions");
  }
  inherit(own.hsCode, parent->hsCode, "hs_code", view.inherited);
  inherit(own.originCountry, parent->originCountry, "origin_country", view.inherited);
  inherit(own.weightGrams, parent->weightGrams, "weight_grams", view.inherited);
  inherit(own.dimensionsMm, parent->dimensionsMm, "dimensions_mm", view.inherited);
  inherit(own.customsDescription, parent->customsDescription, "customs_description",
          view.inherited);
  inherit(own.taxClass, parent->taxClass, "tax_class", view.inherited);
  if (!own.taxClass)
    own.taxClass = "standard";
  return view;
}

JsonObject attributesJson(const std::map<std::string, std::string>& attributes) {
  auto object = makeObject();
  for (const auto& [name, value] : attributes)
    object->set(name, value);
  return object;
}

JsonObject productJson(const ProductView& view, const RenderOptions& options) {
  const Product& product = view.product;
  auto body = makeObject();
  auto optional = [&](const char* key, const auto& value) {
    if (value) {
      body->set(key, *value);
    } else {
      body->set(key, Poco::Dynamic::Var());
    }
  };
  const Localized name =
      localize(product.name, product.names, product.defaultLanguage, options.language);
  const Localized description = localize(product.description, product.descriptions,
                                         product.defaultLanguage, options.language);
  body->set("id", std::to_string(product.id));
  body->set("sku", product.sku);
  body->set("name", name.text.value_or(""));
  optional("description", description.text);
  optional("hs_code", product.hsCode);
  optional("origin_country", product.originCountry);
  optional("weight_grams", product.weightGrams);
  if (product.dimensionsMm) {
    auto dimensions = makeObject();
    dimensions->set("length", product.dimensionsMm->lengthMm);
    dimensions->set("width", product.dimensionsMm->widthMm);
    dimensions->set("height", product.dimensionsMm->heightMm);
    body->set("dimensions_mm", dimensions);
  } else {
    body->set("dimensions_mm", Poco::Dynamic::Var());
  }
  optional("customs_description", product.customsDescription);
  body->set("tax_class", product.taxClass.value_or("standard"));
  body->set("default_language", product.defaultLanguage);
  if (!options.language.empty())
    body->set("name_language", name.language);
  body->set("names", textsJson(allTexts(product.name, product.names, product.defaultLanguage)));
  body->set("descriptions", textsJson(allTexts(product.description, product.descriptions,
                                               product.defaultLanguage)));
  if (product.parentId) {
    body->set("parent_id", std::to_string(*product.parentId));
    body->set("attributes", attributesJson(product.attributes));
    body->set("inherited", stringArray(view.inherited));
  } else {
    body->set("parent_id", Poco::Dynamic::Var());
    body->set("attributes", Poco::Dynamic::Var());
  }
  if (options.variants) {
    auto variants = makeArray();
    for (const auto& variant : *options.variants) {
      auto summary = makeObject();
      summary->set("id", std::to_string(variant.id));
      summary->set("sku", variant.sku);
      summary->set("attributes", attributesJson(variant.attributes));
      variants->add(summary);
    }
    body->set("variants", variants);
  }
  body->set("version", product.version);
  body->set("created_at", product.createdAt);
  body->set("updated_at", product.updatedAt);
  return body;
}

}  // namespace caravan::catalog
