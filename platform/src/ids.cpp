#include <caravan/platform/errors.hpp>
#include <caravan/platform/ids.hpp>
#include <chrono>
#include <stdexcept>
#include <thread>

namespace caravan {

namespace {
std::uint64_t nowMillis() {
  return static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                        std::chrono::system_clock::now().time_since_epoch())
                                        .count());
}
}  // namespace

IdGenerator::IdGenerator(std::uint32_t node) {
  setNode(node);
}

void IdGenerator::setNode(std::uint32_t node) {
  if (node > kMaxNode)
    throw std::out_of_range("id node must be at most 1023");
  std::lock_guard lock(mutex_);
  node_ = node;
  hasNode_ = true;
}

std::uint32_t IdGenerator::node() const {
  std::lock_guard lock(mutex_);
  return node_;
}

std::uint64_t IdGenerator::next() {
  std::lock_guard lock(mutex_);
  if (!hasNode_)
    throw Unavailable("this instance has not yet claimed an id node in the database", 1);
  std::uint64_t millis = nowMillis();
  // A clock that steps back must not produce an id that was already handed out: keep counting
  // from the last millisecond used.
  if (millis < lastMillis_)
    millis = lastMillis_;
  if (millis == lastMillis_) {
    if (++sequence_ >> kSequenceBits) {
      // 4096 ids in this millisecond: move to the next one.
      ++millis;
      sequence_ = 0;
    }
  } else {
    sequence_ = 0;
  }
  lastMillis_ = millis;
  return ((millis - kEpochMillis) << (kNodeBits + kSequenceBits)) |
         (static_cast<std::uint64_t>(node_) << kSequenceBits) | sequence_;
}

}  // namespace caravan
