#include "csv_reader.hpp"

#include <stdexcept>

namespace caravan::datagen::testing {

std::vector<std::vector<std::string>> readCsv(std::string_view text) {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> record;
  std::string field;
  std::size_t i = 0;
  const auto endRecord = [&] {
    record.push_back(std::move(field));
    field.clear();
    records.push_back(std::move(record));
    record.clear();
  };
  while (i < text.size()) {
    if (text[i] == '"') {
      ++i;
      while (true) {
        if (i >= text.size())
          throw std::runtime_error("unclosed quote");
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        field += text[i++];
      }
      if (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
        throw std::runtime_error("text after a closing quote");
      }
    }
    while (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
      if (text[i] == '"')
        throw std::runtime_error("quote inside an unquoted field");
      field += text[i++];
    }
    if (i == text.size())
      break;
    if (text[i] == ',') {
      record.push_back(std::move(field));
      field.clear();
      ++i;
    } else {
      if (text[i] == '\r') {
        if (i + 1 >= text.size() || text[i + 1] != '\n')
          throw std::runtime_error("bare CR");
        ++i;
      }
      ++i;
      endRecord();
    }
  }
  if (!field.empty() || !record.empty())
    endRecord();
  return records;
}

}  // namespace caravan::datagen::testing
