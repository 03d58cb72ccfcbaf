// MariaDB insert rates through our pool: single-row statements (autocommit, and inside one
// transaction) against multi-row INSERT ... VALUES (...),(...) batches. The reference ceiling
// for every bulk path in later modules. Needs CARAVAN_BENCH_DB_URL (a server URL, no database);
// bench/db-insert-rate starts a throwaway server and sets it.
#include <benchmark/benchmark.h>

#include <caravan/platform/db.hpp>
#include <cstdlib>
#include <iostream>
#include <random>

namespace db = caravan::db;

namespace {

// One database for the whole run, with a table shaped like a tenant-owned row.
db::Pool& pool() {
  static std::unique_ptr<db::Pool> instance = [] {
    const char* server = std::getenv("CARAVAN_BENCH_DB_URL");
    if (!server) {
      std::cerr << "CARAVAN_BENCH_DB_URL is not set; run bench/db-insert-rate\n";
      std::exit(2);
    }
    db::PoolSettings settings;
    settings.url = db::Url::parse(server);
    settings.url.database.clear();
    {
      db::Pool admin(settings);
      auto session = admin.acquire();
      session.executeDirect("DROP DATABASE IF EXISTS caravan_bench");
      session.executeDirect(
          "CREATE DATABASE caravan_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    settings.url.database = "caravan_bench";
    auto pool = std::make_unique<db::Pool>(settings);
    pool->acquire().executeDirect(
        "CREATE TABLE rows_bench (tenant_id BIGINT UNSIGNED NOT NULL, id BIGINT UNSIGNED NOT NULL, "
        "name VARCHAR(255) NOT NULL, email VARCHAR(255) NOT NULL, amount DECIMAL(19,4) NOT NULL, "
        "created_at DATETIME(6) NOT NULL, PRIMARY KEY (tenant_id, id)) ENGINE=InnoDB");
    return pool;
  }();
  return *instance;
}

std::uint64_t nextId() {
  static std::uint64_t id = 0;
  return ++id;
}

db::Params row() {
  const std::uint64_t id = nextId();
  return {std::uint64_t{1},
          id,
          "Customer " + std::to_string(id),
          "c" + std::to_string(id) + "@example.com",
          std::string("1234.5600"),
          std::string("2026-01-01 00:00:00.000000")};
}

const std::vector<std::string> kColumns = {"tenant_id", "id",     "name",
                                           "email",     "amount", "created_at"};
constexpr const char* kSingle =
    "INSERT INTO rows_bench (tenant_id, id, name, email, amount, created_at) VALUES (?, ?, ?, ?, "
    "?, ?)";

void SingleRowAutocommit(benchmark::State& state) {
  auto session = pool().acquire();
  for (auto _ : state)
    session.execute(kSingle, row());
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(SingleRowAutocommit)->UseRealTime()->MinTime(3);

void SingleRowInOneTransaction(benchmark::State& state) {
  auto session = pool().acquire();
  const auto perTransaction = static_cast<std::size_t>(state.range(0));
  for (auto _ : state) {
    db::Transaction tx(session);
    for (std::size_t i = 0; i < perTransaction; ++i)
      session.execute(kSingle, row());
    tx.commit();
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(SingleRowInOneTransaction)->Arg(1000)->UseRealTime()->MinTime(3);

void MultiRowStatements(benchmark::State& state) {
  auto session = pool().acquire();
  const auto rowsPerStatement = static_cast<std::size_t>(state.range(0));
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<db::Params> rows;
    rows.reserve(10000);
    for (int i = 0; i < 10000; ++i)
      rows.push_back(row());
    state.ResumeTiming();
    db::Transaction tx(session);
    session.insertRows("rows_bench", kColumns, rows, rowsPerStatement);
    tx.commit();
  }
  state.SetItemsProcessed(state.iterations() * 10000);
}
BENCHMARK(MultiRowStatements)->Arg(100)->Arg(500)->Arg(1000)->UseRealTime()->MinTime(3);

}  // namespace

BENCHMARK_MAIN();
