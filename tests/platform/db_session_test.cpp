// The database layer against a real MariaDB: exact decimals, utf8mb4, error mapping,
// transactions, batches, tenant scoping, the pool's bounds and deadlock retry.
#include <gtest/gtest.h>

#include <atomic>
#include <caravan/platform/db.hpp>
#include <caravan/testing/test_database.hpp>
#include <latch>
#include <limits>
#include <thread>

using caravan::testing::TestDatabase;
namespace db = caravan::db;

namespace {

std::unique_ptr<db::Pool> poolFor(
    TestDatabase& database, std::size_t size = 4,
    std::chrono::milliseconds wait = std::chrono::milliseconds(2000)) {
  db::PoolSettings settings;
  settings.url = db::Url::parse(database.url());
  settings.maxSize = size;
  settings.waitTimeout = wait;
  return std::make_unique<db::Pool>(settings);
}

}  // namespace

TEST(DbSession, ReadsDecimalsExactlyAsText) {
  TestDatabase database;
  auto pool = poolFor(database);
  auto session = pool->acquire();
  session.executeDirect(
      "CREATE TABLE amounts (id INT PRIMARY KEY, amount DECIMAL(30,10) NOT NULL)");
  session.execute("INSERT INTO amounts VALUES (1, ?)", {std::string("12345678901234.0123456789")});
  auto rows = session.query("SELECT amount FROM amounts WHERE id = 1");
  ASSERT_TRUE(rows.next());
  EXPECT_EQ(rows.string(1), "12345678901234.0123456789");
}

TEST(DbSession, RoundTripsFourByteUtf8AndMicroseconds) {
  TestDatabase database;
  auto pool = poolFor(database);
  auto session = pool->acquire();
  session.executeDirect(
      "CREATE TABLE notes (id INT PRIMARY KEY, body VARCHAR(100) NOT NULL, at DATETIME(6) NOT "
      "NULL) "
      "DEFAULT CHARSET=utf8mb4");
  const std::string text = "张三 Müller 🚀 مرحبا";
  session.execute("INSERT INTO notes VALUES (1, ?, ?)",
                  {text, std::string("2026-02-28 23:59:59.123456")});
  auto rows = session.query("SELECT body, at FROM notes");
  ASSERT_TRUE(rows.next());
  EXPECT_EQ(rows.string(1), text);
  EXPECT_EQ(rows.string(2), "2026-02-28 23:59:59.123456");
}

TEST(DbSession, DuplicateKeyNamesTheIndex) {
  TestDatabase database;
  auto pool = poolFor(database);
  auto session = pool->acquire();
  session.executeDirect(
      "CREATE TABLE skus (id INT PRIMARY KEY, sku VARCHAR(10), UNIQUE KEY uq_skus_sku (sku))");
  session.execute("INSERT INTO skus VALUES (1, 'A')");
  try {
    session.execute("INSERT INTO skus VALUES (2, 'A')");
    FAIL() << "a duplicate insert must throw";
  } catch (const db::DuplicateKey& e) {
    EXPECT_EQ(e.key(), "uq_skus_sku");
    EXPECT_EQ(e.status(), 409);
  }
}

TEST(DbSession, StrictModeRejectsTooLongValues) {
  TestDatabase database;
  auto pool = poolFor(database);
  auto session = pool->acquire();
  session.executeDirect("CREATE TABLE short_text (v VARCHAR(3))");
  try {
    session.execute("INSERT INTO short_text VALUES (?)", {std::string("abcd")});
    FAIL() << "strict mode must refuse to truncate";
  } catch (const caravan::ApiError& e) {
    EXPECT_EQ(e.code(), "value_too_long");
  }
}

TEST(DbSession, TransactionRollsBackUnlessCommitted) {
  TestDatabase database;
  auto pool = poolFor(database);
  {
    auto session = pool->acquire();
    session.executeDirect("CREATE TABLE t (id INT PRIMARY KEY) ENGINE=InnoDB");
  }
  {
    auto session = pool->acquire();
    db::Transaction tx(session);
    session.execute("INSERT INTO t VALUES (1)");
  }  // no commit
  {
    auto session = pool->acquire();
    db::Transaction tx(session);
    session.execute("INSERT INTO t VALUES (2)");
    tx.commit();
  }
  auto rows = pool->acquire().query("SELECT GROUP_CONCAT(id) FROM t");
  ASSERT_TRUE(rows.next());
  EXPECT_EQ(rows.string(1), "2");
}

TEST(DbSession, InsertRowsBatchesAllRows) {
  TestDatabase database;
  auto pool = poolFor(database);
  auto session = pool->acquire();
  session.executeDirect("CREATE TABLE many (id BIGINT PRIMARY KEY, label VARCHAR(20))");
  std::vector<db::Params> rows;
  for (std::int64_t i = 1; i <= 1234; ++i)
    rows.push_back({i, "row " + std::to_string(i)});
  session.insertRows("many", {"id", "label"}, rows, 500);
  auto count = session.query("SELECT COUNT(*), SUM(id), MAX(label) FROM many");
  ASSERT_TRUE(count.next());
  EXPECT_EQ(count.int64(1), 1234);
  EXPECT_EQ(count.int64(2), 1234 * 1235 / 2);
  EXPECT_THROW(session.insertRows("many", {"id", "label"}, {{std::int64_t{9999}}}),
               std::invalid_argument);
}

TEST(DbSession, InsertedRowsArriveExactlyAsGivenWhateverTheirBytes) {
  // insertRows writes values as literals in the statement's text: every byte a string may hold,
  // the characters SQL gives a meaning, and the edges of every number type must arrive intact.
  TestDatabase database;
  auto pool = poolFor(database);
  auto session = pool->acquire();
  session.executeDirect(
      "CREATE TABLE exact (id BIGINT PRIMARY KEY, label VARCHAR(200) CHARACTER SET utf8mb4, "
      "bytes BLOB, big BIGINT UNSIGNED, flag BOOLEAN)");
  std::string everyByte;
  for (int c = 0; c < 256; ++c)
    everyByte.push_back(static_cast<char>(c));
  const std::vector<std::string> labels = {"it's",
                                           "say \"hi\"",
                                           "back\\slash",
                                           "line\nbreak\r\n",
                                           std::string("nul\0byte", 8),
                                           "ctrl-z \x1a",
                                           "'); DROP TABLE exact; --",
                                           "\\'",
                                           "Müller 张三 🙂",
                                           "",
                                           "%_?"};
  std::vector<db::Params> rows;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    rows.push_back(
        {static_cast<std::int64_t>(i) - 5, labels[i], everyByte.substr(i * 23),
         i % 2 ? db::Param{std::numeric_limits<std::uint64_t>::max()} : db::Param{nullptr},
         i % 3 == 0});
  }
  rows.push_back({std::numeric_limits<std::int64_t>::min(), std::string("min"), everyByte,
                  std::uint64_t{0}, true});
  session.insertRows("exact", {"id", "label", "bytes", "big", "flag"}, rows, 4);

  auto read = session.query("SELECT id, label, bytes, big, flag FROM exact ORDER BY id");
  ASSERT_TRUE(read.next());
  EXPECT_EQ(read.int64(1), std::numeric_limits<std::int64_t>::min());
  EXPECT_EQ(read.string(3), everyByte);
  EXPECT_EQ(read.uint64(4), 0u);
  for (std::size_t i = 0; i < labels.size(); ++i) {
    ASSERT_TRUE(read.next());
    EXPECT_EQ(read.int64(1), static_cast<std::int64_t>(i) - 5);
    EXPECT_EQ(read.string(2), labels[i]);
    EXPECT_EQ(read.string(3), everyByte.substr(i * 23)) << i;
    if (i % 2)
      EXPECT_EQ(read.uint64(4), std::numeric_limits<std::uint64_t>::max());
    else
      EXPECT_TRUE(read.isNull(4));
    EXPECT_EQ(read.boolean(5), i % 3 == 0);
  }
  EXPECT_FALSE(read.next());
}

TEST(DbSession, LargeInsertsAreSplitBelowThePacketLimit) {
  // 40 rows of 1 MiB each in one call: one statement would exceed the server's 16 MiB packet.
  TestDatabase database;
  auto pool = poolFor(database);
  auto session = pool->acquire();
  session.executeDirect("CREATE TABLE wide (id BIGINT PRIMARY KEY, body LONGTEXT)");
  std::vector<db::Params> rows;
  for (std::int64_t i = 1; i <= 40; ++i)
    rows.push_back({i, std::string(1 << 20, static_cast<char>('a' + i % 26))});
  session.insertRows("wide", {"id", "body"}, rows, 1000);
  auto count = session.query("SELECT COUNT(*), SUM(LENGTH(body)) FROM wide");
  ASSERT_TRUE(count.next());
  EXPECT_EQ(count.int64(1), 40);
  EXPECT_EQ(count.int64(2), 40 << 20);
}

TEST(DbSession, InListsArePaddedToAPowerOfTwoWithoutChangingTheirMeaning) {
  TestDatabase database;
  auto pool = poolFor(database);
  auto session = pool->acquire();
  session.executeDirect("CREATE TABLE few (id BIGINT PRIMARY KEY)");
  session.executeDirect("INSERT INTO few VALUES (1), (2), (3), (4), (5), (6)");
  db::Params values{std::int64_t{2}, std::int64_t{5}, std::int64_t{6}, std::int64_t{9},
                    std::int64_t{1}};
  const std::string list = db::inList(values);
  EXPECT_EQ(values.size(), 8u);
  EXPECT_EQ(list, "?, ?, ?, ?, ?, ?, ?, ?");
  EXPECT_EQ(std::get<std::int64_t>(values.back()), 1) << "padded with the last value";
  auto rows = session.query(
      "SELECT GROUP_CONCAT(id ORDER BY id) FROM few WHERE id IN (" + list + ")", values);
  ASSERT_TRUE(rows.next());
  EXPECT_EQ(rows.string(1), "1,2,5,6");
  db::Params none;
  EXPECT_THROW(db::inList(none), std::invalid_argument);
}

TEST(DbSession, ATableOfValuesJoinsEachValueOnceWhateverItsPadding) {
  TestDatabase database;
  auto pool = poolFor(database);
  auto session = pool->acquire();
  session.executeDirect(
      "CREATE TABLE keyed (tenant_id BIGINT UNSIGNED, k VARCHAR(20) CHARACTER SET utf8mb4 "
      "COLLATE utf8mb4_bin, id BIGINT UNSIGNED, PRIMARY KEY (tenant_id, k))");
  session.executeDirect(
      "INSERT INTO keyed VALUES (1, 'a-1', 10), (1, 'A-1', 11), (1, 'b', 12), (2, 'b', 20)");
  db::TenantSession one(session, 1);
  // Longer than the type: cut to 21 characters, longer than any key, so it matches nothing.
  const std::string tooLong(30, 'b');
  db::Params values{std::string("b"),  std::string("a-1"), std::string("b"),
                    std::string("zz"), std::string("A-1"), tooLong};
  const std::string table = db::valuesTable(values, "CHAR(21)", "k", "v");
  EXPECT_EQ(values.size(), 8u);
  EXPECT_TRUE(std::holds_alternative<std::nullptr_t>(values.back())) << "padded with NULL";
  EXPECT_EQ(table,
            "(SELECT CAST(? AS CHAR(21)) AS k UNION ALL VALUES (?), (?), (?), (?), (?), (?), (?)) "
            "AS v");
  // The tenant's placeholder comes after the values' and is still the one bound to tenant 1.
  auto rows = one.query("SELECT STRAIGHT_JOIN GROUP_CONCAT(t.id ORDER BY t.id) FROM " + table +
                            " JOIN keyed t ON t.tenant_id = ? AND t.k = v.k",
                        values);
  ASSERT_TRUE(rows.next());
  EXPECT_EQ(rows.string(1), "10,11,12,12") << "each listed value once, compared byte for byte";
  db::Params none;
  EXPECT_THROW(db::valuesTable(none, "CHAR(21)", "k", "v"), std::invalid_argument);
}

TEST(DbSession, TenantSessionSeesOnlyItsTenant) {
  TestDatabase database;
  auto pool = poolFor(database);
  auto session = pool->acquire();
  session.executeDirect(
      "CREATE TABLE things (tenant_id BIGINT UNSIGNED, id BIGINT UNSIGNED, name VARCHAR(20), "
      "PRIMARY KEY (tenant_id, id))");
  db::TenantSession alpha(session, 1);
  db::TenantSession beta(session, 2);
  alpha.execute("INSERT INTO things (tenant_id, id, name) VALUES (?, ?, ?)",
                {std::uint64_t{10}, std::string("a")});
  beta.execute("INSERT INTO things (tenant_id, id, name) VALUES (?, ?, ?)",
               {std::uint64_t{10}, std::string("b")});
  auto rows =
      alpha.query("SELECT name FROM things WHERE tenant_id = ? AND id = ?", {std::uint64_t{10}});
  ASSERT_TRUE(rows.next());
  EXPECT_EQ(rows.string(1), "a");
  EXPECT_FALSE(rows.next());
  EXPECT_EQ(beta.execute("UPDATE things SET name = ? WHERE tenant_id = ? AND id = ?",
                         {std::string("b2"), std::uint64_t{10}}),
            1u);
  auto check = alpha.query("SELECT name FROM things WHERE tenant_id = ?");
  ASSERT_TRUE(check.next());
  EXPECT_EQ(check.string(1), "a") << "tenant 2's update must not touch tenant 1's row";
  EXPECT_THROW(alpha.query("SELECT name FROM things WHERE id = ?", {std::uint64_t{10}}),
               std::logic_error);
}

TEST(DbPool, IsBoundedAndTimesOutWhenExhausted) {
  TestDatabase database;
  auto pool = poolFor(database, 2, std::chrono::milliseconds(100));
  auto first = pool->acquire();
  auto second = pool->acquire();
  EXPECT_EQ(pool->stats().inUse, 2u);
  EXPECT_THROW(pool->acquire(), caravan::Unavailable);
  EXPECT_EQ(pool->stats().timeouts, 1u);
}

TEST(DbPool, HandsAReleasedConnectionToAWaiter) {
  TestDatabase database;
  auto pool = poolFor(database, 1, std::chrono::milliseconds(5000));
  std::optional<db::Session> held(pool->acquire());
  std::thread releaser([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    held.reset();
  });
  auto session = pool->acquire();
  releaser.join();
  EXPECT_TRUE(session.query("SELECT 1").next());
  EXPECT_EQ(pool->stats().created, 1u) << "the waiter must reuse the released connection";
}

TEST(DbPool, RetriesADeadlockVictim) {
  TestDatabase database;
  auto pool = poolFor(database, 4);
  {
    auto session = pool->acquire();
    session.executeDirect(
        "CREATE TABLE accounts (id INT PRIMARY KEY, n INT NOT NULL) ENGINE=InnoDB");
    session.execute("INSERT INTO accounts VALUES (1, 0), (2, 0)");
  }
  std::latch bothLocked(2);
  std::atomic<int> attempts = 0;
  auto transfer = [&](int first, int second) {
    pool->transact([&](db::Session& session) {
      const int attempt = ++attempts;
      session.execute("UPDATE accounts SET n = n + 1 WHERE id = ?", {std::int64_t{first}});
      if (attempt <= 2)
        bothLocked.arrive_and_wait();  // the first attempts cross: a deadlock
      session.execute("UPDATE accounts SET n = n + 1 WHERE id = ?", {std::int64_t{second}});
    });
  };
  std::thread one(transfer, 1, 2);
  std::thread two(transfer, 2, 1);
  one.join();
  two.join();
  EXPECT_EQ(attempts.load(), 3) << "one of the two must have been retried once";
  auto rows = pool->acquire().query("SELECT SUM(n) FROM accounts");
  ASSERT_TRUE(rows.next());
  EXPECT_EQ(rows.int64(1), 4) << "both transfers committed exactly once";
}

TEST(DbUrl, ParsesAndRedacts) {
  const auto url = db::Url::parse("mysql://app%40x:s3cr%2Ft@db.example:3307/caravan");
  EXPECT_EQ(url.user, "app@x");
  EXPECT_EQ(url.password, "s3cr/t");
  EXPECT_EQ(url.host, "db.example");
  EXPECT_EQ(url.port, 3307);
  EXPECT_EQ(url.database, "caravan");
  EXPECT_EQ(url.redacted().find("s3cr"), std::string::npos);
  EXPECT_THROW(db::Url::parse("postgres://x/y"), caravan::ConfigError);
  EXPECT_THROW(db::Url::parse("mysql://x/y;drop"), caravan::ConfigError);
  const auto local =
      db::Url::parse("mysql://root@localhost/caravan?socket=/run/mysqld/mysqld.sock");
  EXPECT_EQ(local.socket, "/run/mysqld/mysqld.sock");
  EXPECT_THROW(db::Url::parse("mysql://x/y?socket=relative.sock"), caravan::ConfigError);
  EXPECT_THROW(db::Url::parse("mysql://x/y?ssl=off"), caravan::ConfigError);
}

TEST(DbUrl, ConnectsThroughTheServersUnixSocket) {
  TestDatabase database;
  auto tcp = database.session();
  auto socketRow = tcp.query("SELECT @@socket");
  ASSERT_TRUE(socketRow.next());
  const std::string socket = socketRow.string(1);
  ASSERT_FALSE(socket.empty());

  db::PoolSettings settings;
  settings.url = db::Url::parse(database.url() + "?socket=" + socket);
  db::Pool pool(settings);
  auto session = pool.acquire();
  // A client on the socket is "localhost" to the server; over TCP it would be "127.0.0.1:port".
  auto rows = session.query(
      "SELECT HOST, DATABASE() FROM information_schema.PROCESSLIST WHERE ID = CONNECTION_ID()");
  ASSERT_TRUE(rows.next());
  EXPECT_EQ(rows.string(1), "localhost");
  EXPECT_EQ(rows.string(2), database.name());
}
