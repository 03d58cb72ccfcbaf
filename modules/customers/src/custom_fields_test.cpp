#include "custom_fields.hpp"

#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <map>

namespace caravan::customers {
namespace {

JsonObject parse(const std::string& text) {
  Poco::JSON::Parser parser;
  return parser.parse(text).extract<Poco::JSON::Object::Ptr>();
}

std::map<std::string, std::string> codes(const CheckedAttributes& checked) {
  std::map<std::string, std::string> found;
  for (const auto& error : checked.errors)
    found[error.field] = error.code;
  return found;
}

std::vector<FieldDefinition> definitions() {
  std::vector<FieldDefinition> fields(6);
  fields[0].key = "nickname", fields[0].type = "string";
  fields[1].key = "orders_before", fields[1].type = "integer";
  fields[2].key = "credit_limit", fields[2].type = "decimal";
  fields[3].key = "wholesale", fields[3].type = "boolean";
  fields[4].key = "birthday", fields[4].type = "date";
  fields[5].key = "segment", fields[5].type = "enum", fields[5].options = {"retail", "trade"};
  fields[5].required = true;
  return fields;
}

TEST(CheckAttributes, AcceptsValuesOfEachTypeAndStoresThemSorted) {
  const auto checked = checkAttributes(
      parse(R"({"segment":"trade","nickname":"Jo","orders_before":12,"credit_limit":"2500.50",)"
            R"("wholesale":true,"birthday":"1990-02-28"})"),
      definitions());
  EXPECT_TRUE(checked.errors.empty()) << checked.errors.front().field;
  EXPECT_EQ(checked.json, R"({"birthday":"1990-02-28","credit_limit":"2500.50","nickname":"Jo",)"
                          R"("orders_before":12,"segment":"trade","wholesale":true})");
}

TEST(CheckAttributes, ReportsEveryWrongValueAtOnce) {
  const auto checked = checkAttributes(
      parse(R"({"segment":"vip","nickname":5,"orders_before":"12","credit_limit":12.5,)"
            R"("wholesale":"yes","birthday":"2023-02-29","colour":"red"})"),
      definitions());
  EXPECT_EQ(codes(checked),
            (std::map<std::string, std::string>{{"custom_attributes/birthday", "invalid_value"},
                                                {"custom_attributes/colour", "undefined_field"},
                                                {"custom_attributes/credit_limit", "invalid_type"},
                                                {"custom_attributes/nickname", "invalid_type"},
                                                {"custom_attributes/orders_before", "invalid_type"},
                                                {"custom_attributes/segment", "invalid_value"},
                                                {"custom_attributes/wholesale", "invalid_type"}}));
}

TEST(CheckAttributes, WantsRequiredFieldsAndDropsNulls) {
  auto missing = checkAttributes(parse(R"({"nickname":null})"), definitions());
  EXPECT_EQ(codes(missing),
            (std::map<std::string, std::string>{{"custom_attributes/segment", "required"}}));
  auto none = checkAttributes(nullptr, definitions());
  EXPECT_EQ(codes(none),
            (std::map<std::string, std::string>{{"custom_attributes/segment", "required"}}));
  auto fine = checkAttributes(parse(R"({"segment":"retail","nickname":null})"), definitions());
  EXPECT_TRUE(fine.errors.empty());
  EXPECT_EQ(fine.json, R"({"segment":"retail"})");
  // Nothing kept is stored as an empty object, whether nothing or only nulls were given.
  EXPECT_EQ(checkAttributes(nullptr, {}).json, "{}");
  EXPECT_EQ(checkAttributes(parse(R"({"nickname":null})"), {}).json, "{}");
}

TEST(CheckAttributes, RefusesMalformedDecimals) {
  for (const char* bad : {"\"1e5\"", "\"12.\"", "\".5\"", "\"1.1234567890123\"", "\"--1\""}) {
    const auto checked = checkAttributes(
        parse(std::string(R"({"segment":"retail","credit_limit":)") + bad + "}"), definitions());
    EXPECT_EQ(codes(checked)["custom_attributes/credit_limit"], "invalid_decimal") << bad;
  }
}

TEST(CheckFieldKey, WantsLowerCaseWords) {
  EXPECT_FALSE(checkFieldKey("loyalty_no"));
  EXPECT_TRUE(checkFieldKey("Loyalty"));
  EXPECT_TRUE(checkFieldKey("1st"));
  EXPECT_TRUE(checkFieldKey(""));
  EXPECT_TRUE(checkFieldKey("a-b"));
}

}  // namespace
}  // namespace caravan::customers
