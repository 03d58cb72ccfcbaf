#include <gtest/gtest.h>

#include <caravan/platform/errors.hpp>
#include <caravan/platform/ids.hpp>
#include <chrono>
#include <cstdint>
#include <stdexcept>
#include <unordered_set>
#include <vector>

namespace caravan {
namespace {

constexpr std::uint64_t kSequenceMask = (1ULL << IdGenerator::kSequenceBits) - 1;

std::uint64_t nowMillis() {
  return static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                        std::chrono::system_clock::now().time_since_epoch())
                                        .count());
}

std::uint32_t nodeOf(std::uint64_t id) {
  return static_cast<std::uint32_t>((id >> IdGenerator::kSequenceBits) & IdGenerator::kMaxNode);
}

TEST(IdGenerator, RefusesToHandOutIdsBeforeANodeIsSet) {
  IdGenerator ids;
  try {
    ids.next();
    FAIL() << "next() without a node must throw";
  } catch (const Unavailable& e) {
    EXPECT_EQ(e.status(), 503);
  }
  ids.setNode(3);
  EXPECT_NE(ids.next(), 0u);
}

TEST(IdGenerator, IdsStrictlyIncreaseOverManyCalls) {
  IdGenerator ids(1);
  std::uint64_t previous = ids.next();
  for (int i = 0; i < 100000; ++i) {
    const std::uint64_t id = ids.next();
    ASSERT_GT(id, previous) << "at call " << i;
    previous = id;
  }
}

TEST(IdGenerator, NodeBitsAppearInEveryId) {
  for (std::uint32_t node : {0u, 1u, 513u, IdGenerator::kMaxNode}) {
    IdGenerator ids(node);
    EXPECT_EQ(ids.node(), node);
    for (int i = 0; i < 1000; ++i)
      ASSERT_EQ(nodeOf(ids.next()), node) << "node " << node;
  }
}

TEST(IdGenerator, GeneratorsWithDifferentNodesNeverCollide) {
  IdGenerator first(1);
  IdGenerator second(2);
  std::unordered_set<std::uint64_t> seen;
  constexpr int kCount = 50000;
  for (int i = 0; i < kCount; ++i) {
    ASSERT_TRUE(seen.insert(first.next()).second);
    ASSERT_TRUE(seen.insert(second.next()).second);
  }
  EXPECT_EQ(seen.size(), 2u * kCount);
}

TEST(IdGenerator, MillisOfAnIdIsTheTimeItWasMade) {
  IdGenerator ids(5);
  const std::uint64_t before = nowMillis();
  const std::uint64_t id = ids.next();
  const std::uint64_t after = nowMillis();
  EXPECT_GE(IdGenerator::millisOf(id), before);
  EXPECT_LE(IdGenerator::millisOf(id), after);
}

TEST(IdGenerator, MoreThan4096IdsInOneMillisecondStayUniqueAndIncreasing) {
  IdGenerator ids(9);
  // Ask for ids as fast as possible until one millisecond has used up its whole sequence
  // (4096 ids); the generator must then move on to the next millisecond, not wrap around.
  std::vector<std::uint64_t> made;
  made.reserve(1 << 20);
  bool exhausted = false;
  while (!exhausted && made.size() < made.capacity()) {
    const std::uint64_t id = ids.next();
    exhausted = (id & kSequenceMask) == kSequenceMask;
    made.push_back(id);
  }
  ASSERT_TRUE(exhausted) << "never made 4096 ids within one millisecond";
  for (int i = 0; i < 10000; ++i)
    made.push_back(ids.next());

  const std::uint64_t full = IdGenerator::millisOf(made[made.size() - 10001]);
  std::size_t inFullMillisecond = 0;
  for (std::size_t i = 0; i < made.size(); ++i) {
    if (i > 0) {
      ASSERT_GT(made[i], made[i - 1]) << "at " << i;
      ASSERT_GE(IdGenerator::millisOf(made[i]), IdGenerator::millisOf(made[i - 1]));
    }
    ASSERT_EQ(nodeOf(made[i]), 9u);
    inFullMillisecond += IdGenerator::millisOf(made[i]) == full;
  }
  EXPECT_EQ(inFullMillisecond, 4096u);
  // The id after the exhausted millisecond belongs to a later one.
  EXPECT_GT(IdGenerator::millisOf(made[made.size() - 10000]), full);
}

TEST(IdGenerator, RejectsANodeThatDoesNotFitInTenBits) {
  IdGenerator ids;
  EXPECT_THROW(ids.setNode(1024), std::out_of_range);
  EXPECT_THROW(ids.next(), Unavailable) << "a rejected node must not count as set";
  EXPECT_THROW(IdGenerator{1024}, std::out_of_range);
  EXPECT_NO_THROW(ids.setNode(IdGenerator::kMaxNode));
}

}  // namespace
}  // namespace caravan
