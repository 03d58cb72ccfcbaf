// The pool recovers by itself when the database server is killed and comes back.
#include <gtest/gtest.h>

#include <caravan/platform/db.hpp>
#include <caravan/testing/mariadb_instance.hpp>
#include <caravan/testing/test_database.hpp>

using caravan::testing::MariaDbInstance;
using caravan::testing::TestDatabase;
namespace db = caravan::db;

TEST(DbPoolRestart, ReconnectsAfterTheServerIsKilledAndRestarted) {
  MariaDbInstance instance;
  TestDatabase database(instance.serverUrl());
  db::PoolSettings settings;
  settings.url = db::Url::parse(database.url());
  settings.maxSize = 4;
  db::Pool pool(settings);
  {
    auto session = pool.acquire();
    session.executeDirect("CREATE TABLE kept (id INT PRIMARY KEY) ENGINE=InnoDB");
    session.execute("INSERT INTO kept VALUES (1)");
  }
  // Several idle connections, all of which die with the server.
  {
    auto a = pool.acquire();
    auto b = pool.acquire();
    a.query("SELECT 1").next();
    b.query("SELECT 1").next();
  }
  ASSERT_GE(pool.stats().open, 2u);

  instance.kill();
  EXPECT_THROW(pool.acquire().query("SELECT COUNT(*) FROM kept"), caravan::Unavailable);
  EXPECT_THROW(pool.acquire().query("SELECT COUNT(*) FROM kept"), caravan::Unavailable)
      << "while the server is down every request fails fast with 503, none hangs";

  instance.start();
  // The first use after the restart must already work: stale connections are checked and
  // replaced before they are handed out, so no request after the outage sees an error.
  auto rows = pool.acquire().query("SELECT COUNT(*) FROM kept");
  ASSERT_TRUE(rows.next());
  EXPECT_EQ(rows.int64(1), 1);
  EXPECT_GE(pool.stats().discarded, 2u);
  for (int i = 0; i < 5; ++i)
    EXPECT_TRUE(pool.acquire().query("SELECT 1").next());
}

TEST(DbPoolRestart, TransactRetriesAUnitWhoseConnectionDiedBeforeCommit) {
  MariaDbInstance instance;
  TestDatabase database(instance.serverUrl());
  db::PoolSettings settings;
  settings.url = db::Url::parse(database.url());
  db::Pool pool(settings);
  pool.acquire().executeDirect("CREATE TABLE counter (id INT PRIMARY KEY, n INT) ENGINE=InnoDB");
  pool.acquire().execute("INSERT INTO counter VALUES (1, 0)");
  pool.acquire().query("SELECT 1").next();  // an idle connection that will go stale

  instance.kill();
  instance.start();
  int attempts = 0;
  pool.transact([&](db::Session& session) {
    ++attempts;
    session.execute("UPDATE counter SET n = n + 1 WHERE id = 1");
  });
  auto rows = pool.acquire().query("SELECT n FROM counter");
  ASSERT_TRUE(rows.next());
  EXPECT_EQ(rows.int64(1), 1) << "the unit committed exactly once";
  EXPECT_GE(attempts, 1);
}
