// Idempotency-Key on POST: a retried request is answered as the first one was, once per caller.

#include <latch>
#include <thread>

#include "http_fixture.hpp"

namespace caravan::testing {
namespace {

class IdempotencyTest : public HttpFixture {
 protected:
  void SetUp() override {
    HttpFixture::SetUp();
    ownerKey_ = keyFor("Acme", "owner");
    owner_ = client(ownerKey_);
  }

  HttpResult postWithKey(HttpClient& api, const std::string& key, const std::string& body) {
    return api.post("/api/v1/products", body, {{"Idempotency-Key", key}});
  }

  std::size_t createEntries(HttpClient& api) {
    std::size_t count = 0;
    for (const auto& entry : auditEntries(api))
      count += str(entry, "action") == "catalog.products.create";
    return count;
  }

  std::string ownerKey_;
  std::unique_ptr<HttpClient> owner_;
};

TEST_F(IdempotencyTest, SameKeyAndBodyReplaysTheFirstAnswer) {
  const std::string body = productBody("IDEM-1", "Kettle");
  const auto first = postWithKey(*owner_, "order-7f3a", body);
  ASSERT_EQ(first.status, 201) << first.body;
  EXPECT_EQ(first.header("Idempotent-Replayed"), "");
  ASSERT_FALSE(first.header("Location").empty());

  // The retry, on the same connection and on a new one.
  for (int round = 0; round < 2; ++round) {
    SCOPED_TRACE("retry " + std::to_string(round));
    auto fresh = client(ownerKey_);
    const auto again = postWithKey(round == 0 ? *owner_ : *fresh, "order-7f3a", body);
    EXPECT_EQ(again.status, 201) << again.body;
    EXPECT_EQ(again.body, first.body);
    EXPECT_EQ(again.header("Location"), first.header("Location"));
    EXPECT_EQ(again.header("ETag"), first.header("ETag"));
    EXPECT_EQ(again.header("Content-Type"), first.header("Content-Type"));
    EXPECT_EQ(again.header("Idempotent-Replayed"), "true");
    EXPECT_FALSE(again.header("X-Request-Id").empty());
  }

  const auto ids = productIds(*owner_);
  ASSERT_EQ(ids.size(), 1u);
  EXPECT_EQ(ids[0], str(first.json(), "id"));
  EXPECT_EQ(createEntries(*owner_), 1u) << "a replay must not be audited as another create";
}

TEST_F(IdempotencyTest, SameKeyWithAnotherBodyIs422) {
  const auto first = postWithKey(*owner_, "k-reuse", productBody("IDEM-2", "Kettle"));
  ASSERT_EQ(first.status, 201) << first.body;
  for (const std::string& other : {productBody("IDEM-3", "Kettle"),
                                   productBody("IDEM-2", "Kettle", R"("weight_grams": 900)")}) {
    SCOPED_TRACE(other);
    expectProblem(postWithKey(*owner_, "k-reuse", other), 422, "idempotency_key_reused");
  }
  EXPECT_EQ(productIds(*owner_), std::vector<std::string>{str(first.json(), "id")});
  // The first answer is still the one replayed for the first body.
  const auto replay = postWithKey(*owner_, "k-reuse", productBody("IDEM-2", "Kettle"));
  EXPECT_EQ(replay.status, 201);
  EXPECT_EQ(replay.body, first.body);
}

TEST_F(IdempotencyTest, KeysBelongToTheCaller) {
  const std::string body = productBody("SHARED-SKU", "Kettle");
  const auto mine = postWithKey(*owner_, "shared-key", body);
  ASSERT_EQ(mine.status, 201) << mine.body;

  // Another tenant using the same key and body creates its own product.
  auto other = client(keyFor("Globex", "owner"));
  const auto theirs = postWithKey(*other, "shared-key", body);
  ASSERT_EQ(theirs.status, 201) << theirs.body;
  EXPECT_EQ(theirs.header("Idempotent-Replayed"), "");
  EXPECT_NE(str(theirs.json(), "id"), str(mine.json(), "id"));
  EXPECT_EQ(productIds(*other), std::vector<std::string>{str(theirs.json(), "id")});
  EXPECT_EQ(productIds(*owner_), std::vector<std::string>{str(mine.json(), "id")});

  // A second API key of the same tenant is another caller too: the key is not "reused" by it.
  auto colleague = client(keyFor("Acme", "admin"));
  const auto separate = postWithKey(*colleague, "shared-key", productBody("OTHER-SKU", "Teapot"));
  EXPECT_EQ(separate.status, 201) << separate.body;
  EXPECT_EQ(separate.header("Idempotent-Replayed"), "");
  EXPECT_EQ(productIds(*owner_).size(), 2u);
}

TEST_F(IdempotencyTest, AFailedRequestDoesNotConsumeTheKey) {
  const auto invalid = postWithKey(*owner_, "retry-me", productBody("bad sku", ""));
  expectProblem(invalid, 400, "validation_failed");
  EXPECT_TRUE(productIds(*owner_).empty());

  // The corrected request with the same key is processed, not refused as a reused key.
  const auto fixed = postWithKey(*owner_, "retry-me", productBody("GOOD-1", "Kettle"));
  ASSERT_EQ(fixed.status, 201) << fixed.body;
  EXPECT_EQ(fixed.header("Idempotent-Replayed"), "");
  const auto replay = postWithKey(*owner_, "retry-me", productBody("GOOD-1", "Kettle"));
  EXPECT_EQ(replay.status, 201);
  EXPECT_EQ(replay.header("Idempotent-Replayed"), "true");
  EXPECT_EQ(replay.body, fixed.body);
  EXPECT_EQ(productIds(*owner_).size(), 1u);

  // A conflict is not remembered either: after the clash is resolved, the same request succeeds.
  const auto clash = postWithKey(*owner_, "after-conflict", productBody("GOOD-1", "Kettle"));
  expectProblem(clash, 409, "duplicate");
  const auto productId = str(fixed.json(), "id");
  ASSERT_EQ(owner_->request("DELETE", "/api/v1/products/" + productId, "", {{"If-Match", "\"1\""}})
                .status,
            204);
  const auto retried = postWithKey(*owner_, "after-conflict", productBody("GOOD-1", "Kettle"));
  EXPECT_EQ(retried.status, 201) << retried.body;
  EXPECT_EQ(retried.header("Idempotent-Replayed"), "");
}

TEST_F(IdempotencyTest, ConcurrentRequestsWithOneKeyCreateOneProduct) {
  // Several rounds, each with its own key, so that the two requests really overlap in some.
  for (int round = 0; round < 5; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    const std::string key = "concurrent-" + std::to_string(round);
    const std::string body = productBody("RACE-" + std::to_string(round), "Kettle");
    auto a = client(ownerKey_);
    auto b = client(ownerKey_);
    // Warm both connections so that the two POSTs leave at the same moment.
    ASSERT_EQ(a->get("/api/v1/me").status, 200);
    ASSERT_EQ(b->get("/api/v1/me").status, 200);
    HttpResult resultA;
    HttpResult resultB;
    std::latch start(2);
    std::thread threadA([&] {
      start.arrive_and_wait();
      resultA = postWithKey(*a, key, body);
    });
    std::thread threadB([&] {
      start.arrive_and_wait();
      resultB = postWithKey(*b, key, body);
    });
    threadA.join();
    threadB.join();
    EXPECT_EQ(resultA.status, 201) << resultA.body;
    EXPECT_EQ(resultB.status, 201) << resultB.body;
    EXPECT_EQ(str(parseObject(resultA.body), "id"), str(parseObject(resultB.body), "id"));
    EXPECT_EQ(resultA.body, resultB.body);
    // Exactly one of them is the replay.
    EXPECT_EQ((resultA.header("Idempotent-Replayed") == "true") +
                  (resultB.header("Idempotent-Replayed") == "true"),
              1);
    EXPECT_EQ(productIds(*owner_).size(), static_cast<std::size_t>(round + 1));
  }
  EXPECT_EQ(createEntries(*owner_), 5u);
}

TEST_F(IdempotencyTest, InvalidKeyIs400) {
  for (const std::string& key : {std::string(256, 'k'), std::string("has space"),
                                 std::string("tab\there"), std::string("caf\xc3\xa9")}) {
    SCOPED_TRACE("key of " + std::to_string(key.size()) + " bytes");
    const auto result = postWithKey(*owner_, key, productBody("BADKEY-1", "Kettle"));
    const auto problem = expectProblem(result, 400, "validation_failed");
    EXPECT_EQ(errorFields(problem), std::vector<std::string>{"Idempotency-Key"}) << result.body;
  }
  EXPECT_TRUE(productIds(*owner_).empty());
  // 255 visible characters are a valid key.
  const std::string longest(255, 'k');
  const auto created = postWithKey(*owner_, longest, productBody("GOODKEY-1", "Kettle"));
  EXPECT_EQ(created.status, 201) << created.body;
  const auto replay = postWithKey(*owner_, longest, productBody("GOODKEY-1", "Kettle"));
  EXPECT_EQ(replay.header("Idempotent-Replayed"), "true");
  EXPECT_EQ(productIds(*owner_).size(), 1u);
}

}  // namespace
}  // namespace caravan::testing
