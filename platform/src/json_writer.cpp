#include <caravan/platform/json_writer.hpp>
#include <stdexcept>

namespace caravan {

void JsonWriter::beforeValue() {
  if (open_.empty()) {
    if (!out_.empty())
      throw std::logic_error("JsonWriter: a second top-level value");
    return;
  }
  auto& [isObject, hasMember] = open_.back();
  if (isObject) {
    if (!keyWritten_)
      throw std::logic_error("JsonWriter: a value in an object needs a key first");
    keyWritten_ = false;
    return;
  }
  if (hasMember)
    out_ += ',';
  hasMember = true;
}

JsonWriter& JsonWriter::key(std::string_view name) {
  if (open_.empty() || !open_.back().first || keyWritten_)
    throw std::logic_error("JsonWriter: a key outside an object, or two keys in a row");
  if (open_.back().second)
    out_ += ',';
  open_.back().second = true;
  escaped(name);
  out_ += ':';
  keyWritten_ = true;
  return *this;
}

JsonWriter& JsonWriter::beginObject() {
  beforeValue();
  out_ += '{';
  open_.emplace_back(true, false);
  return *this;
}

JsonWriter& JsonWriter::endObject() {
  if (open_.empty() || !open_.back().first || keyWritten_)
    throw std::logic_error("JsonWriter: endObject without a matching beginObject");
  open_.pop_back();
  out_ += '}';
  return *this;
}

JsonWriter& JsonWriter::beginArray() {
  beforeValue();
  out_ += '[';
  open_.emplace_back(false, false);
  return *this;
}

JsonWriter& JsonWriter::endArray() {
  if (open_.empty() || open_.back().first)
    throw std::logic_error("JsonWriter: endArray without a matching beginArray");
  open_.pop_back();
  out_ += ']';
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
  beforeValue();
  escaped(text);
  return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
  beforeValue();
  out_ += flag ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::value(std::int64_t number) {
  beforeValue();
  out_ += std::to_string(number);
  return *this;
}

JsonWriter& JsonWriter::null() {
  beforeValue();
  out_ += "null";
  return *this;
}

JsonWriter& JsonWriter::value(const std::optional<std::string>& text) {
  return text ? value(std::string_view(*text)) : null();
}

void JsonWriter::escaped(std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out_ += '"';
  for (const char c : text) {
    switch (c) {
      case '"':
        out_ += "\\\"";
        break;
      case '\\':
        out_ += "\\\\";
        break;
      case '\n':
        out_ += "\\n";
        break;
      case '\r':
        out_ += "\\r";
        break;
      case '\t':
        out_ += "\\t";
        break;
      case '\b':
        out_ += "\\b";
        break;
      case '\f':
        out_ += "\\f";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out_ += "\\u00";
          out_ += kHex[(c >> 4) & 0xF];
          out_ += kHex[c & 0xF];
        } else {
          out_ += c;
        }
    }
  }
  out_ += '"';
}

std::string JsonWriter::take() {
  if (!open_.empty())
    throw std::logic_error("JsonWriter: a container is still open");
  std::string text = std::move(out_);
  out_.clear();
  return text;
}

}  // namespace caravan
