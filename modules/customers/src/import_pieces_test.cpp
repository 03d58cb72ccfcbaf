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
  // By rows: 3, then 1 up to the last 3 rows, then those 3.
  auto pieces = cutPieces(file.body, file.begins, file.ends, file.lines, 3, 1000, 3);
  ASSERT_EQ(pieces.size(), 3u);
  EXPECT_EQ(pieces[0].body, "aaaaaaaaaa\nbbbbbbbbbb\ncccccccccc");
  EXPECT_EQ(pieces[1].firstLine, 5u);
  EXPECT_EQ(pieces[1].body, "dddddddddd");
  EXPECT_EQ(pieces[2].body, "eeeeeeeeee\nffffffffff\ngggggggggg");
  // By bytes: two rows make 21 bytes, three 32: at most 25 bytes gives pieces of two rows.
  pieces = cutPieces(file.body, file.begins, file.ends, file.lines, 100, 25, 100);
  ASSERT_EQ(pieces.size(), 4u);
  EXPECT_EQ(pieces[0].body, "aaaaaaaaaa\nbbbbbbbbbb");
  EXPECT_EQ(pieces[3].firstLine, 8u);
  std::size_t rows = 0;
  for (const auto& piece : pieces)
    rows += static_cast<std::size_t>(std::count(piece.body.begin(), piece.body.end(), '\n')) + 1;
  EXPECT_EQ(rows, 7u) << "every row in exactly one piece";
}

TEST(CutPieces, TheLastRowsAreCutInSmallerPieces) {
  File file;
  for (int i = 0; i < 10; ++i)
    file.add(std::string(1, static_cast<char>('a' + i)));
  // 10 rows, pieces of 4, the last 4 rows in pieces of 1: 4, 2 (up to the tail), 1, 1, 1, 1.
  const auto pieces = cutPieces(file.body, file.begins, file.ends, file.lines, 4, 1000, 1);
  std::vector<std::string_view> bodies;
  for (const auto& piece : pieces)
    bodies.push_back(piece.body);
  EXPECT_EQ(bodies, (std::vector<std::string_view>{"a\nb\nc\nd", "e\nf", "g", "h", "i", "j"}));
  EXPECT_EQ(pieces[2].firstLine, 8u);
  // A file no larger than a piece is all tail.
  EXPECT_EQ(cutPieces(file.body, file.begins, file.ends, file.lines, 10, 1000, 5).size(), 2u);
}

TEST(CutPieces, ARowLongerThanTheByteLimitIsAPieceOfItsOwn) {
  File file;
  file.add("short");
  file.add(std::string(100, 'x'));
  file.add("short");
  const auto pieces = cutPieces(file.body, file.begins, file.ends, file.lines, 100, 50, 100);
  ASSERT_EQ(pieces.size(), 3u);
  EXPECT_EQ(pieces[1].body, std::string(100, 'x'));
  EXPECT_EQ(pieces[2].firstLine, 4u);
}

}  // namespace
}  // namespace caravan::customers
