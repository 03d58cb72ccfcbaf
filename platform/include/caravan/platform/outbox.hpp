#pragma once

#include <atomic>
#include <caravan/platform/db.hpp>
#include <caravan/platform/json.hpp>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace caravan {

class IdGenerator;

/// An event as a consumer receives it.
struct Event {
  std::uint64_t id = 0;
  std::uint64_t tenantId = 0;
  std::string topic;
  std::string payload;  ///< JSON text
};

/// A consumer runs in the dispatcher's transaction: what it writes commits together with the
/// record that it has seen the event, so its database effects happen once; anything else it does
/// (calls to a marketplace) may happen again after a crash and must tolerate that.
using EventHandler = std::function<void(const Event&, db::Session&)>;

/// The transactional outbox. publish() writes the event, plus one delivery row per consumer
/// subscribed to the topic, in the caller's transaction; the dispatcher delivers each at least
/// once, retries failures with growing delay, and survives restarts (progress is in the database).
class Outbox {
 public:
  Outbox(db::Pool& pool, IdGenerator& ids);
  ~Outbox();

  /// `consumer` is a stable name ("loyalty.award-points"); its delivery rows carry it.
  void subscribe(const std::string& topic, const std::string& consumer, EventHandler handler);
  void publish(db::Session& session, std::uint64_t tenantId, const std::string& topic,
               const JsonObject& payload);

  /// Delivers what is due now; returns how many deliveries succeeded. The dispatcher thread calls
  /// this; tests and admin commands may call it directly.
  std::size_t dispatchDue(std::size_t limit = 100);
  void startDispatcher(std::chrono::milliseconds pollInterval);
  void stopDispatcher();
  /// Wakes the dispatcher (after a commit that published).
  void notify();
  /// Seconds the oldest undelivered event has waited, for /metrics; 0 when none.
  double lagSeconds();

 private:
  struct Subscription {
    std::string consumer;
    EventHandler handler;
  };
  db::Pool& pool_;
  IdGenerator& ids_;
  std::multimap<std::string, Subscription> subscriptions_;  // topic -> consumers
  std::map<std::string, EventHandler> byConsumer_;
  std::thread thread_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::atomic<bool> stopping_ = false;
  bool pending_ = false;
};

}  // namespace caravan
