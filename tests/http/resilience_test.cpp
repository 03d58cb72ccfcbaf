// The server against a failing world: the database dies and returns, SIGTERM arrives while a
// request is inside its handler, and the database is not there yet when the server starts.

#include <Poco/Net/NetException.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>

#include <atomic>
#include <caravan/testing/mariadb_instance.hpp>
#include <chrono>
#include <thread>

#include "http_fixture.hpp"

namespace caravan::testing {
namespace {

using namespace std::chrono_literals;

/// Polls `probe` until it returns true or `limit` has passed; returns whether it did.
template <typename Probe>
bool eventually(std::chrono::seconds limit, Probe&& probe) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < deadline) {
    if (probe())
      return true;
    std::this_thread::sleep_for(200ms);
  }
  return probe();
}

/// The tenant id inside an API key (cvn_<tenant>_<key id>_<secret>).
std::uint64_t tenantOf(const std::string& key) {
  return std::stoull(key.substr(4, key.find('_', 4) - 4));
}

/// What a client trying a new connection gets: "refused" when the connection cannot be made or
/// is closed without an answer, otherwise the first bytes of the answer.
std::string tryNewConnection(unsigned short port) {
  try {
    Poco::Net::StreamSocket socket;
    socket.connect(Poco::Net::SocketAddress("127.0.0.1", port), Poco::Timespan(2, 0));
    socket.setReceiveTimeout(Poco::Timespan(2, 0));
    const std::string request =
        "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    socket.sendBytes(request.data(), static_cast<int>(request.size()));
    char buffer[64] = {};
    const int got = socket.receiveBytes(buffer, sizeof buffer - 1);
    if (got <= 0)
      return "refused";
    return "answered: " + std::string(buffer, static_cast<std::size_t>(got));
  } catch (const Poco::TimeoutException&) {
    return "accepted, but no answer within 2 s";
  } catch (const Poco::Exception& e) {
    return "refused";
  }
}

// --- (a) the database restarts under a running server ----------------------------------------

TEST(ResilienceTest, ServesAgainAfterTheDatabaseRestarts) {
  MariaDbInstance instance;
  auto database = std::make_unique<TestDatabase>(instance.serverUrl());
  runCaravanOk(database->url(), {"migrate"});
  createTenant(database->url(), "Acme");
  const std::string key = createApiKey(database->url(), "Acme", "owner");
  ServerProcess server(database->url());
  HttpClient api(server.port());
  api.setBearer(key);
  const auto created = api.post("/api/v1/products", productBody("RESTART-1", "Survivor"));
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string path = "/api/v1/products/" + str(created.json(), "id");
  ASSERT_EQ(api.get(path).status, 200);

  instance.kill();

  const auto down = api.get(path);
  expectProblem(down, 503, "unavailable");
  EXPECT_FALSE(down.header("Retry-After").empty()) << "503 without Retry-After";
  // Writes fail the same way, and nothing half-done is left for later.
  const auto write = api.post("/api/v1/products", productBody("RESTART-2", "Lost"));
  expectProblem(write, 503, "unavailable");
  EXPECT_FALSE(write.header("Retry-After").empty());
  const auto notReady = api.get("/readyz");
  EXPECT_EQ(notReady.status, 503) << notReady.body;
  EXPECT_FALSE(notReady.header("Retry-After").empty());
  EXPECT_EQ(str(notReady.json(), "status"), "not_ready");
  EXPECT_EQ(str(notReady.json()->getObject("checks"), "database"), "unreachable");
  // The process itself is alive: liveness stays green, so that it is not restarted for this.
  EXPECT_EQ(api.get("/healthz").status, 200);

  instance.start();

  HttpResult last;
  const bool recovered = eventually(30s, [&] {
    last = api.get(path);
    return last.status == 200;
  });
  EXPECT_TRUE(recovered) << "still " << last.status
                         << " 30 s after the database came back: " << last.body << "\n"
                         << server.log();
  EXPECT_EQ(str(last.json(), "name"), "Survivor");
  EXPECT_TRUE(server.running()) << "the server was restarted or died";
  EXPECT_EQ(api.get("/readyz").status, 200);
  const auto after = api.post("/api/v1/products", productBody("RESTART-3", "New"));
  EXPECT_EQ(after.status, 201) << after.body;
  // The write refused during the outage did not happen.
  const auto list = api.get("/api/v1/products");
  EXPECT_EQ(itemIds(list.json()).size(), 2u) << list.body;
  EXPECT_EQ(list.body.find("RESTART-2"), std::string::npos);
}

// --- (b) SIGTERM while a request is inside its handler ------------------------------------------

class ShutdownTest : public HttpFixture {};

TEST_F(ShutdownTest, FinishesTheRequestInFlightThenExits) {
  const std::string key = keyFor("Acme", "owner");
  auto api = client(key);
  const auto product = createProduct(*api, "SLOW-1", "Before");
  const std::string id = str(product, "id");

  // Another connection holds the product's row lock, so the PATCH waits inside its handler.
  auto holder = database().session();
  holder.begin();
  {
    auto locked = holder.query("SELECT id FROM products WHERE tenant_id = ? AND id = ? FOR UPDATE",
                               {tenantOf(key), static_cast<std::uint64_t>(std::stoull(id))});
    ASSERT_TRUE(locked.next());
  }

  HttpResult patched;
  std::string patchError;
  std::thread patcher([&] {
    try {
      auto own = client(key);
      patched = own->request("PATCH", "/api/v1/products/" + id, R"({"name": "After"})",
                             {{"If-Match", "\"1\""}});
    } catch (const std::exception& e) {
      patchError = e.what();
    }
  });
  std::this_thread::sleep_for(300ms);  // the PATCH is now waiting for the lock
  server().signalTerminate();
  std::this_thread::sleep_for(300ms);

  // While it drains, the server takes no new work.
  const std::string newcomer = tryNewConnection(port());
  holder.commit();
  patcher.join();

  EXPECT_EQ(patchError, "");
  EXPECT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(str(parseObject(patched.body), "name"), "After");
  EXPECT_EQ(patched.header("ETag"), "\"2\"");
  EXPECT_EQ(newcomer, "refused") << "a new connection during shutdown";
  const int code = server().wait(20);
  EXPECT_EQ(code, 0) << server().log();
  // The scenario really had the PATCH inside its handler when the signal came.
  EXPECT_NE(server().log().find("finishing 1 requests in flight"), std::string::npos)
      << server().log();
  EXPECT_EQ(tryNewConnection(port()), "refused") << "a new connection after shutdown";

  // The change was committed, with its audit entry.
  auto check = database().session();
  auto rows = check.query("SELECT name, version FROM products WHERE id = ?",
                          {static_cast<std::uint64_t>(std::stoull(id))});
  ASSERT_TRUE(rows.next());
  EXPECT_EQ(rows.string(1), "After");
  EXPECT_EQ(rows.int64(2), 2);
  auto audit = check.query(
      "SELECT COUNT(*) FROM audit_log WHERE entity_id = ? AND action = 'catalog.products.update'",
      {id});
  ASSERT_TRUE(audit.next());
  EXPECT_EQ(audit.int64(1), 1);
}

TEST_F(ShutdownTest, IdleServerExitsPromptlyWithZero) {
  auto api = client(keyFor("Acme", "owner"));
  ASSERT_EQ(api->get("/api/v1/products").status, 200);  // an idle keep-alive connection stays open
  server().signalTerminate();
  EXPECT_EQ(server().wait(20), 0) << server().log();
  EXPECT_EQ(tryNewConnection(port()), "refused");
}

// --- (c) the server starts before the database answers ----------------------------------------

TEST(ResilienceTest, StartsWithoutTheDatabaseAndBecomesReady) {
  MariaDbInstance instance;
  auto database = std::make_unique<TestDatabase>(instance.serverUrl());
  runCaravanOk(database->url(), {"migrate"});
  createTenant(database->url(), "Acme");
  const std::string key = createApiKey(database->url(), "Acme", "owner");
  instance.kill();

  // ServerProcess returns once /healthz answers; readiness is this test's business.
  ServerProcess server(database->url());
  HttpClient api(server.port());
  api.setBearer(key);
  EXPECT_EQ(api.get("/healthz").status, 200);
  const auto notReady = api.get("/readyz");
  EXPECT_EQ(notReady.status, 503) << notReady.body;
  EXPECT_EQ(str(notReady.json()->getObject("checks"), "database"), "unreachable");
  EXPECT_EQ(str(notReady.json()->getObject("checks"), "id_node"), "not claimed");
  const auto read = api.get("/api/v1/products");
  expectProblem(read, 503, "unavailable");
  EXPECT_FALSE(read.header("Retry-After").empty());

  instance.start();

  // Until the id node is claimed, writes may be refused, but only as "try again".
  const auto early = api.post("/api/v1/products", productBody("EARLY-1", "Early"));
  EXPECT_TRUE(early.status == 201 || early.status == 503) << early.status << " " << early.body;
  if (early.status == 503) {
    expectProblem(early, 503, "unavailable");
    EXPECT_FALSE(early.header("Retry-After").empty());
  }

  // The node is claimed by the heartbeat job (every 30 s), so allow for one period and some.
  HttpResult last;
  const bool ready = eventually(45s, [&] {
    last = api.get("/readyz");
    return last.status == 200;
  });
  EXPECT_TRUE(ready) << "not ready 45 s after the database came up: " << last.body << "\n"
                     << server.log();
  EXPECT_EQ(api.get("/api/v1/products").status, 200);
  const auto created = api.post("/api/v1/products", productBody("LATE-1", "Late"));
  EXPECT_EQ(created.status, 201) << created.body;
  EXPECT_TRUE(server.running());
}

}  // namespace
}  // namespace caravan::testing
