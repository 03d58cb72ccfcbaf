// Customer search end to end: names in any script regardless of accents and case, e-mails, phones
// in any format, channel identities, tags, relevance order and cursor pages.

#include <Poco/URI.h>

#include <set>

#include "http_fixture.hpp"

namespace caravan::testing {
namespace {

const std::string kCustomers = "/api/v1/customers";

class CustomersSearchTest : public HttpFixture {
 protected:
  void SetUp() override {
    HttpFixture::SetUp();
    owner_ = client(keyFor("Acme", "owner"));
  }

  std::string create(const std::string& body) {
    const HttpResult result = owner_->post(kCustomers, body);
    EXPECT_EQ(result.status, 201) << result.body;
    return result.json()->getValue<std::string>("id");
  }

  /// The ids `q` finds (first page of up to 50), in order.
  std::vector<std::string> search(const std::string& q, const std::string& extra = "") {
    std::string encoded;
    Poco::URI::encode(q, "&=+#?/%", encoded);
    const HttpResult result = owner_->get(kCustomers + "?limit=50&q=" + encoded + extra);
    EXPECT_EQ(result.status, 200) << q << ": " << result.body;
    return result.status == 200 ? itemIds(result.json()) : std::vector<std::string>{};
  }

  std::unique_ptr<HttpClient> owner_;
};

using Ids = std::vector<std::string>;

TEST_F(CustomersSearchTest, FindsNamesInAnyScriptRegardlessOfAccentsAndCase) {
  const std::string mueller = create(R"({"name": "Müller"})");
  const std::string upper = create(R"({"name": "MULLER"})");
  const std::string chinese = create(R"({"name": "张三"})");
  const std::string greek = create(R"({"name": "Γιώργος Παπαδόπουλος"})");
  const std::string russian = create(R"({"name": "Дмитрий Иванов"})");
  create(R"({"name": "Maria Schmidt"})");

  const Ids muellers = search("müller");
  EXPECT_EQ(std::set<std::string>(muellers.begin(), muellers.end()),
            (std::set<std::string>{mueller, upper}));
  EXPECT_EQ(search("MULLER").size(), 2u);
  EXPECT_EQ(search("muller").size(), 2u);
  EXPECT_EQ(search("zhang san"), Ids{chinese});
  EXPECT_EQ(search("张三"), Ids{chinese});
  EXPECT_EQ(search("Zhang"), Ids{chinese});
  EXPECT_EQ(search("papadopoulos"), Ids{greek});
  EXPECT_EQ(search("ivanov dmitrij"), Ids{russian}) << "words in any order";
  EXPECT_EQ(search("Иванов"), Ids{russian});
  EXPECT_TRUE(search("nobody").empty());
}

TEST_F(CustomersSearchTest, FindsEmailsPhonesAndIdentities) {
  const std::string anna = create(
      R"({"name": "Anna Schmidt", "country": "DE", "emails": ["Anna.Schmidt@Example.DE"],)"
      R"( "phones": ["030 901820"], "identities": [{"channel": "ebay", "external_id": "anna_s_shop"}]})");
  const std::string bob =
      create(R"({"name": "Bob Smith", "country": "US", "phones": ["(201) 555-0123"],)"
             R"( "identities": [{"channel": "amazon", "external_id": "A2BOBBUYER"}]})");
  EXPECT_EQ(search("anna.schmidt@example.de"), Ids{anna});
  EXPECT_EQ(search("ANNA.SCHMIDT@EXAMPLE.DE"), Ids{anna});
  EXPECT_EQ(search("anna.schmidt@"), Ids{anna});
  for (const std::string q :
       {"+49 30 901820", "+4930901820", "0049 30 901820", "030/901820", "(030) 90 18 20"}) {
    EXPECT_EQ(search(q), Ids{anna}) << q;
  }
  EXPECT_EQ(search("030 901820", "&country=DE"), Ids{anna});
  EXPECT_EQ(search("+1 201-555-0123"), Ids{bob});
  EXPECT_EQ(search("201 555 0123"), Ids{bob});
  EXPECT_EQ(search("a2bobbuyer"), Ids{bob});
  EXPECT_EQ(search("anna_s_shop"), Ids{anna});
  EXPECT_TRUE(search("anna_s_shopx").empty());
}

TEST_F(CustomersSearchTest, RanksExactThenPrefixThenWordsThenNewestAndPages) {
  const std::string word = create(R"({"name": "Hans Müller"})");
  const std::string prefix = create(R"({"name": "Müllerson"})");
  const std::string exactOld = create(R"({"name": "Müller"})");
  const std::string exactNew = create(R"({"name": "MÜLLER"})");
  EXPECT_EQ(search("muller"), (Ids{exactNew, exactOld, prefix, word}));

  const HttpResult relevance = owner_->get(kCustomers + "?q=muller&limit=50");
  auto items = relevance.json()->getArray("items");
  ASSERT_EQ(items->size(), 4u);
  EXPECT_EQ(str(items->getObject(0), "relevance"), "3");
  EXPECT_EQ(str(items->getObject(2), "relevance"), "2");
  EXPECT_EQ(str(items->getObject(3), "relevance"), "1");

  Ids walked;
  std::string cursor;
  for (int page = 0; page < 10; ++page) {
    const HttpResult result =
        owner_->get(kCustomers + "?q=muller&limit=1" + (cursor.empty() ? "" : "&cursor=" + cursor));
    ASSERT_EQ(result.status, 200) << result.body;
    const JsonObject body = result.json();
    for (const auto& id : itemIds(body))
      walked.push_back(id);
    cursor = str(body, "next_cursor");
    if (cursor == "<null>")
      break;
  }
  EXPECT_EQ(walked, (Ids{exactNew, exactOld, prefix, word})) << "pages neither skip nor repeat";
  expectProblem(owner_->get(kCustomers + "?q=muller&cursor=garbage"), 400, "validation_failed");
}

TEST_F(CustomersSearchTest, FindsWordsOfNameAndCompanyInAnyOrderAfterAChange) {
  const std::string hans =
      create(R"({"name": "Hans Weber", "kind": "company", "company_name": "Klein Bau GmbH"})");
  create(R"({"name": "Hans Klein"})");
  EXPECT_EQ(search("bau hans"), Ids{hans});
  EXPECT_EQ(search("weber klein"), Ids{hans});
  EXPECT_EQ(search("klein").size(), 2u);

  const HttpResult changed =
      owner_->request("PATCH", kCustomers + "/" + hans, R"({"company_name": "Otto Werke"})",
                      {{"If-Match", "\"1\""}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(search("werke hans"), Ids{hans}) << "the new company name's words";
  EXPECT_EQ(search("otto weber"), Ids{hans});
  EXPECT_TRUE(search("bau hans").empty()) << "the old one's are gone";
  EXPECT_EQ(search("klein").size(), 1u);
}

TEST_F(CustomersSearchTest, FiltersByTag) {
  const std::string vip = create(R"({"name": "Anna Vip", "tags": ["VIP"]})");
  const std::string plain = create(R"({"name": "Anna Plain"})");
  EXPECT_EQ(search("anna", "&tag=vip"), Ids{vip});
  EXPECT_EQ(search("anna", "&tag=VIP"), Ids{vip});
  EXPECT_EQ(search("anna").size(), 2u);
  const HttpResult listed = owner_->get(kCustomers + "?tag=vip");
  ASSERT_EQ(listed.status, 200);
  EXPECT_EQ(itemIds(listed.json()), Ids{vip});
  EXPECT_EQ(itemIds(owner_->get(kCustomers).json()), (Ids{plain, vip})) << "newest first";
}

}  // namespace
}  // namespace caravan::testing
