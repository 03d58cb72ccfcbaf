#include "import_rows.hpp"

#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <caravan/platform/text.hpp>

namespace caravan::customers {

namespace {

enum Column : std::size_t {
  kExternalId,
  kKind,
  kName,
  kCompanyName,
  kEmails,
  kPhones,
  kCountry,
  kLanguage,
  kCurrency,
  kTags,
  kVatId,
  kSourceChannel,
  kAddressType,
  kAddressLine1,
  kAddressLine2,
  kPostalCode,
  kCity,
  kRegion,
  kAddressCountry,
  kIdentityChannel,
  kIdentityExternalId,
  kNotes,
};

// A row's body is read, never written out: its objects need not keep their keys' order, which
// costs Poco a search through the keys on every set.
JsonObject rowObject() {
  return new Poco::JSON::Object();
}

JsonArray splitCell(const std::string& cell) {
  JsonArray array = new Poco::JSON::Array();
  for (const auto& part : splitList(cell, ';')) {
    if (!part.empty())
      array->add(part);
  }
  return array;
}

}  // namespace

const std::vector<std::string>& importColumns() {
  static const std::vector<std::string> columns = {"external_id",
                                                   "kind",
                                                   "name",
                                                   "company_name",
                                                   "emails",
                                                   "phones",
                                                   "country",
                                                   "language",
                                                   "currency",
                                                   "tags",
                                                   "vat_id",
                                                   "source_channel",
                                                   "address_type",
                                                   "address_line1",
                                                   "address_line2",
                                                   "postal_code",
                                                   "city",
                                                   "region",
                                                   "address_country",
                                                   "identity_channel",
                                                   "identity_external_id",
                                                   "notes"};
  return columns;
}

CsvReader::CsvReader(std::string_view text, std::size_t firstLine) : text_(text), line_(firstLine) {
  if (text_.substr(0, 3) == "\xEF\xBB\xBF")
    at_ = 3;
}

bool CsvReader::next(CsvRecord& record) {
  return read(record, true);
}

bool CsvReader::skip(CsvRecord& record) {
  return read(record, false);
}

bool CsvReader::read(CsvRecord& record, bool keepFields) {
  const std::size_t size = text_.size();
  for (;;) {
    if (at_ >= size)
      return false;
    record.fields.clear();
    record.line = line_;
    record.begin = at_;
    record.unterminated = false;
    std::string field;
    std::size_t fieldLength = 0;  // what `field` would hold: counted when it is not kept
    std::size_t fieldCount = 0;
    bool quoted = false;
    bool endOfRecord = false;
    const auto take = [&](char c) {
      if (keepFields)
        field.push_back(c);
      ++fieldLength;
    };
    while (!endOfRecord) {
      if (at_ >= size) {
        record.unterminated = quoted;
        break;
      }
      const char c = text_[at_];
      if (quoted) {
        if (c == '"') {
          if (at_ + 1 < size && text_[at_ + 1] == '"') {
            take('"');
            at_ += 2;
          } else {
            quoted = false;
            ++at_;
          }
        } else {
          if (c == '\n')
            ++line_;
          take(c);
          ++at_;
        }
        continue;
      }
      switch (c) {
        case '"':
          // A quote opens quoting at the start of a field; elsewhere it is taken as it is.
          if (fieldLength == 0)
            quoted = true;
          else
            take(c);
          ++at_;
          break;
        case ',':
          if (keepFields)
            record.fields.push_back(std::move(field));
          field.clear();
          fieldLength = 0;
          ++fieldCount;
          ++at_;
          break;
        case '\r':
          if (at_ + 1 < size && text_[at_ + 1] == '\n')
            ++at_;
          [[fallthrough]];
        case '\n':
          ++at_;
          ++line_;
          endOfRecord = true;
          break;
        default:
          take(c);
          ++at_;
      }
    }
    if (keepFields)
      record.fields.push_back(std::move(field));
    ++fieldCount;
    record.end = at_;
    const bool blank = fieldCount == 1 && fieldLength == 0 && !record.unterminated;
    if (!blank)
      return true;
  }
}

std::vector<std::size_t> readHeader(const std::vector<std::string>& header) {
  const auto& wanted = importColumns();
  std::vector<std::size_t> index(wanted.size(), header.size());
  std::vector<FieldError> errors;
  for (std::size_t i = 0; i < header.size(); ++i) {
    const std::string name = asciiLower(trim(header[i]));
    const auto found = std::find(wanted.begin(), wanted.end(), name);
    if (found == wanted.end()) {
      errors.push_back({"header/" + std::to_string(i), "unknown_column",
                        "is not a column of a customer import: " + name});
      continue;
    }
    const auto column = static_cast<std::size_t>(found - wanted.begin());
    if (index[column] != header.size()) {
      errors.push_back({"header/" + std::to_string(i), "duplicate_column",
                        "names the column " + name + " a second time"});
      continue;
    }
    index[column] = i;
  }
  for (std::size_t column = 0; column < wanted.size(); ++column) {
    if (index[column] == header.size())
      errors.push_back({"header", "missing_column", "lacks the column " + wanted[column]});
  }
  if (!errors.empty())
    throw ValidationError(std::move(errors));
  return index;
}

ImportRow csvRow(const CsvRecord& record, const std::vector<std::size_t>& columns) {
  ImportRow row;
  row.line = record.line;
  if (record.unterminated) {
    row.errorCode = "invalid_csv";
    row.errorMessage = "a quoted field is not closed before the end of the file";
    return row;
  }
  std::size_t width = 0;
  for (auto index : columns)
    width = std::max(width, index + 1);
  if (record.fields.size() != width) {
    row.errorCode = "wrong_field_count";
    row.errorMessage = "has " + std::to_string(record.fields.size()) + " fields, the header " +
                       std::to_string(width);
    return row;
  }
  const auto cell = [&](Column column) { return trim(record.fields[columns[column]]); };

  auto body = rowObject();
  const auto text = [&](Column column, const char* key) {
    auto value = cell(column);
    if (!value.empty())
      body->set(key, value);
  };
  if (auto external = cell(kExternalId); !external.empty())
    row.externalId = external;
  text(kKind, "kind");
  body->set("name", cell(kName));  // required: an empty one is reported as too short
  text(kCompanyName, "company_name");
  if (auto emails = cell(kEmails); !emails.empty())
    body->set("emails", splitCell(emails));
  if (auto phones = cell(kPhones); !phones.empty())
    body->set("phones", splitCell(phones));
  text(kCountry, "country");
  text(kLanguage, "language");
  text(kCurrency, "currency");
  if (auto tags = cell(kTags); !tags.empty())
    body->set("tags", splitCell(tags));
  text(kVatId, "vat_id");
  text(kSourceChannel, "source_channel");
  text(kNotes, "notes");

  const Column addressColumns[] = {kAddressType, kAddressLine1, kAddressLine2,  kPostalCode,
                                   kCity,        kRegion,       kAddressCountry};
  if (std::any_of(std::begin(addressColumns), std::end(addressColumns),
                  [&](Column column) { return !cell(column).empty(); })) {
    auto address = rowObject();
    const auto part = [&](Column column, const char* key) {
      auto value = cell(column);
      if (!value.empty())
        address->set(key, value);
    };
    part(kAddressType, "type");
    part(kAddressLine1, "line1");
    part(kAddressLine2, "line2");
    part(kPostalCode, "postal_code");
    part(kCity, "city");
    part(kRegion, "region");
    part(kAddressCountry, "country");
    JsonArray addresses = new Poco::JSON::Array();
    addresses->add(address);
    body->set("addresses", addresses);
  }
  if (!cell(kIdentityChannel).empty() || !cell(kIdentityExternalId).empty()) {
    auto identity = rowObject();
    if (auto channel = cell(kIdentityChannel); !channel.empty())
      identity->set("channel", channel);
    if (auto external = cell(kIdentityExternalId); !external.empty())
      identity->set("external_id", external);
    JsonArray identities = new Poco::JSON::Array();
    identities->add(identity);
    body->set("identities", identities);
  }
  row.body = body;
  return row;
}

std::string csvField(const std::string& jsonField) {
  const auto slash = jsonField.find('/');
  const std::string head = jsonField.substr(0, slash);
  if (slash == std::string::npos || head == "custom_attributes")
    return jsonField;
  if (head == "emails" || head == "phones" || head == "tags")
    return head;
  const auto last = jsonField.substr(jsonField.rfind('/') + 1);
  if (head == "addresses") {
    if (last == "type" || last == "line1" || last == "line2")
      return "address_" + last;
    if (last == "country")
      return "address_country";
    if (last == "postal_code" || last == "city" || last == "region")
      return last;
    return "address_line1";
  }
  if (head == "identities")
    return last == "channel" ? "identity_channel" : "identity_external_id";
  return head;
}

ImportRow jsonRow(std::string_view text, std::size_t line) {
  ImportRow row;
  row.line = line;
  try {
    Poco::JSON::Parser parser;
    const auto value = parser.parse(std::string(text));
    if (value.type() != typeid(Poco::JSON::Object::Ptr)) {
      row.errorCode = "invalid_type";
      row.errorMessage = "must be a JSON object";
      return row;
    }
    row.body = value.extract<Poco::JSON::Object::Ptr>();
  } catch (const std::exception&) {
    row.errorCode = "invalid_json";
    row.errorMessage = "is not valid JSON";
    return row;
  }
  if (row.body->has("external_id")) {
    const auto external = row.body->get("external_id");
    row.body->remove("external_id");
    if (!external.isEmpty()) {
      const std::string value = external.isString() ? trim(external.extract<std::string>()) : "";
      if (!external.isString() || value.empty() || value.size() > 191) {
        row.errorCode = "invalid_value";
        row.errorField = "external_id";
        row.errorMessage = "must be a string of 1 to 191 characters";
        row.body = nullptr;
        return row;
      }
      row.externalId = value;
    }
  }
  return row;
}

std::vector<TextLine> jsonLines(std::string_view text, std::size_t firstLine) {
  std::vector<TextLine> lines;
  std::size_t at = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  std::size_t number = firstLine;
  while (at < text.size()) {
    auto end = text.find('\n', at);
    const std::size_t next = end == std::string_view::npos ? text.size() : end + 1;
    if (end == std::string_view::npos)
      end = text.size();
    std::string_view line = text.substr(at, end - at);
    if (!line.empty() && line.back() == '\r')
      line.remove_suffix(1);
    if (line.find_first_not_of(" \t") != std::string_view::npos)
      lines.push_back({number, line, next});
    ++number;
    at = next;
  }
  return lines;
}

}  // namespace caravan::customers
