#pragma once

#include <caravan/platform/module.hpp>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace caravan {

namespace db {
class Pool;
}

/// Runs registered jobs at their intervals. A job that is not `everyInstance` runs only where
/// this process holds the database lock `caravan.job.<name>`, so one instance of many runs it.
class Scheduler {
 public:
  Scheduler(db::Pool& pool, std::vector<Job> jobs);
  ~Scheduler();
  void start();
  void stop();
  /// Runs one job now (admin command, tests); returns false if another instance holds it.
  bool runNow(const Job& job);

 private:
  db::Pool& pool_;
  std::vector<Job> jobs_;
  std::thread thread_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
};

}  // namespace caravan
