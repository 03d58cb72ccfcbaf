// The transactional outbox: delivered only when committed, at least once, across a "crash"
// between commit and dispatch, with retries that do not disturb other consumers.
#include <gtest/gtest.h>

#include <caravan/platform/outbox.hpp>
#include <caravan/platform/platform.hpp>
#include <caravan/testing/test_database.hpp>

using caravan::Event;
using caravan::makeObject;
using caravan::Module;
using caravan::ModuleRegistry;
using caravan::testing::TestPlatform;
namespace db = caravan::db;

namespace {

struct Received {
  std::vector<Event> events;
  int failuresLeft = 0;
};

// A module that listens to "test.happened" with two consumers; one can be made to fail.
class ListeningModule : public Module {
 public:
  explicit ListeningModule(Received& steady, Received& flaky) : steady_(steady), flaky_(flaky) {}
  std::string_view name() const override { return "listening"; }
  void registerWith(ModuleRegistry& registry) override {
    registry.onEvent(
        "test.happened", "listening.steady", [this](const Event& event, db::Session& session) {
          session.execute("INSERT INTO outbox_test_effects (event_id) VALUES (?)", {event.id});
          steady_.events.push_back(event);
        });
    registry.onEvent(
        "test.happened", "listening.flaky", [this](const Event& event, db::Session& session) {
          session.execute("INSERT INTO outbox_test_effects (event_id) VALUES (?)", {event.id + 1});
          if (flaky_.failuresLeft > 0) {
            --flaky_.failuresLeft;
            throw std::runtime_error("flaky consumer failed");
          }
          flaky_.events.push_back(event);
        });
  }

 private:
  Received& steady_;
  Received& flaky_;
};

std::vector<std::unique_ptr<Module>> listening(Received& steady, Received& flaky) {
  std::vector<std::unique_ptr<Module>> modules;
  modules.push_back(std::make_unique<ListeningModule>(steady, flaky));
  return modules;
}

void createEffectsTable(caravan::Platform& platform) {
  platform.pool().acquire().executeDirect(
      "CREATE TABLE outbox_test_effects (event_id BIGINT UNSIGNED PRIMARY KEY) ENGINE=InnoDB");
}

void publishOne(caravan::Platform& platform, bool commit) {
  auto session = platform.pool().acquire();
  db::Transaction tx(session);
  auto payload = makeObject();
  payload->set("what", "something");
  platform.outbox().publish(session, 7, "test.happened", payload);
  if (commit)
    tx.commit();
}

std::int64_t count(caravan::Platform& platform, const std::string& sql) {
  auto rows = platform.pool().acquire().query(sql);
  rows.next();
  return rows.int64(1);
}

}  // namespace

TEST(Outbox, DeliversACommittedEventOnceToEachConsumer) {
  Received steady, flaky;
  TestPlatform test(listening(steady, flaky));
  createEffectsTable(test.platform());
  publishOne(test.platform(), true);
  EXPECT_EQ(test.platform().outbox().dispatchDue(), 2u);
  EXPECT_EQ(test.platform().outbox().dispatchDue(), 0u);
  ASSERT_EQ(steady.events.size(), 1u);
  EXPECT_EQ(steady.events[0].topic, "test.happened");
  EXPECT_EQ(steady.events[0].tenantId, 7u);
  EXPECT_NE(steady.events[0].payload.find("something"), std::string::npos);
  EXPECT_EQ(flaky.events.size(), 1u);
  EXPECT_EQ(count(test.platform(), "SELECT COUNT(*) FROM outbox_deliveries"), 0);
}

TEST(Outbox, ARolledBackEventIsNeverDelivered) {
  Received steady, flaky;
  TestPlatform test(listening(steady, flaky));
  createEffectsTable(test.platform());
  publishOne(test.platform(), false);
  EXPECT_EQ(test.platform().outbox().dispatchDue(), 0u);
  EXPECT_TRUE(steady.events.empty());
  EXPECT_EQ(count(test.platform(), "SELECT COUNT(*) FROM outbox_events"), 0);
}

TEST(Outbox, SurvivesACrashBetweenCommitAndDispatch) {
  Received steady, flaky;
  TestPlatform first(listening(steady, flaky));
  createEffectsTable(first.platform());
  publishOne(first.platform(), true);
  // The process that committed never dispatched (it "crashed"). A new platform on the same
  // database, as after a restart, must deliver the event.
  Received steadyAfter, flakyAfter;
  std::map<std::string, std::string> settings{{"db.url", first.database().url()}};
  caravan::Platform restarted(caravan::Settings::load("", settings, {}));
  ListeningModule module(steadyAfter, flakyAfter);
  restarted.add(module);
  restarted.seal();
  restarted.claimNode();
  EXPECT_EQ(restarted.outbox().dispatchDue(), 2u);
  EXPECT_EQ(steadyAfter.events.size(), 1u);
  EXPECT_EQ(flakyAfter.events.size(), 1u);
  EXPECT_TRUE(steady.events.empty());
  restarted.releaseNode();
}

TEST(Outbox, RetriesAFailedConsumerWithoutRepeatingTheOthers) {
  Received steady, flaky;
  flaky.failuresLeft = 1;
  TestPlatform test(listening(steady, flaky));
  createEffectsTable(test.platform());
  publishOne(test.platform(), true);
  EXPECT_EQ(test.platform().outbox().dispatchDue(), 1u);
  EXPECT_EQ(steady.events.size(), 1u);
  EXPECT_TRUE(flaky.events.empty());
  // The failed attempt's writes were rolled back with it; the steady consumer's stayed.
  EXPECT_EQ(count(test.platform(), "SELECT COUNT(*) FROM outbox_test_effects"), 1);
  EXPECT_EQ(count(test.platform(),
                  "SELECT attempts FROM outbox_deliveries WHERE consumer = 'listening.flaky'"),
            1);
  EXPECT_GT(test.platform().outbox().lagSeconds(), 0.0);
  // Not due yet: the retry waits.
  EXPECT_EQ(test.platform().outbox().dispatchDue(), 0u);
  test.platform().pool().acquire().execute(
      "UPDATE outbox_deliveries SET next_attempt_at = UTC_TIMESTAMP(6)");
  EXPECT_EQ(test.platform().outbox().dispatchDue(), 1u);
  EXPECT_EQ(steady.events.size(), 1u);
  EXPECT_EQ(flaky.events.size(), 1u);
  EXPECT_EQ(count(test.platform(), "SELECT COUNT(*) FROM outbox_test_effects"), 2);
  EXPECT_EQ(test.platform().outbox().lagSeconds(), 0.0);
}

TEST(Outbox, TheDispatcherThreadDeliversAfterNotify) {
  Received steady, flaky;
  TestPlatform test(listening(steady, flaky));
  createEffectsTable(test.platform());
  test.platform().outbox().startDispatcher(std::chrono::milliseconds(60000));
  publishOne(test.platform(), true);
  test.platform().outbox().notify();
  for (int i = 0; i < 500 && count(test.platform(), "SELECT COUNT(*) FROM outbox_deliveries") > 0;
       ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  test.platform().outbox().stopDispatcher();
  EXPECT_EQ(count(test.platform(), "SELECT COUNT(*) FROM outbox_deliveries"), 0);
  EXPECT_EQ(steady.events.size(), 1u);
}
