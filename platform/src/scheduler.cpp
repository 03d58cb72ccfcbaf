#include <Poco/Logger.h>

#include <caravan/platform/db.hpp>
#include <caravan/platform/scheduler.hpp>

namespace caravan {

Scheduler::Scheduler(db::Pool& pool, std::vector<Job> jobs) : pool_(pool), jobs_(std::move(jobs)) {}

Scheduler::~Scheduler() {
  stop();
}

bool Scheduler::runNow(const Job& job) {
  if (job.everyInstance) {
    job.run();
    return true;
  }
  auto session = pool_.acquire();
  auto lock = session.query("SELECT GET_LOCK(?, 0)", {"caravan.job." + job.name});
  if (!lock.next() || lock.isNull(1) || lock.int64(1) != 1)
    return false;
  try {
    job.run();
  } catch (...) {
    session.query("SELECT RELEASE_LOCK(?)", {"caravan.job." + job.name});
    throw;
  }
  session.query("SELECT RELEASE_LOCK(?)", {"caravan.job." + job.name});
  return true;
}

void Scheduler::start() {
  thread_ = std::thread([this] {
    auto& log = Poco::Logger::get("caravan.jobs");
    using Clock = std::chrono::steady_clock;
    std::vector<Clock::time_point> due(jobs_.size(), Clock::now());
    std::unique_lock lock(mutex_);
    while (!stopping_) {
      auto next = Clock::now() + std::chrono::seconds(60);
      for (std::size_t i = 0; i < jobs_.size(); ++i) {
        if (due[i] <= Clock::now()) {
          lock.unlock();
          try {
            runNow(jobs_[i]);
          } catch (const std::exception& e) {
            log.warning("job " + jobs_[i].name + " failed: " + e.what());
          }
          lock.lock();
          if (stopping_)
            return;
          due[i] = Clock::now() + jobs_[i].interval;
        }
        next = std::min(next, due[i]);
      }
      wake_.wait_until(lock, next, [&] { return stopping_; });
    }
  });
}

void Scheduler::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    wake_.notify_all();
  }
  if (thread_.joinable())
    thread_.join();
}

}  // namespace caravan
