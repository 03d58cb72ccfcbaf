#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace caravan::datagen {

/// Appends `field` as an RFC 4180 field: in double quotes, with inner quotes doubled, when it
/// holds a comma, a quote, a carriage return or a line feed; as it is otherwise.
void appendCsvField(std::string& out, std::string_view field);

/// Appends `text` as a JSON string literal (quotes, backslashes and control characters
/// escaped; other UTF-8 copied as it is).
void appendJsonString(std::string& out, std::string_view text);

/// A buffered output stream over a FILE (a file or stdout) that counts the bytes written.
/// Rows are appended to buffer() and written out in large blocks by flushIfFull().
class Output {
 public:
  /// Writes to `path`, or to standard output when `path` is "-". Throws when it cannot open it.
  explicit Output(const std::string& path);
  ~Output();
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;

  /// The pending text; append rows here.
  std::string& buffer() { return buffer_; }

  /// Writes the buffer out once it holds a block's worth.
  void flushIfFull() {
    if (buffer_.size() >= kBlock)
      flush();
  }

  /// Writes everything pending and flushes the stream; throws on a write error.
  void flush();

  /// Bytes written so far, pending ones included.
  std::uint64_t bytes() const { return written_ + buffer_.size(); }

 private:
  static constexpr std::size_t kBlock = 1 << 20;
  std::FILE* file_;
  bool owned_;
  std::string buffer_;
  std::uint64_t written_ = 0;
};

}  // namespace caravan::datagen
