#include "caravan/datagen/writers.hpp"

#include <stdexcept>

namespace caravan::datagen {

void appendCsvField(std::string& out, std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    out.append(field);
    return;
  }
  out += '"';
  for (char c : field) {
    if (c == '"')
      out += '"';
    out += c;
  }
  out += '"';
}

void appendJsonString(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (byte < 0x20) {
          out += "\\u00";
          out += kHex[byte >> 4];
          out += kHex[byte & 0xF];
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

Output::Output(const std::string& path)
    : file_(path == "-" ? stdout : std::fopen(path.c_str(), "wb")), owned_(path != "-") {
  if (file_ == nullptr)
    throw std::runtime_error("cannot open " + path + " for writing");
  buffer_.reserve(kBlock + (kBlock >> 2));
}

Output::~Output() {
  try {
    flush();
  } catch (...) {  // a destructor must not throw; flush() was called explicitly on success
  }
  if (owned_)
    std::fclose(file_);
}

void Output::flush() {
  if (!buffer_.empty()) {
    if (std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) {
      throw std::runtime_error("write failed");
    }
    written_ += buffer_.size();
    buffer_.clear();
  }
  if (std::fflush(file_) != 0)
    throw std::runtime_error("write failed");
}

}  // namespace caravan::datagen
