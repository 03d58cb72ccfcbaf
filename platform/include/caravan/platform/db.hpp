#pragma once

#include <caravan/platform/errors.hpp>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

namespace sql {
class Connection;
class PreparedStatement;
class ResultSet;
class SQLException;
}  // namespace sql

/// The database layer: MySQL Connector/C++ 1.1 behind a small pool of our own, prepared
/// statements only, errors mapped to the API's error classes. See docs/decisions/0001.
namespace caravan::db {

/// Where the database is: mysql://user:password@host:port/database, or with
/// `?socket=/path/to/mysqld.sock` a local server's Unix socket (host and port then unused).
struct Url {
  std::string host = "127.0.0.1";
  int port = 3306;
  std::string user = "root";
  std::string password;
  std::string database;
  std::string socket;  ///< a Unix socket path; empty for TCP

  /// Throws ConfigError naming what is wrong.
  static Url parse(const std::string& text);
  /// The URL with the password masked, for logs.
  std::string redacted() const;
};

/// A value bound to a `?` placeholder. Decimals travel as their exact text.
using Param = std::variant<std::nullptr_t, std::int64_t, std::uint64_t, bool, std::string>;
using Params = std::vector<Param>;

/// A duplicate key (MySQL 1062). `key` is the index name, so that a service can say which field.
class DuplicateKey : public Conflict {
 public:
  DuplicateKey(std::string key, std::string detail);
  const std::string& key() const { return key_; }

 private:
  std::string key_;
};

/// The server chose this transaction as a deadlock victim (1213) and rolled it back: the whole
/// unit of work may be run again.
class Deadlock : public Unavailable {
 public:
  Deadlock();
};

/// The connection failed (server gone, restarted, network). Answered as 503 with Retry-After.
class ConnectionLost : public Unavailable {
 public:
  explicit ConnectionLost(std::string detail);
};

/// Turns a driver exception into the API's error classes (1062 -> DuplicateKey/409,
/// 1213 -> Deadlock, lost connection -> 503, constraint failures -> 409, others -> 500).
[[noreturn]] void rethrow(const sql::SQLException& error);

/// A forward-only result. Columns are numbered from 1 or named by their label.
class Rows {
 public:
  explicit Rows(std::unique_ptr<sql::ResultSet> result);
  Rows(Rows&&) noexcept;
  ~Rows();

  bool next();
  bool isNull(unsigned column) const;
  std::string string(unsigned column) const;
  std::optional<std::string> optionalString(unsigned column) const;
  std::int64_t int64(unsigned column) const;
  std::uint64_t uint64(unsigned column) const;
  bool boolean(unsigned column) const;
  std::size_t rowCount() const;

 private:
  std::unique_ptr<sql::ResultSet> result_;
};

class Pool;
struct PooledConnection;

/// How much of other transactions' work a transaction sees. RepeatableRead (the server's
/// default) reads one snapshot throughout; ReadCommitted sees, with each statement, everything
/// committed before it: for work split over connections that must see each other's results.
enum class Isolation { RepeatableRead, ReadCommitted };

/// A connection leased from the pool; returned (or discarded when broken) on destruction.
/// Statements are prepared once per connection and cached.
class Session {
 public:
  Session(Pool& pool, std::unique_ptr<PooledConnection> connection);
  Session(Session&&) noexcept;
  Session& operator=(Session&&) = delete;
  ~Session();

  Rows query(std::string_view sql, const Params& params = {});
  /// Runs an INSERT/UPDATE/DELETE; returns the number of rows it changed.
  std::uint64_t execute(std::string_view sql, const Params& params = {});
  /// Runs a statement that is not preparable (DDL, SET, locks) with no parameters.
  void executeDirect(std::string_view sql);

  /// Inserts many rows with multi-row `INSERT ... VALUES (...),(...)` statements of up to
  /// `rowsPerStatement` rows (and 4 MiB of text). The values are escaped into the statement's
  /// text, not bound: for bulk rows this costs both sides less than a parameter per value.
  /// `table` and `columns` are code constants, never user input.
  /// `suffix` is appended to each statement (e.g. "ON DUPLICATE KEY UPDATE ...").
  void insertRows(std::string_view table, const std::vector<std::string>& columns,
                  const std::vector<Params>& rows, std::size_t rowsPerStatement = 500,
                  std::string_view suffix = {});
  /// insertRows with `leading` as every row's first value (a tenant id) before the row's own.
  void insertRows(std::string_view table, const std::vector<std::string>& columns,
                  const Param& leading, const std::vector<Params>& rows,
                  std::size_t rowsPerStatement = 500, std::string_view suffix = {});

  void begin(Isolation isolation = Isolation::RepeatableRead);
  void commit();
  void rollback();
  bool inTransaction() const { return inTransaction_; }

 private:
  /// insertRows with `leading` (when not null) before each row's values.
  void insertRowsAfter(std::string_view table, const std::vector<std::string>& columns,
                       const Param* leading, const std::vector<Params>& rows,
                       std::size_t rowsPerStatement, std::string_view suffix);
  sql::PreparedStatement& prepare(std::string_view sql);
  void markBrokenIfLost(const sql::SQLException& error);

  Pool* pool_;
  std::unique_ptr<PooledConnection> connection_;
  bool inTransaction_ = false;
};

/// Rolls back on destruction unless committed: an exception anywhere leaves nothing half-written.
class Transaction {
 public:
  explicit Transaction(Session& session, Isolation isolation = Isolation::RepeatableRead);
  Transaction(const Transaction&) = delete;
  ~Transaction();
  void commit();

 private:
  Session& session_;
  bool done_ = false;
};

/// A session bound to one tenant. Every statement must constrain `tenant_id = ?` (or, for an
/// INSERT, name tenant_id as its first column), and this class binds the tenant at that
/// placeholder: callers pass the other parameters only. A query that forgets the tenant fails on
/// its first run, in the first test that runs it, instead of leaking another seller's rows.
class TenantSession {
 public:
  TenantSession(Session& session, std::uint64_t tenantId);
  Rows query(std::string_view sql, Params params = {});
  std::uint64_t execute(std::string_view sql, Params params = {});
  /// Session::insertRows for a tenant-owned table: `columns` must start with tenant_id, and each
  /// row gives the values of the other columns (the tenant is added here).
  void insertRows(std::string_view table, const std::vector<std::string>& columns,
                  const std::vector<Params>& rows, std::size_t rowsPerStatement = 500,
                  std::string_view suffix = {});
  /// Keyset pagination by id, newest first: runs `select` (which ends in `WHERE tenant_id = ?`,
  /// optionally with more conditions and their `params`) with `AND id < ?` when `beforeId` is
  /// given, `ORDER BY id DESC LIMIT limit`. The table must have a column `id`.
  Rows newestFirst(const std::string& select, std::optional<std::uint64_t> beforeId,
                   std::size_t limit, Params params = {});
  std::uint64_t tenantId() const { return tenantId_; }
  Session& session() { return session_; }

 private:
  Params withTenant(std::string_view sql, Params params) const;
  Session& session_;
  std::uint64_t tenantId_;
};

/// The placeholders of an IN list for `values`, which it pads to a power of two (at least 4) by
/// repeating the last value: an IN list means the same with a value twice, and lists of any
/// length then share a few prepared statements instead of one each. `values` must not be empty.
std::string inList(Params& values);

/// A derived table of one column, `column`, of the CAST type `type` ("CHAR(192)", "UNSIGNED"),
/// holding `values` (padded like inList, with NULLs, which join nothing):
/// "(SELECT CAST(? AS type) AS column UNION ALL VALUES (?), (?)) AS alias". Joined to an index
/// (SELECT STRAIGHT_JOIN ... FROM <it> JOIN t FORCE INDEX (...) ON t.c = alias.column), it looks
/// each value up once; an IN list of hundreds of values costs about twice that, as the optimiser
/// first dives into the index for every value (kEstimateEveryValue). The type is needed: without
/// it the column takes the length of the first value bound, and longer ones are cut. A text
/// longer than the type is cut too, so give strings a length above the compared column's: a
/// value cut to it still matches nothing. `values` must not be empty.
std::string valuesTable(Params& values, std::string_view type, std::string_view column,
                        std::string_view alias);

/// Put before a SELECT whose IN list may exceed 200 values: MariaDB then dives into the index for
/// every value instead of estimating the ranges from index statistics (eq_range_index_dive_limit).
/// The statistics lag behind a table that is being filled, and the optimiser then read every row
/// of the tenant instead of the listed ones (docs/benchmarks.md, customer import). A dive costs
/// about one lookup.
inline constexpr const char* kEstimateEveryValue =
    "SET STATEMENT eq_range_index_dive_limit = 0 FOR ";

/// The index of the placeholder that binds tenant_id (see TenantSession), if the statement has one.
std::optional<std::size_t> tenantPlaceholder(std::string_view sql);

struct PoolSettings {
  Url url;
  bool configured = true;  ///< false when no database URL was given: acquire() says so
  std::size_t maxSize = 32;
  std::chrono::milliseconds waitTimeout{2000};
  std::chrono::seconds connectTimeout{2};
  std::chrono::seconds readTimeout{30};
  /// A connection idle longer than this is checked with a ping before it is handed out.
  std::chrono::milliseconds validateAfterIdle{5000};
};

/// Counters for /metrics.
struct PoolStats {
  std::size_t open = 0;
  std::size_t inUse = 0;
  std::size_t waiting = 0;
  std::uint64_t created = 0;
  std::uint64_t discarded = 0;
  std::uint64_t timeouts = 0;
};

/// A bounded pool of connections. Hands out only connections that are believed alive: after any
/// connection reports a lost server, every idle connection is pinged before reuse, so a database
/// restart costs the requests in flight at that moment and nothing after it.
class Pool {
 public:
  explicit Pool(PoolSettings settings);
  ~Pool();
  Pool(const Pool&) = delete;

  /// Waits up to waitTimeout for a connection; throws Unavailable when none can be had.
  Session acquire();

  /// Runs `unit` in a transaction and commits it. A deadlock, or a lost connection before the
  /// commit was sent, rolls back and runs the unit again (up to `attempts` times), so the unit
  /// must be idempotent apart from its database writes.
  template <typename Unit>
  auto transact(Unit&& unit, int attempts = 3, Isolation isolation = Isolation::RepeatableRead) {
    for (int attempt = 1;; ++attempt) {
      try {
        Session session = acquire();
        Transaction tx(session, isolation);
        if constexpr (std::is_void_v<decltype(unit(session))>) {
          unit(session);
          tx.commit();
          return;
        } else {
          auto result = unit(session);
          tx.commit();
          return result;
        }
      } catch (const Deadlock&) {
        if (attempt >= attempts)
          throw;
      } catch (const ConnectionLost&) {
        if (attempt >= attempts)
          throw;
      }
    }
  }

  PoolStats stats() const;
  const PoolSettings& settings() const { return settings_; }
  /// Closes idle connections and refuses new leases (shutdown).
  void close();

 private:
  friend class Session;
  std::unique_ptr<PooledConnection> connect();
  void release(std::unique_ptr<PooledConnection> connection, bool broken);
  void noteLostServer();

  PoolSettings settings_;
  mutable std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<PooledConnection>> idle_;
  std::size_t open_ = 0;
  std::size_t waiting_ = 0;
  std::uint64_t created_ = 0;
  std::uint64_t discarded_ = 0;
  std::uint64_t timeouts_ = 0;
  std::uint64_t lostEpoch_ = 0;
  bool closed_ = false;
};

}  // namespace caravan::db
