#include <gtest/gtest.h>

#include <caravan/platform/json.hpp>
#include <caravan/platform/json_writer.hpp>

namespace caravan {
namespace {

TEST(JsonWriter, WritesNestedContainersInOrder) {
  JsonWriter json;
  json.beginObject()
      .field("sku", "PAN-28")
      .field("quantity", std::int64_t{2})
      .field("gross", true)
      .key("tags")
      .beginArray()
      .value("a")
      .value("b")
      .endArray()
      .key("none")
      .null()
      .key("empty")
      .beginObject()
      .endObject()
      .field("maybe", std::optional<std::string>())
      .endObject();
  EXPECT_EQ(json.take(),
            R"({"sku":"PAN-28","quantity":2,"gross":true,"tags":["a","b"],"none":null,)"
            R"("empty":{},"maybe":null})");
}

TEST(JsonWriter, EscapesWhatJsonRequiresAndKeepsUtf8) {
  JsonWriter json;
  json.beginArray().value(std::string("q\"b\\s\n\t\x01 é 张")).endArray();
  const std::string text = json.take();
  EXPECT_EQ(text, "[\"q\\\"b\\\\s\\n\\t\\u0001 é 张\"]");
  // What it writes parses back to the same string.
  const auto parsed = parseJsonObject("{\"a\":" + text + "}");
  EXPECT_EQ(parsed->getArray("a")->getElement<std::string>(0), std::string("q\"b\\s\n\t\x01 é 张"));
}

TEST(JsonWriter, RefusesMisuse) {
  JsonWriter valueWithoutKey;
  valueWithoutKey.beginObject();
  EXPECT_THROW(valueWithoutKey.value("x"), std::logic_error);
  JsonWriter keyInArray;
  keyInArray.beginArray();
  EXPECT_THROW(keyInArray.key("x"), std::logic_error);
  JsonWriter unclosed;
  unclosed.beginObject();
  EXPECT_THROW(unclosed.take(), std::logic_error);
  JsonWriter mismatched;
  mismatched.beginArray();
  EXPECT_THROW(mismatched.endObject(), std::logic_error);
}

}  // namespace
}  // namespace caravan
