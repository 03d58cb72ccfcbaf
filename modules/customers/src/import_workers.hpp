#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

namespace caravan::customers {

/// Long-lived threads that normalise imported rows. They outlive each batch and each import so
/// that what a thread builds once for itself (its ICU transliterator with the per-script
/// transliterators it creates on first use) is built once per process, not once per batch.
class ImportWorkers {
 public:
  /// The process's workers, at least `threads` of them (more are started when a later import
  /// asks for more).
  static ImportWorkers& shared(unsigned threads);

  explicit ImportWorkers(unsigned threads);
  ~ImportWorkers();
  ImportWorkers(const ImportWorkers&) = delete;
  ImportWorkers& operator=(const ImportWorkers&) = delete;

  /// Runs `task` on a worker; the future holds its end (or its exception).
  std::future<void> submit(std::function<void()> task);
  std::size_t size() const;

 private:
  void grow(unsigned threads);
  void serve();

  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::packaged_task<void()>> queue_;
  std::vector<std::thread> threads_;
  bool stopping_ = false;
};

}  // namespace caravan::customers
