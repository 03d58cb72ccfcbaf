#include <gtest/gtest.h>

#include "import_jobs.hpp"

namespace caravan::customers {
namespace {

struct File {
  std::string body;
  std::vector<std::size_t> begins, ends, lines;
  void add(const std::string& row) {
    begins.push_back(body.size());
    body += row;
    ends.push_back(body.size());
    lines.push_back(lines.size() + 2);
    body += "\n";
  }
};

TEST(CutPieces, PiecesEndAtTheRowOrTheByteLimitWhicheverComesFirst) {
  File file;
  for (int i = 0; i < 7; ++i)
    file.add(std::string(10, static_cast<char>('a' + i)));  // rows of 10 bytes, 11 apart
  // By rows: 3, 3, 1.
  auto pieces = cutPieces(file.body, file.begins, file.ends, file.lines, 3, 1000);
  ASSERT_EQ(pieces.size(), 3u);
  EXPECT_EQ(pieces[0].body, "aaaaaaaaaa\nbbbbbbbbbb\ncccccccccc");
  EXPECT_EQ(pieces[1].firstLine, 5u);
  EXPECT_EQ(pieces[2].body, "gggggggggg");
  // By bytes: two rows make 21 bytes, three 32: at most 25 bytes gives pieces of two rows.
  pieces = cutPieces(file.body, file.begins, file.ends, file.lines, 100, 25);
  ASSERT_EQ(pieces.size(), 4u);
  EXPECT_EQ(pieces[0].body, "aaaaaaaaaa\nbbbbbbbbbb");
  EXPECT_EQ(pieces[3].firstLine, 8u);
  std::size_t rows = 0;
  for (const auto& piece : pieces)
    rows += static_cast<std::size_t>(std::count(piece.body.begin(), piece.body.end(), '\n')) + 1;
  EXPECT_EQ(rows, 7u) << "every row in exactly one piece";
}

TEST(CutPieces, ARowLongerThanTheByteLimitIsAPieceOfItsOwn) {
  File file;
  file.add("short");
  file.add(std::string(100, 'x'));
  file.add("short");
  const auto pieces = cutPieces(file.body, file.begins, file.ends, file.lines, 100, 50);
  ASSERT_EQ(pieces.size(), 3u);
  EXPECT_EQ(pieces[1].body, std::string(100, 'x'));
  EXPECT_EQ(pieces[2].firstLine, 4u);
}

}  // namespace
}  // namespace caravan::customers
