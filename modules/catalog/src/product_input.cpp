#include "product_input.hpp"

#include <limits>

#include "language_tags.hpp"
#include "product_rules.hpp"
#include "product_texts.hpp"
#include "variant_attributes.hpp"

namespace caravan::catalog {

namespace {

constexpr std::size_t kMaxLanguages = 100;
constexpr std::size_t kMaxNameLength = 255;
constexpr std::size_t kMaxDescriptionLength = 10000;

std::vector<std::string> namesOf(const JsonObject& object) {
  std::vector<std::string> names;
  object->getNames(names);
  return names;
}

/// Reads one body field into a product, collecting problems in one reader.
class InputReader {
 public:
  InputReader(const JsonObject& body, Product& product, ProductInput kind)
      : raw_(new Poco::JSON::Object(*body)),
        product_(product),
        variant_(product.parentId.has_value()),
        create_(kind != ProductInput::kChange),
        in_(refuseFixed(raw_)) {}

  std::vector<std::string> read() {
    text("sku", product_.sku);
    if (variant_)
      attributes();
    texts();
    optionalText("hs_code", product_.hsCode, {.minLength = 1, .maxLength = 20});
    optionalText("origin_country", product_.originCountry, {.minLength = 2, .maxLength = 2});
    weight();
    dimensions();
    optionalText("customs_description", product_.customsDescription,
                 {.minLength = 1, .maxLength = 255});
    taxClass();
    checkValues();
    for (const auto& error : refused_)
      in_.addError(error.field, error.code, error.message);
    in_.finish();
    return changed_;
  }

 private:
  /// Fields a body may not set here are reported once, by name, and taken out of what the reader
  /// sees (it would call them unknown as well).
  JsonObject refuseFixed(JsonObject raw) {
    auto refuse = [&](const char* key, const char* code, const char* message) {
      if (raw->has(key)) {
        refused_.push_back({key, code, message});
        raw->remove(key);
      }
    };
    refuse("parent_id", "read_only",
           "a variant is made with POST /api/v1/products/{id}/variants and keeps its product");
    if (variant_) {
      refuse("default_language", "inherited",
             "a variant uses the default language of its product; set it there");
    } else {
      refuse("attributes", "not_allowed",
             "only a variant has attributes; make one with POST /api/v1/products/{id}/variants");
    }
    return raw;
  }

  void text(const char* key, std::string& target) {
    if (create_) {
      target = in_.requiredString(key, {.minLength = 1, .maxLength = 64});
      changed_.push_back(key);
    } else if (in_.has(key)) {
      if (auto value = in_.optionalString(key, {.minLength = 1, .maxLength = 64}))
        target = *value;
      changed_.push_back(key);
    } else if (in_.isNullGiven(key)) {
      in_.addError(key, "required", "cannot be cleared");
    }
  }

  template <typename T>
  bool clearOrRead(const char* key, std::optional<T>& target) {
    if (in_.isNullGiven(key)) {
      target.reset();
      changed_.push_back(key);
      return false;
    }
    if (in_.has(key)) {
      changed_.push_back(key);
      return true;
    }
    return false;
  }

  void optionalText(const char* key, std::optional<std::string>& target, StringRule rule) {
    if (clearOrRead(key, target)) {
      target = in_.optionalString(key, rule);
    } else {
      in_.optionalString(key, rule);  // absent: mark read
    }
  }

  void weight() {
    if (clearOrRead("weight_grams", product_.weightGrams)) {
      product_.weightGrams = in_.optionalInt("weight_grams", 0, 10'000'000);
    } else {
      in_.optionalInt("weight_grams", 0, 10'000'000);
    }
  }

  void dimensions() {
    if (!clearOrRead("dimensions_mm", product_.dimensionsMm)) {
      in_.withObject("dimensions_mm", false, [](JsonReader&) {});
      return;
    }
    Dimensions read{1, 1, 1};  // a missing side is reported as missing, not as out of range
    bool complete = true;
    std::vector<FieldError> problems;
    in_.withObject("dimensions_mm", false, [&](JsonReader& sides) {
      const std::pair<const char*, std::int64_t Dimensions::*> fields[] = {
          {"length", &Dimensions::lengthMm},
          {"width", &Dimensions::widthMm},
          {"height", &Dimensions::heightMm}};
      for (const auto& [side, member] : fields) {
        if (!sides.has(side)) {
          sides.isNullGiven(side);
          sides.addError(side, "required", "give length, width and height, or null for none");
          complete = false;
          continue;
        }
        const auto value = sides.optionalInt(side, std::numeric_limits<std::int64_t>::min(),
                                             std::numeric_limits<std::int64_t>::max());
        // A missing or unreadable side is reported above; checkDimensions judges the rest.
        read.*member = value.value_or(1);
        complete = complete && value.has_value();
      }
      problems = checkDimensions(read);
    });
    for (const auto& problem : problems)
      in_.addError(problem.field, problem.code, problem.message);
    product_.dimensionsMm = complete && problems.empty() ? std::optional(read) : std::nullopt;
    if (!raw_->isObject("dimensions_mm"))
      product_.dimensionsMm.reset();
  }

  void taxClass() {
    if (in_.isNullGiven("tax_class")) {
      if (variant_) {
        product_.taxClass.reset();
        changed_.push_back("tax_class");
      } else {
        in_.addError("tax_class", "required", "cannot be cleared (\"standard\" is the default)");
      }
      return;
    }
    if (auto value = in_.optionalString("tax_class", {.minLength = 1, .maxLength = 16})) {
      if (auto error = checkTaxClass(*value)) {
        in_.addError(error->field, error->code, error->message);
      } else {
        product_.taxClass = *value;
      }
      changed_.push_back("tax_class");
    }
  }

  void attributes() {
    if (in_.isNullGiven("attributes")) {
      in_.addError("attributes", "required", "a variant needs at least one attribute");
      return;
    }
    if (!create_ && !in_.has("attributes")) {
      in_.withObject("attributes", false, [](JsonReader&) {});
      return;
    }
    changed_.push_back("attributes");
    std::map<std::string, std::string> read;
    bool good = true;
    const bool present = in_.withObject("attributes", true, [&](JsonReader& values) {
      const auto given = namesOf(raw_->getObject("attributes"));
      if (given.empty()) {
        in_.addError("attributes", "required", "must name at least one attribute");
        good = false;
      } else if (given.size() > kMaxAttributes) {
        in_.addError("attributes", "too_many",
                     "must have at most " + std::to_string(kMaxAttributes) + " attributes");
        good = false;
      }
      for (const auto& key : given) {
        auto value = values.requiredString(key, {.minLength = 1, .maxLength = 1000});
        const auto name = canonicalAttributeName(key);
        if (!name) {
          values.addError(key, "invalid_name",
                          "attribute names are 1 to 32 of a-z 0-9 _ - starting with a letter");
          good = false;
          continue;
        }
        if (value.empty()) {
          good = false;
          continue;
        }
        if (auto error = canonicalAttributeValue(key, value)) {
          values.addError(error->field, error->code, error->message);
          good = false;
          continue;
        }
        if (!read.emplace(*name, value).second) {
          values.addError(key, "duplicate", "names the same attribute as another key: " + *name);
          good = false;
        }
      }
    });
    if (present && good)
      product_.attributes = std::move(read);
  }

  /// Reads `key` ("names" or "descriptions"): an object of language -> text (null removes that
  /// language), or null to keep only the default language's text.
  void textMap(const char* key, Texts& all, const std::string& language, std::size_t maxLength,
               std::map<std::string, std::string>& set) {
    if (in_.isNullGiven(key)) {
      std::erase_if(all, [&](const auto& entry) { return entry.first != language; });
      changed_.push_back(key);
      return;
    }
    if (!in_.has(key)) {
      in_.withObject(key, false, [](JsonReader&) {});
      return;
    }
    changed_.push_back(key);
    in_.withObject(key, false, [&](JsonReader& texts) {
      const auto given = namesOf(raw_->getObject(key));
      if (given.size() > kMaxLanguages) {
        in_.addError(key, "too_many",
                     "must have at most " + std::to_string(kMaxLanguages) + " languages");
      }
      for (const auto& tag : given) {
        const auto canonical = canonicalLanguage(tag);
        const bool removed = texts.isNullGiven(tag);
        std::optional<std::string> text;
        if (!removed)
          text = texts.optionalString(tag, {.minLength = 1, .maxLength = maxLength});
        if (!canonical) {
          texts.addError(tag, "invalid_language",
                         "must be a language tag such as \"de\" or \"pt-BR\"");
          continue;
        }
        if (removed) {
          all.erase(*canonical);
        } else if (text) {
          all[*canonical] = *text;
          set[*canonical] = *text;
        }
      }
    });
  }

  void texts() {
    const std::string before = product_.defaultLanguage;
    std::string language = before;
    bool languageGiven = false;
    if (!variant_) {
      if (in_.isNullGiven("default_language")) {
        in_.addError("default_language", "required", "cannot be cleared");
      } else if (auto tag =
                     in_.optionalString("default_language", {.minLength = 2, .maxLength = 12})) {
        languageGiven = true;
        changed_.push_back("default_language");
        if (auto canonical = canonicalLanguage(*tag)) {
          language = *canonical;
        } else {
          in_.addError("default_language", "invalid_language",
                       "must be a language tag such as \"en\", \"de\" or \"pt-BR\"");
        }
      }
    }

    Texts names = allTexts(product_.name.empty() ? std::nullopt : std::optional(product_.name),
                           product_.names, before);
    Texts descriptions = allTexts(product_.description, product_.descriptions, before);

    // name and description speak for the default language, names and descriptions for any.
    bool nameProblem = false;
    std::optional<std::string> nameInput;
    if (in_.isNullGiven("name")) {
      if (variant_) {
        names.clear();  // the variant uses its product's names again
        changed_.push_back("name");
      } else {
        in_.addError("name", "required", "cannot be cleared");
        nameProblem = true;
      }
    } else if (in_.has("name")) {
      nameInput = in_.optionalString("name", {.minLength = 1, .maxLength = kMaxNameLength});
      if (nameInput) {
        names[language] = *nameInput;
      } else {
        nameProblem = true;
      }
      changed_.push_back("name");
    } else {
      in_.optionalString("name");  // absent: mark read
      if (create_ && !variant_)
        changed_.push_back("name");
    }
    std::map<std::string, std::string> namesSet;
    textMap("names", names, language, kMaxNameLength, namesSet);
    if (auto clash = namesSet.find(language);
        clash != namesSet.end() && nameInput && clash->second != *nameInput) {
      in_.addError("names/" + language, "conflict",
                   "differs from name, which is the text in the default language");
    }

    if (in_.isNullGiven("description")) {
      descriptions.erase(language);
      changed_.push_back("description");
    } else if (in_.has("description")) {
      if (auto description = in_.optionalString(
              "description", {.minLength = 0, .maxLength = kMaxDescriptionLength})) {
        descriptions[language] = *description;
      }
      changed_.push_back("description");
    } else {
      in_.optionalString("description");
    }
    std::map<std::string, std::string> descriptionsSet;
    textMap("descriptions", descriptions, language, kMaxDescriptionLength, descriptionsSet);

    if (!variant_ && !names.count(language) && !nameProblem) {
      if (languageGiven && !create_ && language != before) {
        in_.addError("default_language", "no_name",
                     "the product has no name in " + language + "; give one in name or names");
      } else {
        in_.addError("name", "required", create_ ? "is required" : "cannot be cleared");
      }
    }
    if (variant_ && !names.empty() && !names.count(language)) {
      in_.addError("names", "default_language_missing",
                   "a variant with names of its own needs one in " + language +
                       ", its product's default language (or none, to use the product's)");
    }

    const SplitTexts splitNames = splitTexts(names, language);
    product_.name = splitNames.defaultText.value_or("");
    product_.names = splitNames.others;
    const SplitTexts splitDescriptions = splitTexts(descriptions, language);
    product_.description = splitDescriptions.defaultText;
    product_.descriptions = splitDescriptions.others;
    product_.defaultLanguage = language;
  }

  void checkValues() {
    const auto report = [&](const std::optional<FieldError>& error) {
      if (error)
        in_.addError(error->field, error->code, error->message);
    };
    if (!product_.sku.empty())
      report(checkSku(product_.sku));
    if (product_.hsCode) {
      if (auto error = checkHsCode(*product_.hsCode)) {
        report(error);
      } else {
        product_.hsCode = normalizeHsCode(*product_.hsCode);
      }
    }
    if (product_.originCountry)
      report(checkCountry("origin_country", *product_.originCountry));
    if (product_.customsDescription)
      report(checkCustomsDescription(*product_.customsDescription));
  }

  JsonObject raw_;
  Product& product_;
  bool variant_;
  bool create_;
  std::vector<FieldError> refused_;
  JsonReader in_;
  std::vector<std::string> changed_;
};

}  // namespace

std::vector<std::string> readProductInput(const JsonObject& body, Product& product,
                                          ProductInput kind) {
  // Nothing changes unless all of the body is good.
  Product working = product;
  auto changed = InputReader(body, working, kind).read();
  product = std::move(working);
  return changed;
}

}  // namespace caravan::catalog
