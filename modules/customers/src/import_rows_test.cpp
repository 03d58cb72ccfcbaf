#include "import_rows.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace caravan::customers {
namespace {

std::vector<CsvRecord> readAll(std::string_view text) {
  CsvReader reader(text);
  std::vector<CsvRecord> records;
  CsvRecord record;
  while (reader.next(record))
    records.push_back(record);
  return records;
}

std::string header() {
  std::string text;
  for (const auto& column : importColumns())
    text += (text.empty() ? "" : ",") + column;
  return text;
}

TEST(CsvReader, ReadsQuotedFieldsWithCommasQuotesAndLineBreaks) {
  const auto records = readAll(
      "a,b,c\r\n"
      "\"x, y\",\"say \"\"hi\"\"\",plain\r\n"
      "\"two\r\nlines\",,last\r\n"
      "after,the,break\r\n");
  ASSERT_EQ(records.size(), 4u);
  EXPECT_EQ(records[1].fields, (std::vector<std::string>{"x, y", "say \"hi\"", "plain"}));
  EXPECT_EQ(records[1].line, 2u);
  EXPECT_EQ(records[2].fields, (std::vector<std::string>{"two\r\nlines", "", "last"}));
  EXPECT_EQ(records[2].line, 3u);
  EXPECT_EQ(records[3].line, 5u) << "the embedded line break counts";
}

TEST(CsvReader, SkipsAByteOrderMarkAndEmptyLinesAndTakesBareLineFeeds) {
  const auto records = readAll("\xEF\xBB\xBFname,city\n\nAnna,Köln\nBen,Wien");
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0].fields[0], "name") << "no BOM in the first column's name";
  EXPECT_EQ(records[1].fields, (std::vector<std::string>{"Anna", "Köln"}));
  EXPECT_EQ(records[1].line, 3u);
  EXPECT_EQ(records[2].fields, (std::vector<std::string>{"Ben", "Wien"})) << "no final CRLF";
}

TEST(CsvReader, SkipFindsTheRecordsNextReadsWithoutTheirFields) {
  // skip() locates the records of a large file for cutting it into pieces: each must begin, end
  // and be numbered exactly where next() has it, blank lines and quoted line breaks included.
  const std::string text =
      "\xEF\xBB\xBFh1,h2\r\n\r\n\"\"\n,\n\"a\r\nb\",\"say \"\"x\"\"\"\nplain,\"\"\"\"\r\n\n"
      "last,\"open\nto the end";
  const auto read = readAll(text);
  CsvReader reader(text);
  std::vector<CsvRecord> skipped;
  CsvRecord record;
  while (reader.skip(record))
    skipped.push_back(record);
  ASSERT_EQ(read.size(), 5u);
  ASSERT_EQ(skipped.size(), read.size());
  for (std::size_t i = 0; i < read.size(); ++i) {
    EXPECT_EQ(skipped[i].begin, read[i].begin) << i;
    EXPECT_EQ(skipped[i].end, read[i].end) << i;
    EXPECT_EQ(skipped[i].line, read[i].line) << i;
    EXPECT_EQ(skipped[i].unterminated, read[i].unterminated) << i;
    EXPECT_TRUE(skipped[i].fields.empty());
  }
  EXPECT_TRUE(read.back().unterminated);
}

TEST(CsvReader, MarksAQuoteLeftOpenAtTheEnd) {
  const auto records = readAll("a,b\r\n\"open,b\r\n");
  ASSERT_EQ(records.size(), 2u);
  EXPECT_TRUE(records[1].unterminated);
}

TEST(CsvReader, RecordsWhereEachRecordLiesForCuttingFilesInPieces) {
  const std::string text = "h\r\none\r\n\"t\nwo\"\r\n";
  const auto records = readAll(text);
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(text.substr(records[1].begin, records[1].end - records[1].begin), "one\r\n");
  EXPECT_EQ(records[2].end, text.size());
  CsvReader piece(std::string_view(text).substr(records[1].begin), records[1].line);
  CsvRecord record;
  ASSERT_TRUE(piece.next(record));
  ASSERT_TRUE(piece.next(record));
  EXPECT_EQ(record.line, 3u);
}

TEST(ImportHeader, NamesEveryUnknownAndMissingColumn) {
  auto columns = importColumns();
  std::reverse(columns.begin(), columns.end());  // any order is fine
  const auto index = readHeader(columns);
  EXPECT_EQ(index[0], columns.size() - 1);

  columns.erase(std::find(columns.begin(), columns.end(), "phones"));
  columns.push_back("fax");
  try {
    readHeader(columns);
    FAIL() << "a header without phones and with fax must be refused";
  } catch (const ValidationError& e) {
    std::string seen;
    for (const auto& error : e.fieldErrors())
      seen += error.field + ":" + error.code + ":" + error.message + "\n";
    EXPECT_NE(seen.find("unknown_column:is not a column of a customer import: fax"),
              std::string::npos)
        << seen;
    EXPECT_NE(seen.find("header:missing_column:lacks the column phones"), std::string::npos)
        << seen;
  }
}

TEST(CsvRow, BuildsTheApiShapeFromTheColumns) {
  const auto records = readAll(
      header() +
      "\r\nX-1,person,Jürgen Müller,,a@example.de; b@example.de,030 901820,DE,de-DE,EUR,vip;"
      "newsletter,,amazon,billing,Friedrichstraße 68,,10117,Berlin,,DE,amazon,A2BUYER,\"Leave, "
      "please\"\r\n");
  ASSERT_EQ(records.size(), 2u);
  const auto columns = readHeader(records[0].fields);
  const ImportRow row = csvRow(records[1], columns);
  ASSERT_FALSE(row.errorCode);
  EXPECT_EQ(row.line, 2u);
  EXPECT_EQ(row.externalId, "X-1");
  // The body's keys in Poco's order (sorted): a row is read, never written out.
  EXPECT_EQ(toJson(row.body),
            R"({"addresses":[{"city":"Berlin","country":"DE","line1":"Friedrichstraße 68",)"
            R"("postal_code":"10117","type":"billing"}],"country":"DE","currency":"EUR",)"
            R"("emails":["a@example.de","b@example.de"],)"
            R"("identities":[{"channel":"amazon","external_id":"A2BUYER"}],"kind":"person",)"
            R"("language":"de-DE","name":"Jürgen Müller","notes":"Leave, please",)"
            R"("phones":["030 901820"],"source_channel":"amazon","tags":["vip","newsletter"]})");
}

TEST(CsvRow, LeavesOutAnAddressAndIdentityNobodyGaveAndCountsFields) {
  const auto records = readAll(header() + "\n,,Anna,,,,,,,,,,,,,,,,,,,\n,,Ben\n");
  const auto columns = readHeader(records[0].fields);
  const ImportRow anna = csvRow(records[1], columns);
  ASSERT_FALSE(anna.errorCode);
  EXPECT_FALSE(anna.externalId);
  EXPECT_EQ(toJson(anna.body), R"({"name":"Anna"})");
  const ImportRow ben = csvRow(records[2], columns);
  EXPECT_EQ(ben.errorCode, "wrong_field_count");
  EXPECT_EQ(ben.line, 3u);
}

TEST(CsvField, NamesTheColumnAFieldErrorBelongsTo) {
  EXPECT_EQ(csvField("emails/1"), "emails");
  EXPECT_EQ(csvField("phones/0/raw"), "phones");
  EXPECT_EQ(csvField("addresses/0/postal_code"), "postal_code");
  EXPECT_EQ(csvField("addresses/0/line1"), "address_line1");
  EXPECT_EQ(csvField("addresses/0/country"), "address_country");
  EXPECT_EQ(csvField("identities/0/channel"), "identity_channel");
  EXPECT_EQ(csvField("identities/0/external_id"), "identity_external_id");
  EXPECT_EQ(csvField("country"), "country");
  EXPECT_EQ(csvField("custom_attributes/size"), "custom_attributes/size");
}

TEST(JsonRows, ReadLinesWithNumbersAndTakeOutTheExternalId) {
  const std::string text =
      "\xEF\xBB\xBF{\"external_id\": \"C-1\", \"name\": \"Anna\"}\r\n"
      "\n"
      "{\"name\": \n"
      "[1]\n"
      "{\"external_id\": 7, \"name\": \"Ben\"}";
  const auto lines = jsonLines(text);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[1].line, 3u);
  EXPECT_EQ(lines[3].end, text.size());

  const ImportRow anna = jsonRow(lines[0].text, lines[0].line);
  ASSERT_FALSE(anna.errorCode);
  EXPECT_EQ(anna.externalId, "C-1");
  EXPECT_EQ(toJson(anna.body), R"({"name":"Anna"})");
  EXPECT_EQ(jsonRow(lines[1].text, 3).errorCode, "invalid_json");
  EXPECT_EQ(jsonRow(lines[2].text, 4).errorCode, "invalid_type");
  const ImportRow ben = jsonRow(lines[3].text, 5);
  EXPECT_EQ(ben.errorCode, "invalid_value");
  EXPECT_EQ(ben.errorField, "external_id");
}

}  // namespace
}  // namespace caravan::customers
