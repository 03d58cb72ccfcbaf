#include <gtest/gtest.h>

#include <caravan/platform/errors.hpp>
#include <caravan/platform/pagination.hpp>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace caravan {
namespace {

/// A request that has only query parameters; anything needing the server throws.
class FakeRequest : public RequestContext {
 public:
  explicit FakeRequest(std::map<std::string, std::string> query) : query_(std::move(query)) {}

  const std::string& method() const override { return method_; }
  const std::string& requestId() const override { return requestId_; }
  const std::string& pathParam(const std::string& name) const override { return params_.at(name); }
  std::optional<std::string> queryParam(const std::string& name) const override {
    auto found = query_.find(name);
    if (found == query_.end())
      return std::nullopt;
    return found->second;
  }
  std::optional<std::string> header(const std::string&) const override { return std::nullopt; }
  std::string_view body() const override { return {}; }
  JsonObject jsonBody() const override { throw std::logic_error("no body in this test"); }
  const Principal& principal() const override { return principal_; }
  db::Session& db() override { throw std::logic_error("no database in unit tests"); }
  db::TenantSession tenantDb() override { throw std::logic_error("no database in unit tests"); }
  IdGenerator& ids() override { throw std::logic_error("no ids in unit tests"); }
  void publish(const std::string&, const JsonObject&) override {
    throw std::logic_error("no outbox in unit tests");
  }
  void audit(AuditNote) override { throw std::logic_error("no audit in unit tests"); }

 private:
  std::map<std::string, std::string> query_;
  std::map<std::string, std::string> params_;
  std::string method_ = "GET";
  std::string requestId_ = "test";
  Principal principal_;
};

FakeRequest withQuery(std::map<std::string, std::string> query) {
  return FakeRequest(std::move(query));
}

std::vector<std::string> fieldsOf(const ValidationError& error) {
  std::vector<std::string> fields;
  for (const auto& field : error.fieldErrors())
    fields.push_back(field.field);
  return fields;
}

/// The fields named by the ValidationError that `from` throws for `query`.
std::vector<std::string> rejectedFields(std::map<std::string, std::string> query) {
  try {
    PageRequest::from(withQuery(std::move(query)));
  } catch (const ValidationError& e) {
    EXPECT_EQ(e.status(), 400);
    return fieldsOf(e);
  }
  return {};
}

// --- cursors -------------------------------------------------------------------------------

TEST(Cursor, RoundTripsItsKeys) {
  const std::vector<std::vector<std::string>> cases = {
      {},
      {"42"},
      {"2026-01-31 12:00:00.123456", "9007199254740993"},
      {"with spaces", "  leading and trailing  "},
      {"Müller", "日本語", "emoji \xf0\x9f\x9a\x9a"},
      {"", "after an empty key"},
      {"symbols ?&=/+%#"},
  };
  for (const auto& keys : cases) {
    const std::string cursor = encodeCursor(keys);
    EXPECT_EQ(decodeCursor(cursor), keys) << cursor;
  }
}

TEST(Cursor, IsUrlSafe) {
  const std::string cursor = encodeCursor({"Müller ?&=/+", "\xff\xfe\xfd", "12345"});
  EXPECT_FALSE(cursor.empty());
  EXPECT_EQ(
      cursor.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
      std::string::npos)
      << cursor;
}

TEST(Cursor, DifferentKeysGiveDifferentCursors) {
  EXPECT_NE(encodeCursor({"1"}), encodeCursor({"2"}));
  EXPECT_NE(encodeCursor({"a", "b"}), encodeCursor({"ab"}));
}

TEST(Cursor, GarbageIsAValidationErrorNamingTheCursor) {
  for (const char* garbage : {"!!!not base64!!!", "%%%", "a b c", "\xff\xfe", "Zm9v"}) {
    try {
      decodeCursor(garbage);
      ADD_FAILURE() << "accepted " << garbage;
    } catch (const ValidationError& e) {
      EXPECT_EQ(fieldsOf(e), (std::vector<std::string>{"cursor"})) << garbage;
    }
  }
}

TEST(Cursor, ValidBase64WithoutTheVersionPrefixIsRejected) {
  // "aGVsbG8KNDI" is base64url for "hello\n42": the right shape, but not made by encodeCursor.
  for (const char* cursor : {"aGVsbG8KNDI", "NDI", "YzIKNDI", ""}) {
    try {
      decodeCursor(cursor);
      ADD_FAILURE() << "accepted " << cursor;
    } catch (const ValidationError& e) {
      EXPECT_EQ(fieldsOf(e), (std::vector<std::string>{"cursor"})) << cursor;
      EXPECT_EQ(e.fieldErrors().at(0).code, "invalid_cursor");
    }
  }
}

// --- pageBody ------------------------------------------------------------------------------

TEST(PageBody, NextCursorIsNullOnTheLastPage) {
  auto items = makeArray();
  items->add(1);
  auto body = pageBody(items, std::nullopt);
  ASSERT_TRUE(body->has("next_cursor"));
  EXPECT_TRUE(body->isNull("next_cursor"));
  EXPECT_EQ(body->getArray("items")->size(), 1u);
  EXPECT_EQ(toJson(body), R"({"items":[1],"next_cursor":null})");
}

TEST(PageBody, NextCursorIsAStringThatDecodesToTheNextKeys) {
  auto body = pageBody(makeArray(), std::vector<std::string>{"2026-01-01", "17"});
  ASSERT_FALSE(body->isNull("next_cursor"));
  const auto cursor = body->getValue<std::string>("next_cursor");
  EXPECT_EQ(decodeCursor(cursor), (std::vector<std::string>{"2026-01-01", "17"}));
  EXPECT_EQ(body->getArray("items")->size(), 0u);
}

// --- PageRequest::from ---------------------------------------------------------------------

TEST(PageRequest, UsesTheDefaultLimitAndNoCursorWhenNoneAreGiven) {
  const auto page = PageRequest::from(withQuery({}));
  EXPECT_EQ(page.limit, 50u);
  EXPECT_TRUE(page.after.empty());
  EXPECT_EQ(PageRequest::from(withQuery({}), 20).limit, 20u);
}

TEST(PageRequest, ReadsAValidLimitAndCursor) {
  const auto page =
      PageRequest::from(withQuery({{"limit", "200"}, {"cursor", encodeCursor({"Müller", "7"})}}));
  EXPECT_EQ(page.limit, 200u);
  EXPECT_EQ(page.after, (std::vector<std::string>{"Müller", "7"}));
  EXPECT_EQ(PageRequest::from(withQuery({{"limit", "1"}})).limit, 1u);
}

TEST(PageRequest, AnEmptyCursorMeansTheFirstPage) {
  EXPECT_TRUE(PageRequest::from(withQuery({{"cursor", ""}})).after.empty());
}

TEST(PageRequest, ALimitOutside1ToMaxOrNotANumberIsAnErrorOnLimit) {
  for (const char* limit :
       {"0", "201", "abc", "", "-1", "5x", " 5", "1.5", "99999999999999999999999"}) {
    EXPECT_EQ(rejectedFields({{"limit", limit}}), (std::vector<std::string>{"limit"})) << limit;
  }
}

TEST(PageRequest, MaxLimitIsConfigurable) {
  EXPECT_EQ(PageRequest::from(withQuery({{"limit", "500"}}), 50, 500).limit, 500u);
  EXPECT_THROW(PageRequest::from(withQuery({{"limit", "11"}}), 5, 10), ValidationError);
}

TEST(PageRequest, ABadCursorIsAnErrorOnCursor) {
  EXPECT_EQ(rejectedFields({{"cursor", "garbage!"}}), (std::vector<std::string>{"cursor"}));
}

TEST(PageRequest, ReportsBothABadLimitAndABadCursorAtOnce) {
  EXPECT_EQ(rejectedFields({{"limit", "0"}, {"cursor", "garbage!"}}),
            (std::vector<std::string>{"limit", "cursor"}));
}

}  // namespace
}  // namespace caravan
