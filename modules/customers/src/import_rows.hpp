#pragma once

#include <caravan/platform/json.hpp>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// Reading import files into rows: CSV (RFC 4180) in the import's 22 columns, and JSON lines.
/// Pure text work, no database: unit-tested on its own.
namespace caravan::customers {

/// The CSV columns of an import (and of the export), in their order.
const std::vector<std::string>& importColumns();

/// One CSV record: its fields and the line it starts on (1 is the header's line).
struct CsvRecord {
  std::size_t line = 0;
  std::vector<std::string> fields;
  std::size_t begin = 0;      ///< byte offset of the record in the text
  std::size_t end = 0;        ///< byte offset after its line end
  bool unterminated = false;  ///< a quoted field ran to the end of the text
};

/// Reads RFC 4180 records: fields separated by commas, quoted with " (a quote inside doubled),
/// quoted fields may hold commas, quotes and line breaks; records end with CRLF or LF. A UTF-8
/// byte order mark at the start is skipped. Empty lines are skipped.
class CsvReader {
 public:
  explicit CsvReader(std::string_view text, std::size_t firstLine = 1);
  /// The next record, false at the end of the text.
  bool next(CsvRecord& record);
  /// next() without the fields: where the next record begins and ends, its line, whether it is
  /// unterminated (record.fields stays empty). For cutting a file into pieces, which needs no
  /// more.
  bool skip(CsvRecord& record);

 private:
  bool read(CsvRecord& record, bool keepFields);

  std::string_view text_;
  std::size_t at_ = 0;
  std::size_t line_;
};

/// The header's column names (trimmed, lower case) checked against importColumns(): throws a
/// ValidationError naming every unknown column (`unknown_column`) and every missing one
/// (`missing_column`). Returns for each import column its index in the file.
std::vector<std::size_t> readHeader(const std::vector<std::string>& header);

/// A row as the customer reader takes it, or why it cannot be read at all.
struct ImportRow {
  std::size_t line = 0;
  JsonObject body;  ///< the API's customer shape; null when `error` is set
  std::optional<std::string> externalId;
  std::optional<std::string> errorCode;  ///< the whole row is unreadable (invalid_json, ...)
  std::optional<std::string> errorField;
  std::string errorMessage;
};

/// A CSV record as a customer body: empty cells are left out; emails, phones and tags are split
/// at semicolons; the address_* cells make one address and identity_* one identity when any of
/// them is given. `columns` is what readHeader returned.
ImportRow csvRow(const CsvRecord& record, const std::vector<std::size_t>& columns);

/// The CSV column a customer field error belongs to: "emails/1" -> "emails",
/// "addresses/0/postal_code" -> "postal_code", "identities/0/channel" -> "identity_channel".
std::string csvField(const std::string& jsonField);

/// One JSON line as a customer body, `external_id` taken out of it.
ImportRow jsonRow(std::string_view text, std::size_t line);

/// The lines of `text` that hold something, each with its number (from `firstLine`), a CR before
/// the LF dropped. `ends` receives the byte offset after each line, for cutting files in pieces.
struct TextLine {
  std::size_t line = 0;
  std::string_view text;
  std::size_t end = 0;
};
std::vector<TextLine> jsonLines(std::string_view text, std::size_t firstLine = 1);

}  // namespace caravan::customers
