#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <caravan/platform/errors.hpp>
#include <caravan/platform/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace caravan {
namespace {

using ::testing::UnorderedElementsAre;

/// The (field, code) pairs of a ValidationError, for compact assertions.
std::vector<std::pair<std::string, std::string>> fieldCodes(const ApiError& error) {
  std::vector<std::pair<std::string, std::string>> pairs;
  for (const auto& field : error.fieldErrors())
    pairs.emplace_back(field.field, field.code);
  return pairs;
}

/// Runs `read` on a reader over `body`, calls finish(), and returns the field errors it threw
/// (empty when finish() passed).
template <typename Read>
std::vector<std::pair<std::string, std::string>> errorsOf(const std::string& body, Read read) {
  JsonReader in(parseJsonObject(body));
  read(in);
  try {
    in.finish();
  } catch (const ValidationError& e) {
    EXPECT_EQ(e.status(), 400);
    EXPECT_EQ(e.code(), "validation_failed");
    return fieldCodes(e);
  }
  return {};
}

using Errors = std::vector<std::pair<std::string, std::string>>;

// --- parseJsonObject -----------------------------------------------------------------------

TEST(ParseJsonObject, ReadsAnObjectKeepingItsKeyOrder) {
  auto object = parseJsonObject(R"({"b": 1, "a": "x", "c": true})");
  std::vector<std::string> names;
  object->getNames(names);
  EXPECT_EQ(names, (std::vector<std::string>{"b", "a", "c"}));
  EXPECT_EQ(object->getValue<std::string>("a"), "x");
}

TEST(ParseJsonObject, AnEmptyBodyIsMalformedJson) {
  try {
    parseJsonObject("");
    FAIL() << "an empty body must be rejected";
  } catch (const BadRequest& e) {
    EXPECT_EQ(e.status(), 400);
    EXPECT_EQ(e.code(), "malformed_json");
  }
}

TEST(ParseJsonObject, MalformedJsonIsABadRequestWithCodeMalformedJson) {
  for (const char* body : {R"({"sku": )", "{sku: 1}", R"({"a": 1,})", "not json", "{"}) {
    try {
      parseJsonObject(body);
      ADD_FAILURE() << "accepted " << body;
    } catch (const BadRequest& e) {
      EXPECT_EQ(e.status(), 400) << body;
      EXPECT_EQ(e.code(), "malformed_json") << body;
    }
  }
}

TEST(ParseJsonObject, AnArrayAtTopLevelIsAValidationError) {
  for (const char* body : {"[1, 2]", "[]", R"([{"sku": "A"}])"}) {
    try {
      parseJsonObject(body);
      ADD_FAILURE() << "accepted " << body;
    } catch (const BadRequest&) {
      ADD_FAILURE() << "well-formed JSON reported as malformed: " << body;
    } catch (const ValidationError& e) {
      EXPECT_EQ(e.status(), 400);
      ASSERT_EQ(e.fieldErrors().size(), 1u);
      EXPECT_EQ(e.fieldErrors()[0].code, "invalid_type");
    }
  }
}

TEST(ParseJsonObject, AScalarAtTopLevelIsAValidationErrorNotMalformedJson) {
  // RFC 8259 JSON texts may be scalars; json.hpp promises "any other top-level value a
  // ValidationError". Poco 1.11's ParseHandler throws "Attempt to set value on an empty stack"
  // for them, which parseJsonObject currently reports as malformed_json.
  for (const char* body : {"42", R"("text")", "null", "true"}) {
    try {
      parseJsonObject(body);
      ADD_FAILURE() << "accepted " << body;
    } catch (const BadRequest& e) {
      ADD_FAILURE() << "well-formed JSON reported as malformed: " << body << " (" << e.what()
                    << ")";
    } catch (const ValidationError& e) {
      ASSERT_EQ(e.fieldErrors().size(), 1u);
      EXPECT_EQ(e.fieldErrors()[0].code, "invalid_type");
    }
  }
}

// --- strings -------------------------------------------------------------------------------

TEST(JsonReader, CollectsEveryErrorInOneValidationError) {
  const auto errors = errorsOf(
      R"({"name": 5, "count": "x", "active": "yes", "price": 1.5, "extra": 1})", [](auto& in) {
        in.requiredString("sku");
        in.requiredString("name");
        in.optionalInt("count", 0, 10);
        in.optionalBool("active");
        in.optionalDecimal("price", 2);
      });
  EXPECT_THAT(errors, UnorderedElementsAre(Errors::value_type{"sku", "required"},
                                           Errors::value_type{"name", "invalid_type"},
                                           Errors::value_type{"count", "invalid_type"},
                                           Errors::value_type{"active", "invalid_type"},
                                           Errors::value_type{"price", "invalid_type"},
                                           Errors::value_type{"extra", "unknown_field"}));
}

TEST(JsonReader, FinishPassesWhenEveryFieldIsValidAndRead) {
  JsonReader in(parseJsonObject(R"({"sku": "A-1", "qty": 3, "gift": false})"));
  EXPECT_EQ(in.requiredString("sku"), "A-1");
  EXPECT_EQ(in.optionalInt("qty", 1, 10), 3);
  EXPECT_EQ(in.optionalBool("gift"), false);
  EXPECT_TRUE(in.ok());
  EXPECT_NO_THROW(in.finish());
}

TEST(JsonReader, AMissingRequiredStringIsReportedAsRequired) {
  EXPECT_EQ(errorsOf("{}", [](auto& in) { EXPECT_EQ(in.requiredString("sku"), ""); }),
            (Errors{{"sku", "required"}}));
  EXPECT_EQ(errorsOf(R"({"sku": null})", [](auto& in) { in.requiredString("sku"); }),
            (Errors{{"sku", "required"}}));
  EXPECT_EQ(errorsOf(R"({"sku": "   "})", [](auto& in) { in.requiredString("sku"); }),
            (Errors{{"sku", "required"}}))
      << "blank after trimming counts as missing";
}

TEST(JsonReader, AStringOfTheWrongTypeIsInvalidType) {
  for (const char* body :
       {R"({"name": 1})", R"({"name": true})", R"({"name": []})", R"({"name": {}})"}) {
    EXPECT_EQ(errorsOf(body, [](auto& in) { in.optionalString("name"); }),
              (Errors{{"name", "invalid_type"}}))
        << body;
  }
}

TEST(JsonReader, StringLengthCountsCodePointsNotBytes) {
  const StringRule rule{.minLength = 0, .maxLength = 3};
  JsonReader ok(parseJsonObject(R"({"name": "ééé"})"));
  EXPECT_EQ(ok.optionalString("name", rule), "ééé");
  EXPECT_NO_THROW(ok.finish());

  EXPECT_EQ(errorsOf(R"({"name": "éééé"})", [&](auto& in) { in.optionalString("name", rule); }),
            (Errors{{"name", "too_long"}}));
  EXPECT_EQ(errorsOf(R"({"name": "日本語"})", [&](auto& in) { in.optionalString("name", rule); }),
            Errors{});
  EXPECT_EQ(errorsOf(R"({"name": "abcd"})", [&](auto& in) { in.optionalString("name", rule); }),
            (Errors{{"name", "too_long"}}));
}

TEST(JsonReader, StringsShorterThanTheMinimumAreTooShort) {
  const StringRule rule{.minLength = 3, .maxLength = 10};
  EXPECT_EQ(errorsOf(R"({"code": "ab"})", [&](auto& in) { in.optionalString("code", rule); }),
            (Errors{{"code", "too_short"}}));
  EXPECT_EQ(errorsOf(R"({"code": "éé€"})", [&](auto& in) { in.optionalString("code", rule); }),
            Errors{});
}

TEST(JsonReader, TrimsSurroundingWhitespaceUnlessToldNotTo) {
  JsonReader in(parseJsonObject(R"({"a": "  hello \t\n", "b": "  hello  "})"));
  EXPECT_EQ(in.requiredString("a"), "hello");
  EXPECT_EQ(in.optionalString("b", {.trim = false}), "  hello  ");
  EXPECT_NO_THROW(in.finish());
}

TEST(JsonReader, TrimmingHappensBeforeTheLengthCheck) {
  EXPECT_EQ(errorsOf(R"({"a": "   abc   "})",
                     [](auto& in) { EXPECT_EQ(in.optionalString("a", {.maxLength = 3}), "abc"); }),
            Errors{});
}

TEST(JsonReader, InvalidUtf8IsInvalidEncoding) {
  for (const std::string& bad : std::vector<std::string>{
           std::string("ab\xff"), std::string("\xc3"), std::string("\xc3\x28"),
           std::string("\xe2\x82"), std::string("\xc0\xaf"), std::string("\xed\xa0\x80")}) {
    auto object = makeObject();
    object->set("name", bad);
    JsonReader in(object);
    EXPECT_EQ(in.optionalString("name"), std::nullopt);
    try {
      in.finish();
      ADD_FAILURE() << "accepted invalid UTF-8";
    } catch (const ValidationError& e) {
      EXPECT_EQ(fieldCodes(e), (Errors{{"name", "invalid_encoding"}}));
    }
  }
  auto object = makeObject();
  object->set("name", std::string("caf\xc3\xa9 \xf0\x9f\x9a\x9a"));
  JsonReader in(object);
  EXPECT_EQ(in.optionalString("name"), "caf\xc3\xa9 \xf0\x9f\x9a\x9a");
  EXPECT_NO_THROW(in.finish());
}

TEST(JsonReader, FieldsThatWereNeverReadAreUnknownFields) {
  EXPECT_EQ(errorsOf(R"({"sku": "A", "skew": "B", "qty": null})",
                     [](auto& in) { in.requiredString("sku"); }),
            (Errors{{"skew", "unknown_field"}, {"qty", "unknown_field"}}));
}

TEST(JsonReader, OptionalFieldsThatAreAbsentOrNullGiveNothingAndNoError) {
  JsonReader in(parseJsonObject(R"({"note": null})"));
  EXPECT_EQ(in.optionalString("note"), std::nullopt);
  EXPECT_EQ(in.optionalString("absent"), std::nullopt);
  EXPECT_EQ(in.optionalInt("count", 0, 1), std::nullopt);
  EXPECT_EQ(in.optionalBool("flag"), std::nullopt);
  EXPECT_EQ(in.optionalDecimal("price", 2), std::nullopt);
  EXPECT_NO_THROW(in.finish());
}

TEST(JsonReader, AddErrorIsReportedWithTheOthers) {
  EXPECT_EQ(errorsOf(R"({"a": "x"})",
                     [](auto& in) {
                       in.requiredString("a");
                       in.addError("a", "taken", "is already used");
                       EXPECT_FALSE(in.ok());
                     }),
            (Errors{{"a", "taken"}}));
}

// --- integers and booleans -----------------------------------------------------------------

TEST(JsonReader, OptionalIntAcceptsWholeNumbersInRange) {
  JsonReader in(parseJsonObject(R"({"a": 0, "b": 10000, "c": -5})"));
  EXPECT_EQ(in.optionalInt("a", 0, 10000), 0);
  EXPECT_EQ(in.optionalInt("b", 0, 10000), 10000);
  EXPECT_EQ(in.optionalInt("c", -10, 10), -5);
  EXPECT_NO_THROW(in.finish());
}

TEST(JsonReader, OptionalIntOutsideTheRangeIsOutOfRange) {
  EXPECT_EQ(errorsOf(R"({"a": -1, "b": 10001, "c": 18446744073709551615})",
                     [](auto& in) {
                       in.optionalInt("a", 0, 10000);
                       in.optionalInt("b", 0, 10000);
                       in.optionalInt("c", 0, 10000);
                     }),
            (Errors{{"a", "out_of_range"}, {"b", "out_of_range"}, {"c", "out_of_range"}}));
}

TEST(JsonReader, ABooleanOrFractionOrStringPassedAsAnIntIsInvalidType) {
  EXPECT_EQ(errorsOf(R"({"a": true, "b": false, "c": 1.5, "d": "3"})",
                     [](auto& in) {
                       in.optionalInt("a", 0, 10);
                       in.optionalInt("b", 0, 10);
                       in.optionalInt("c", 0, 10);
                       in.optionalInt("d", 0, 10);
                     }),
            (Errors{{"a", "invalid_type"},
                    {"b", "invalid_type"},
                    {"c", "invalid_type"},
                    {"d", "invalid_type"}}));
}

TEST(JsonReader, RequiredIntMissingIsRequired) {
  EXPECT_EQ(errorsOf("{}", [](auto& in) { EXPECT_EQ(in.requiredInt("qty", 1, 5), 0); }),
            (Errors{{"qty", "required"}}));
  JsonReader in(parseJsonObject(R"({"qty": 4})"));
  EXPECT_EQ(in.requiredInt("qty", 1, 5), 4);
  EXPECT_NO_THROW(in.finish());
}

TEST(JsonReader, OptionalBoolAcceptsOnlyJsonBooleans) {
  JsonReader in(parseJsonObject(R"({"a": true, "b": false})"));
  EXPECT_EQ(in.optionalBool("a"), true);
  EXPECT_EQ(in.optionalBool("b"), false);
  EXPECT_NO_THROW(in.finish());
  EXPECT_EQ(errorsOf(R"({"a": 1, "b": "true"})",
                     [](auto& in) {
                       in.optionalBool("a");
                       in.optionalBool("b");
                     }),
            (Errors{{"a", "invalid_type"}, {"b", "invalid_type"}}));
}

// --- decimals ------------------------------------------------------------------------------

std::optional<std::string> decimal(const std::string& jsonValue, int maxScale = 2) {
  JsonReader in(parseJsonObject(R"({"price": )" + jsonValue + "}"));
  auto value = in.optionalDecimal("price", maxScale);
  in.finish();
  return value;
}

std::string decimalError(const std::string& jsonValue, int maxScale = 2) {
  try {
    decimal(jsonValue, maxScale);
  } catch (const ValidationError& e) {
    EXPECT_EQ(e.fieldErrors().size(), 1u);
    EXPECT_EQ(e.fieldErrors().at(0).field, "price");
    return e.fieldErrors().at(0).code;
  }
  return "(accepted)";
}

TEST(JsonReader, OptionalDecimalAcceptsDecimalStrings) {
  EXPECT_EQ(decimal(R"("12.30")"), "12.30");
  EXPECT_EQ(decimal(R"("-0.5")"), "-0.5");
  EXPECT_EQ(decimal(R"("42")"), "42");
  EXPECT_EQ(decimal(R"("0")"), "0");
  EXPECT_EQ(decimal(R"("0.00")"), "0.00");
}

TEST(JsonReader, OptionalDecimalDropsSuperfluousLeadingZeros) {
  EXPECT_EQ(decimal(R"("007.10")"), "7.10");
  EXPECT_EQ(decimal(R"("000.5")"), "0.5");
  EXPECT_EQ(decimal(R"("-00012")"), "-12");
  EXPECT_EQ(decimal(R"("000")"), "0");
}

TEST(JsonReader, OptionalDecimalRejectsAJsonNumberAsInvalidType) {
  EXPECT_EQ(decimalError("12.3"), "invalid_type");
  EXPECT_EQ(decimalError("12"), "invalid_type");
  EXPECT_EQ(decimalError("true"), "invalid_type");
}

TEST(JsonReader, OptionalDecimalRejectsTextThatIsNotAPlainDecimal) {
  for (const char* text : {R"("1e5")", R"("1.")", R"(".5")", R"("")", R"("-")", R"("+1")",
                           R"(" 1")", R"("1,5")", R"("1.2.3")", R"("abc")", R"("0x10")"}) {
    EXPECT_EQ(decimalError(text), "invalid_decimal") << text;
  }
}

TEST(JsonReader, OptionalDecimalRejectsTooManyFractionDigitsAsTooPrecise) {
  EXPECT_EQ(decimalError(R"("1.234")", 2), "too_precise");
  EXPECT_EQ(decimalError(R"("1.5")", 0), "too_precise");
  EXPECT_EQ(decimal(R"("1.234")", 3), "1.234");
}

TEST(JsonReader, RequiredDecimalMissingIsRequired) {
  EXPECT_EQ(errorsOf("{}", [](auto& in) { in.requiredDecimal("price", 2); }),
            (Errors{{"price", "required"}}));
  JsonReader in(parseJsonObject(R"({"price": "01.50"})"));
  EXPECT_EQ(in.requiredDecimal("price", 2), "1.50");
  EXPECT_NO_THROW(in.finish());
}

// --- nesting -------------------------------------------------------------------------------

TEST(JsonReader, ForEachObjectReportsErrorsUnderNestedPaths) {
  std::vector<std::string> skus;
  const auto errors = errorsOf(
      R"({"lines": [{"sku": "A", "qty": 1}, {"qty": 0}, 5, {"sku": "C", "qty": 2, "colour": "red"}]})",
      [&](auto& in) {
        in.forEachObject("lines", true, 10, [&](JsonReader& line) {
          skus.push_back(line.requiredString("sku"));
          line.requiredInt("qty", 1, 100);
        });
      });
  EXPECT_EQ(errors, (Errors{{"lines/1/sku", "required"},
                            {"lines/1/qty", "out_of_range"},
                            {"lines/2", "invalid_type"},
                            {"lines/3/colour", "unknown_field"}}));
  EXPECT_EQ(skus, (std::vector<std::string>{"A", "", "C"}));
}

TEST(JsonReader, ForEachObjectChecksPresenceTypeAndItemCount) {
  const auto read = [](bool required) {
    return [required](auto& in) { in.forEachObject("lines", required, 2, [](JsonReader&) {}); };
  };
  EXPECT_EQ(errorsOf("{}", read(true)), (Errors{{"lines", "required"}}));
  EXPECT_EQ(errorsOf("{}", read(false)), Errors{});
  EXPECT_EQ(errorsOf(R"({"lines": {}})", read(false)), (Errors{{"lines", "invalid_type"}}));
  EXPECT_EQ(errorsOf(R"({"lines": [{}, {}, {}]})", read(false)), (Errors{{"lines", "too_many"}}));
}

TEST(JsonReader, WithObjectReportsErrorsUnderTheNestedPath) {
  bool called = false;
  const auto errors =
      errorsOf(R"({"address": {"city": "", "zip": 12, "planet": "Mars"}})", [&](auto& in) {
        EXPECT_TRUE(in.withObject("address", true, [&](JsonReader& address) {
          called = true;
          address.requiredString("city");
          address.optionalString("zip");
          address.withObject("geo", true, [](JsonReader&) {});
        }));
      });
  EXPECT_TRUE(called);
  EXPECT_EQ(errors, (Errors{{"address/city", "required"},
                            {"address/zip", "invalid_type"},
                            {"address/geo", "required"},
                            {"address/planet", "unknown_field"}}));
}

TEST(JsonReader, WithObjectReturnsFalseWhenAbsentAndChecksType) {
  EXPECT_EQ(errorsOf("{}",
                     [](auto& in) {
                       EXPECT_FALSE(in.withObject("address", false, [](JsonReader&) {
                         ADD_FAILURE() << "called for an absent object";
                       }));
                     }),
            Errors{});
  EXPECT_EQ(
      errorsOf(R"({"address": "Main St"})",
               [](auto& in) { EXPECT_FALSE(in.withObject("address", false, [](JsonReader&) {})); }),
      (Errors{{"address", "invalid_type"}}));
}

TEST(JsonReader, IsNullGivenTellsAnExplicitNullFromAbsentOrValue) {
  JsonReader in(parseJsonObject(R"({"note": null, "label": "x"})"));
  EXPECT_TRUE(in.isNullGiven("note"));
  EXPECT_FALSE(in.isNullGiven("label"));
  EXPECT_FALSE(in.isNullGiven("absent"));
  EXPECT_FALSE(in.has("note"));
  EXPECT_TRUE(in.has("label"));
  // "note" was read by isNullGiven; "label" was not read (isNullGiven was false).
  try {
    in.finish();
    FAIL() << "label was never read";
  } catch (const ValidationError& e) {
    EXPECT_EQ(fieldCodes(e), (Errors{{"label", "unknown_field"}}));
  }
}

TEST(JsonReader, OptionalStringArrayReadsAndChecksEachItem) {
  JsonReader in(parseJsonObject(R"({"tags": [" red ", "blue"]})"));
  EXPECT_EQ(in.optionalStringArray("tags"), (std::vector<std::string>{"red", "blue"}));
  EXPECT_EQ(in.optionalStringArray("absent"), std::nullopt);
  EXPECT_NO_THROW(in.finish());

  EXPECT_EQ(errorsOf(R"({"tags": ["ok", 3, null, "waytoolong"]})",
                     [](auto& in) { in.optionalStringArray("tags", {.maxLength = 5}); }),
            (Errors{{"tags/1", "invalid_type"}, {"tags/2", "required"}, {"tags/3", "too_long"}}));
  EXPECT_EQ(errorsOf(R"({"tags": "red"})", [](auto& in) { in.optionalStringArray("tags"); }),
            (Errors{{"tags", "invalid_type"}}));
  EXPECT_EQ(errorsOf(R"({"tags": ["a", "b", "c"]})",
                     [](auto& in) { in.optionalStringArray("tags", {}, 2); }),
            (Errors{{"tags", "too_many"}}));
}

// --- formatting ----------------------------------------------------------------------------

TEST(IsoUtc, TurnsADatabaseDatetimeIntoIso8601Utc) {
  EXPECT_EQ(isoUtc("2026-01-31 12:00:00.123456"), "2026-01-31T12:00:00.123456Z");
  EXPECT_EQ(isoUtc("2025-12-01 00:00:00"), "2025-12-01T00:00:00Z");
}

TEST(ToJson, WritesObjectsInInsertionOrder) {
  auto object = makeObject();
  object->set("z", 1);
  object->set("a", "b");
  auto array = makeArray();
  array->add(object);
  EXPECT_EQ(toJson(object), R"({"z":1,"a":"b"})");
  EXPECT_EQ(toJson(array), R"([{"z":1,"a":"b"}])");
}

}  // namespace
}  // namespace caravan
