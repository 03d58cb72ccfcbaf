#include "import_workers.hpp"

namespace caravan::customers {

ImportWorkers& ImportWorkers::shared(unsigned threads) {
  static ImportWorkers workers(threads);
  workers.grow(threads);
  return workers;
}

ImportWorkers::ImportWorkers(unsigned threads) {
  grow(threads);
}

ImportWorkers::~ImportWorkers() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  for (auto& thread : threads_)
    thread.join();
}

void ImportWorkers::grow(unsigned threads) {
  std::lock_guard lock(mutex_);
  while (threads_.size() < threads)
    threads_.emplace_back([this] { serve(); });
}

std::size_t ImportWorkers::size() const {
  std::lock_guard lock(mutex_);
  return threads_.size();
}

std::future<void> ImportWorkers::submit(std::function<void()> task) {
  std::packaged_task<void()> packaged(std::move(task));
  auto done = packaged.get_future();
  {
    std::lock_guard lock(mutex_);
    queue_.push_back(std::move(packaged));
  }
  wake_.notify_one();
  return done;
}

void ImportWorkers::serve() {
  for (;;) {
    std::packaged_task<void()> task;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty())
        return;  // stopping, and nothing left to do
      task = std::move(queue_.front());
      queue_.pop_front();
    }
    task();
  }
}

}  // namespace caravan::customers
