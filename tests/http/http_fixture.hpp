#pragma once

// The functional tests' fixture: a fresh database, migrated, tenants and API keys made with the
// real `caravan admin` commands, and `caravan serve` on a loopback port. Helpers check the common
// shapes (problem+json) so that each test states only what it is about.

#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <caravan/testing/http_client.hpp>
#include <caravan/testing/server_process.hpp>
#include <caravan/testing/test_database.hpp>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace caravan::testing {

inline std::string joinArgs(const std::vector<std::string>& args) {
  std::string joined;
  for (const auto& arg : args)
    joined += (joined.empty() ? "" : " ") + arg;
  return joined;
}

/// Runs `caravan ARGS` and fails the test (by throwing, so that the test stops) unless it exits 0;
/// the failure message carries the command's output.
inline std::string runCaravanOk(const std::string& databaseUrl,
                                const std::vector<std::string>& args) {
  const CommandResult result = runCaravan(databaseUrl, args);
  if (result.exitCode != 0) {
    ADD_FAILURE() << "`caravan " << joinArgs(args) << "` exited with " << result.exitCode
                  << "; output:\n"
                  << result.output;
    throw std::runtime_error("caravan " + joinArgs(args) + " failed");
  }
  return result.output;
}

/// The last non-empty line of a command's output (where create-api-key prints the key).
inline std::string lastLine(const std::string& output) {
  std::istringstream lines(output);
  std::string line;
  std::string last;
  while (std::getline(lines, line)) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
      line.pop_back();
    if (!line.empty())
      last = line;
  }
  return last;
}

/// Creates a tenant on a migrated database.
inline void createTenant(const std::string& databaseUrl, const std::string& name) {
  runCaravanOk(databaseUrl, {"admin", "create-tenant", "--name", name});
}

/// Creates an API key for an existing tenant and returns its token.
inline std::string createApiKey(const std::string& databaseUrl, const std::string& tenant,
                                const std::string& roles) {
  const std::string output =
      runCaravanOk(databaseUrl, {"admin", "create-api-key", "--tenant", tenant, "--roles", roles});
  const std::string key = lastLine(output);
  if (key.rfind("cvn_", 0) != 0) {
    ADD_FAILURE() << "create-api-key printed no key on its last line:\n" << output;
    throw std::runtime_error("no API key in the output of create-api-key");
  }
  return key;
}

inline JsonObject parseObject(const std::string& text) {
  try {
    Poco::JSON::Parser parser;
    return parser.parse(text).extract<Poco::JSON::Object::Ptr>();
  } catch (const std::exception&) {
    ADD_FAILURE() << "not a JSON object: " << text.substr(0, 500);
    return makeObject();
  }
}

/// A string member of a JSON object, "<absent>" or "<null>" when it is not a string.
inline std::string str(const JsonObject& object, const std::string& key) {
  if (!object || !object->has(key))
    return "<absent>";
  if (object->isNull(key))
    return "<null>";
  const auto value = object->get(key);
  return value.isString() ? value.extract<std::string>() : value.toString();
}

/// The `field` of each entry of a problem's `errors` array, in order.
inline std::vector<std::string> errorFields(const JsonObject& problem) {
  std::vector<std::string> fields;
  if (!problem->has("errors") || !problem->isArray("errors"))
    return fields;
  auto errors = problem->getArray("errors");
  for (unsigned i = 0; i < errors->size(); ++i)
    fields.push_back(str(errors->getObject(i), "field"));
  return fields;
}

/// `field` -> `code` for each entry of a problem's `errors` array.
inline std::map<std::string, std::string> errorCodes(const JsonObject& problem) {
  std::map<std::string, std::string> codes;
  if (!problem->has("errors") || !problem->isArray("errors"))
    return codes;
  auto errors = problem->getArray("errors");
  for (unsigned i = 0; i < errors->size(); ++i) {
    codes[str(errors->getObject(i), "field")] = str(errors->getObject(i), "code");
  }
  return codes;
}

/// Checks an RFC 9457 answer: status, content type, code, the request id (in the body and in
/// X-Request-Id, the same), and the other members every problem has. Returns the body.
inline JsonObject expectProblem(const HttpResult& result, int status, const std::string& code) {
  EXPECT_EQ(result.status, status) << result.body;
  EXPECT_EQ(result.header("Content-Type"), "application/problem+json") << result.body;
  const JsonObject body = parseObject(result.body);
  EXPECT_EQ(str(body, "code"), code) << result.body;
  EXPECT_EQ(str(body, "status"), std::to_string(status)) << result.body;
  EXPECT_EQ(str(body, "type"), "urn:caravan:problem:" + code) << result.body;
  EXPECT_NE(str(body, "title"), "<absent>") << result.body;
  EXPECT_NE(str(body, "detail"), "<absent>") << result.body;
  const std::string requestId = str(body, "request_id");
  EXPECT_FALSE(requestId.empty() || requestId == "<absent>") << result.body;
  EXPECT_EQ(requestId, result.header("X-Request-Id")) << result.body;
  return body;
}

/// The ids of a list page's items, in order.
inline std::vector<std::string> itemIds(const JsonObject& page) {
  std::vector<std::string> ids;
  if (!page->has("items") || !page->isArray("items")) {
    ADD_FAILURE() << "no items array in " << toJson(page);
    return ids;
  }
  auto items = page->getArray("items");
  for (unsigned i = 0; i < items->size(); ++i)
    ids.push_back(str(items->getObject(i), "id"));
  return ids;
}

/// A minimal valid product body.
inline std::string productBody(const std::string& sku, const std::string& name = "Cast iron pan",
                               const std::string& extra = "") {
  return R"({"sku":")" + sku + R"(","name":")" + name + "\"" + (extra.empty() ? "" : "," + extra) +
         "}";
}

/// A migrated database with a running server, and tenants and keys made on demand.
class HttpFixture : public ::testing::Test {
 protected:
  /// Settings passed to `caravan serve` (override to change limits).
  virtual std::map<std::string, std::string> serverSettings() { return {}; }

  void SetUp() override {
    database_ = std::make_unique<TestDatabase>();
    runCaravanOk(database_->url(), {"migrate"});
    server_ = std::make_unique<ServerProcess>(database_->url(), serverSettings());
  }

  void TearDown() override {
    if (HasFailure() && server_) {
      std::string log = server_->log();
      if (log.size() > 6000)
        log = "..." + log.substr(log.size() - 6000);
      std::cout << "--- caravan serve log (end) ---\n" << log << "--- end of log ---\n";
    }
    server_.reset();
    database_.reset();
  }

  TestDatabase& database() { return *database_; }
  ServerProcess& server() { return *server_; }
  unsigned short port() const { return server_->port(); }

  /// Creates the tenant on first use.
  void tenant(const std::string& name) {
    if (tenants_.insert(name).second)
      createTenant(database_->url(), name);
  }

  /// A new API key of `tenant` (created on first use) with `roles` ("owner", "sales,support").
  std::string keyFor(const std::string& tenantName, const std::string& roles) {
    tenant(tenantName);
    return createApiKey(database_->url(), tenantName, roles);
  }

  /// A keep-alive client, authenticated with `key` unless it is empty.
  std::unique_ptr<HttpClient> client(const std::string& key = "") {
    auto made = std::make_unique<HttpClient>(port());
    if (!key.empty())
      made->setBearer(key);
    return made;
  }

  /// POSTs a product and expects 201; returns the created product.
  JsonObject createProduct(HttpClient& api, const std::string& sku,
                           const std::string& name = "Cast iron pan",
                           const std::string& extra = "") {
    const HttpResult result = api.post("/api/v1/products", productBody(sku, name, extra));
    EXPECT_EQ(result.status, 201) << result.body;
    if (result.status != 201)
      throw std::runtime_error("creating product " + sku + " failed");
    return result.json();
  }

  /// Every product id the key's tenant has, newest first.
  std::vector<std::string> productIds(HttpClient& api) {
    const HttpResult result = api.get("/api/v1/products?limit=200");
    EXPECT_EQ(result.status, 200) << result.body;
    return itemIds(result.json());
  }

  /// The tenant's audit log entries (newest first), read with a key that holds audit.read.
  std::vector<JsonObject> auditEntries(HttpClient& auditor, const std::string& query = "") {
    const HttpResult result = auditor.get("/api/v1/audit-log?limit=200" + query);
    EXPECT_EQ(result.status, 200) << result.body;
    std::vector<JsonObject> entries;
    const JsonObject page = result.json();
    if (!page->has("items") || !page->isArray("items"))
      return entries;
    auto items = page->getArray("items");
    for (unsigned i = 0; i < items->size(); ++i)
      entries.push_back(items->getObject(i));
    return entries;
  }

 private:
  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<ServerProcess> server_;
  std::set<std::string> tenants_;
};

}  // namespace caravan::testing
