#include <Poco/Logger.h>

#include <caravan/platform/ids.hpp>
#include <caravan/platform/outbox.hpp>

namespace caravan {

Outbox::Outbox(db::Pool& pool, IdGenerator& ids) : pool_(pool), ids_(ids) {}

Outbox::~Outbox() {
  stopDispatcher();
}

void Outbox::subscribe(const std::string& topic, const std::string& consumer,
                       EventHandler handler) {
  if (byConsumer_.count(consumer)) {
    throw ConfigError("event consumer '" + consumer + "' is registered twice");
  }
  byConsumer_[consumer] = handler;
  subscriptions_.emplace(topic, Subscription{consumer, std::move(handler)});
}

void Outbox::publish(db::Session& session, std::uint64_t tenantId, const std::string& topic,
                     const JsonObject& payload) {
  const std::uint64_t id = ids_.next();
  session.execute(
      "INSERT INTO outbox_events (id, tenant_id, topic, payload, created_at) "
      "VALUES (?, ?, ?, ?, UTC_TIMESTAMP(6))",
      {id, tenantId, topic, toJson(payload)});
  std::vector<db::Params> deliveries;
  auto [first, last] = subscriptions_.equal_range(topic);
  for (auto it = first; it != last; ++it)
    deliveries.push_back({it->second.consumer, id});
  // next_attempt_at defaults to the insert time; the caller calls notify() after its commit.
  session.insertRows("outbox_deliveries", {"consumer", "event_id"}, deliveries, 100);
}

std::size_t Outbox::dispatchDue(std::size_t limit) {
  std::size_t delivered = 0;
  for (std::size_t i = 0; i < limit; ++i) {
    // One delivery per transaction: a failing consumer cannot roll back another's progress.
    const bool more = pool_.transact([&](db::Session& session) {
      auto rows = session.query(
          "SELECT d.consumer, d.event_id, d.attempts, e.tenant_id, e.topic, e.payload "
          "FROM outbox_deliveries d JOIN outbox_events e ON e.id = d.event_id "
          "WHERE d.next_attempt_at <= UTC_TIMESTAMP(6) "
          "ORDER BY d.next_attempt_at, d.event_id LIMIT 1 FOR UPDATE SKIP LOCKED");
      if (!rows.next())
        return false;
      const std::string consumer = rows.string(1);
      Event event{rows.uint64(2), rows.uint64(4), rows.string(5), rows.string(6)};
      const std::int64_t attempts = rows.int64(3);
      auto handler = byConsumer_.find(consumer);
      if (handler == byConsumer_.end()) {
        // A consumer that this build no longer has: park the delivery instead of spinning on it.
        session.execute(
            "UPDATE outbox_deliveries SET next_attempt_at = UTC_TIMESTAMP(6) + INTERVAL 1 DAY, "
            "last_error = 'no such consumer in this build' WHERE consumer = ? AND event_id = ?",
            {consumer, event.id});
        return true;
      }
      try {
        session.executeDirect("SAVEPOINT deliver");
        handler->second(event, session);
        session.execute("DELETE FROM outbox_deliveries WHERE consumer = ? AND event_id = ?",
                        {consumer, event.id});
        ++delivered;
      } catch (const db::Deadlock&) {
        throw;
      } catch (const std::exception& e) {
        session.executeDirect("ROLLBACK TO SAVEPOINT deliver");
        // Back off exponentially up to an hour between attempts.
        const std::int64_t delaySeconds =
            std::min<std::int64_t>(3600, 1LL << std::min<std::int64_t>(attempts, 12));
        session.execute(
            "UPDATE outbox_deliveries SET attempts = attempts + 1, last_error = ?, "
            "next_attempt_at = UTC_TIMESTAMP(6) + INTERVAL ? SECOND "
            "WHERE consumer = ? AND event_id = ?",
            {std::string(e.what()).substr(0, 500), delaySeconds, consumer, event.id});
        Poco::Logger::get("caravan.outbox")
            .warning("event " + std::to_string(event.id) + " to " + consumer + " failed (attempt " +
                     std::to_string(attempts + 1) + "), retry in " + std::to_string(delaySeconds) +
                     " s");
      }
      return true;
    });
    if (!more)
      break;
  }
  return delivered;
}

void Outbox::notify() {
  std::lock_guard lock(mutex_);
  pending_ = true;
  wake_.notify_one();
}

void Outbox::startDispatcher(std::chrono::milliseconds pollInterval) {
  thread_ = std::thread([this, pollInterval] {
    auto& log = Poco::Logger::get("caravan.outbox");
    std::unique_lock lock(mutex_);
    while (!stopping_) {
      wake_.wait_for(lock, pollInterval, [&] { return stopping_ || pending_; });
      if (stopping_)
        break;
      pending_ = false;
      lock.unlock();
      try {
        while (dispatchDue(100) > 0 && !stopping_) {
        }
      } catch (const std::exception& e) {
        log.warning(std::string("outbox dispatch paused: ") + e.what());
      }
      lock.lock();
    }
  });
}

void Outbox::stopDispatcher() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    wake_.notify_all();
  }
  if (thread_.joinable())
    thread_.join();
}

double Outbox::lagSeconds() {
  auto session = pool_.acquire();
  auto rows = session.query(
      "SELECT COALESCE(TIMESTAMPDIFF(MICROSECOND, MIN(e.created_at), UTC_TIMESTAMP(6)), 0) "
      "FROM outbox_deliveries d JOIN outbox_events e ON e.id = d.event_id");
  return rows.next() ? static_cast<double>(rows.int64(1)) / 1e6 : 0;
}

}  // namespace caravan
