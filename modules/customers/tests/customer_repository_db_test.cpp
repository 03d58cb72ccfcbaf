// The customer repository against a real database: whole customers written and read back, tenant
// walls, identity uniqueness, versions, and the search index.
#include <gtest/gtest.h>

#include <algorithm>
#include <caravan/customers/names.hpp>
#include <caravan/embedded/caravan_embedded_customers_migrations.hpp>
#include <caravan/platform/migrator.hpp>
#include <caravan/testing/test_database.hpp>

#include "customer_repository.hpp"
#include "customer_search.hpp"
#include "customers_only.hpp"

namespace caravan::customers {
namespace {

class CustomersDb : public ::testing::Test {
 protected:
  Customer customer(const std::string& name) {
    Customer made;
    made.id = test.platform().ids().next();
    made.name = name;
    made.nameLatin = toLatinAscii(name);
    made.nameKey = searchKey(name);
    return made;
  }

  Customer full() {
    Customer made = customer("Jürgen Müller");
    made.country = "DE";
    made.language = "de-DE";
    made.currency = "EUR";
    made.vatId = "DE123456789";
    made.emails = {{"Juergen@example.de", "juergen@example.de", true},
                   {"jm@work.example", "jm@work.example", false}};
    CustomerPhone phone;
    phone.number = {"+4930901820", "030 901820", "30901820", "landline"};
    phone.type = "home";
    made.phones = {phone};
    CustomerAddress address;
    address.type = "billing";
    address.isDefault = true;
    address.line1 = "Friedrichstraße 68";
    address.postalCode = "10117";
    address.city = "Berlin";
    address.country = "DE";
    address.phone = PhoneNumber{"+4915123456789", "0151 23456789", "15123456789", "mobile"};
    made.addresses = {address};
    made.identities = {{"amazon", std::nullopt, "A2BUYER"}, {"shopify", 77, "1234567"}};
    made.tags = {"newsletter", "vip"};
    made.customAttributes = R"({"shoe_size":44})";
    made.notes = "Leave at the door";
    return made;
  }

  /// A customer of a company. Its company key is left for the repository to work out, as for a
  /// customer no reader has seen.
  Customer insertedWithCompany(const std::string& name, const std::string& company) {
    Customer made = customer(name);
    made.companyName = company;
    alpha.insert(made);
    return made;
  }

  std::vector<std::uint64_t> searchIds(CustomerRepository& repository, const std::string& q,
                                       const std::string& region = "") {
    std::vector<std::uint64_t> ids;
    for (const auto& hit : repository.search(planSearch(q, region), std::nullopt, {}, 50))
      ids.push_back(hit.id);
    return ids;
  }

  caravan::testing::TestPlatform test{customersOnly()};
  db::Session session = test.platform().pool().acquire();
  db::TenantSession alphaDb{session, 1};
  db::TenantSession betaDb{session, 2};
  CustomerRepository alpha{alphaDb};
  CustomerRepository beta{betaDb};
};

TEST_F(CustomersDb, WritesAndReadsAWholeCustomerWithinItsTenant) {
  const Customer made = full();
  alpha.insert(made);
  const auto found = alpha.find(made.id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->name, "Jürgen Müller");
  EXPECT_EQ(found->nameLatin, "Jurgen Muller");
  EXPECT_EQ(found->vatId, "DE123456789");
  ASSERT_EQ(found->emails.size(), 2u);
  EXPECT_EQ(found->emails[0].address, "Juergen@example.de");
  EXPECT_TRUE(found->emails[0].primary);
  ASSERT_EQ(found->phones.size(), 1u);
  EXPECT_EQ(found->phones[0].number.e164, "+4930901820");
  EXPECT_EQ(found->phones[0].number.raw, "030 901820");
  EXPECT_EQ(found->phones[0].type, "home");
  ASSERT_EQ(found->addresses.size(), 1u);
  EXPECT_EQ(found->addresses[0].line1, "Friedrichstraße 68");
  ASSERT_TRUE(found->addresses[0].phone);
  EXPECT_EQ(found->addresses[0].phone->e164, "+4915123456789");
  ASSERT_EQ(found->identities.size(), 2u);
  EXPECT_EQ(found->identities[1].storeId, 77u);
  EXPECT_EQ(found->tags, (std::vector<std::string>{"newsletter", "vip"}));
  EXPECT_EQ(found->customAttributes, R"({"shoe_size":44})");
  EXPECT_EQ(found->version, 1);
  EXPECT_EQ(found->createdAt.back(), 'Z');

  EXPECT_FALSE(beta.find(made.id)) << "another tenant must not see it";
  EXPECT_TRUE(beta.findMany({made.id}).empty());
  EXPECT_TRUE(beta.newest(std::nullopt, 10, std::nullopt).empty());
  EXPECT_TRUE(searchIds(beta, "muller").empty());
}

TEST_F(CustomersDb, AnIdentityBelongsToOneCustomerPerTenantAndScope) {
  Customer first = full();
  alpha.insert(first);
  Customer second = customer("Someone Else");
  second.identities = {{"amazon", std::nullopt, "a2buyer"}};
  EXPECT_EQ(alpha.identityHolder("channel:amazon", "a2buyer", second.id), first.id);
  EXPECT_FALSE(alpha.identityHolder("channel:amazon", "a2buyer", first.id));
  try {
    alpha.insert(second);
    FAIL() << "a second holder of amazon:A2BUYER (in any case) must be refused";
  } catch (const db::DuplicateKey& e) {
    EXPECT_EQ(e.key(), "uq_customer_identities");
  }
  // The same id on another channel, or in another tenant, is someone else.
  Customer ebay = customer("Ebay Person");
  ebay.identities = {{"ebay", std::nullopt, "A2BUYER"}};
  EXPECT_NO_THROW(alpha.insert(ebay));
  Customer other = customer("Other Tenant");
  other.identities = {{"amazon", std::nullopt, "A2BUYER"}};
  EXPECT_NO_THROW(beta.insert(other));
}

TEST_F(CustomersDb, UpdatesReplaceCollectionsOnlyAtTheExpectedVersion) {
  Customer made = full();
  alpha.insert(made);
  made.emails = {{"new@example.de", "new@example.de", true}};
  made.tags = {"wholesale"};
  made.name = "Jürgen Meier";
  made.nameKey = searchKey(made.name);
  EXPECT_FALSE(alpha.update(made, 2)) << "a stale version changes nothing";
  ASSERT_TRUE(alpha.update(made, 1));
  const auto found = alpha.find(made.id);
  EXPECT_EQ(found->version, 2);
  ASSERT_EQ(found->emails.size(), 1u);
  EXPECT_EQ(found->emails[0].address, "new@example.de");
  EXPECT_EQ(found->tags, (std::vector<std::string>{"wholesale"}));
  EXPECT_EQ(found->identities.size(), 2u);
  EXPECT_TRUE(searchIds(alpha, "juergen@example.de").empty()) << "old terms are gone";
  EXPECT_EQ(searchIds(alpha, "meier"), (std::vector<std::uint64_t>{made.id}));
  EXPECT_TRUE(alpha.newest(std::nullopt, 10, std::string("vip")).empty());
  EXPECT_EQ(alpha.newest(std::nullopt, 10, std::string("wholesale")).size(), 1u);

  EXPECT_FALSE(beta.update(made, 2)) << "another tenant cannot change it";
  EXPECT_FALSE(beta.remove(made.id, 2));
  EXPECT_FALSE(alpha.remove(made.id, 1));
  EXPECT_TRUE(alpha.remove(made.id, 2));
  EXPECT_FALSE(alpha.find(made.id));
  EXPECT_TRUE(searchIds(alpha, "meier").empty());
  auto rows = alphaDb.query(
      "SELECT (SELECT COUNT(*) FROM customer_emails WHERE tenant_id = ?) + "
      "(SELECT COUNT(*) FROM customer_identities WHERE tenant_id = 1)");
  rows.next();
  EXPECT_EQ(rows.int64(1), 0) << "deleting a customer deletes what it owns";
}

TEST_F(CustomersDb, SearchRanksExactThenPrefixThenWordsThenNewest) {
  // Ids are time-ordered: recency is the order customers were made in.
  Customer older = customer("MULLER");
  Customer exact = customer("Müller");
  Customer prefix = customer("Müllerson Anna");
  Customer word = customer("Hans Müller");
  alpha.insert(older);
  alpha.insert(exact);
  alpha.insert(prefix);
  alpha.insert(word);
  alpha.insert(customer("Maria Schmidt"));
  const auto hits = alpha.search(planSearch("muller", ""), std::nullopt, {}, 10);
  ASSERT_EQ(hits.size(), 4u);
  EXPECT_EQ(hits[0].id, exact.id);
  EXPECT_EQ(hits[0].relevance, 3);
  EXPECT_EQ(hits[1].id, older.id) << "equal relevance: newest first";
  EXPECT_EQ(hits[2].id, prefix.id);
  EXPECT_EQ(hits[2].relevance, 2);
  EXPECT_EQ(hits[3].id, word.id);
  EXPECT_EQ(hits[3].relevance, 1);

  // Pages continue after (relevance, id).
  const auto first = alpha.search(planSearch("muller", ""), std::nullopt, {}, 2);
  ASSERT_EQ(first.size(), 2u);
  const auto rest = alpha.search(planSearch("muller", ""), std::nullopt, first.back(), 10);
  ASSERT_EQ(rest.size(), 2u);
  EXPECT_EQ(rest[0].id, prefix.id);
  EXPECT_EQ(rest[1].id, word.id);
}

TEST_F(CustomersDb, SearchFindsScriptsWordsInAnyOrderEmailsPhonesAndIdentities) {
  Customer chinese = customer("张三");
  alpha.insert(chinese);
  Customer made = full();
  alpha.insert(made);
  EXPECT_EQ(searchIds(alpha, "zhang san"), (std::vector<std::uint64_t>{chinese.id}));
  EXPECT_EQ(searchIds(alpha, "张三"), (std::vector<std::uint64_t>{chinese.id}));
  EXPECT_EQ(searchIds(alpha, "san zhang"), (std::vector<std::uint64_t>{chinese.id}));
  EXPECT_EQ(searchIds(alpha, "muller jur"), (std::vector<std::uint64_t>{made.id}));
  EXPECT_EQ(searchIds(alpha, "JUERGEN@EXAMPLE.DE"), (std::vector<std::uint64_t>{made.id}));
  EXPECT_EQ(searchIds(alpha, "juergen@"), (std::vector<std::uint64_t>{made.id}));
  EXPECT_EQ(searchIds(alpha, "+49 30 901820"), (std::vector<std::uint64_t>{made.id}));
  EXPECT_EQ(searchIds(alpha, "030/901820"), (std::vector<std::uint64_t>{made.id}));
  EXPECT_EQ(searchIds(alpha, "030 901820", "DE"), (std::vector<std::uint64_t>{made.id}));
  EXPECT_EQ(searchIds(alpha, "0151 23456789"), (std::vector<std::uint64_t>{made.id}))
      << "an address's phone is searchable too";
  EXPECT_EQ(searchIds(alpha, "+49 151 23456789"), (std::vector<std::uint64_t>{made.id}));
  EXPECT_EQ(searchIds(alpha, "a2buyer"), (std::vector<std::uint64_t>{made.id}));
  EXPECT_TRUE(searchIds(alpha, "zhang shop").empty());
  EXPECT_TRUE(searchIds(alpha, "%").empty()) << "wildcards are literal";
  EXPECT_TRUE(searchIds(alpha, "_").empty());
}

TEST_F(CustomersDb, SearchFindsFirstAndLaterWordsOfNamesAndCompaniesInAnyOrder) {
  const Customer weber = insertedWithCompany("Hans Weber", "Klein Bau GmbH");
  alpha.insert(customer("Hans Klein"));
  const std::vector<std::uint64_t> onlyWeber{weber.id};
  // First words (hans, klein) come from the keys, later ones (weber, bau) from the terms.
  EXPECT_EQ(searchIds(alpha, "bau hans"), onlyWeber);
  EXPECT_EQ(searchIds(alpha, "weber klein"), onlyWeber);
  EXPECT_EQ(searchIds(alpha, "gmb bau kle"), onlyWeber) << "each word a prefix";
  EXPECT_EQ(searchIds(alpha, "klein").size(), 2u);
  EXPECT_TRUE(searchIds(alpha, "hans bau otto").empty()) << "every word must match";
  EXPECT_TRUE(searchIds(beta, "bau hans").empty());
}

TEST_F(CustomersDb, Migration0016DropsFirstWordTermsAndKeepsThemFindable) {
  const Customer weber = insertedWithCompany("Hans Weber", "Klein Bau GmbH");
  // The schema and rows before 0016: no company key, and each key's first word as a term.
  session.executeDirect("ALTER TABLE customers DROP COLUMN company_key");
  for (const char* word : {"hans", "klein"}) {
    alphaDb.execute(
        "INSERT INTO customer_search_terms (tenant_id, term, kind, customer_id) "
        "VALUES (?, ?, 'w', ?)",
        {std::string(word), weber.id});
  }
  const auto termCount = [&] {
    auto rows = alphaDb.query("SELECT COUNT(*) FROM customer_search_terms WHERE tenant_id = ?");
    rows.next();
    return rows.uint64(1);
  };
  ASSERT_EQ(termCount(), 6u);
  const auto& files = caravan_embedded_customers::migrations();
  const auto migration = std::find_if(files.begin(), files.end(), [](const EmbeddedFile& file) {
    return file.name.substr(0, 5) == "0016_";
  });
  ASSERT_NE(migration, files.end());
  for (const auto& statement : splitSqlStatements(std::string(migration->content)))
    session.executeDirect(statement);
  EXPECT_EQ(termCount(), 4u) << "weber, bau, gmbh and the company's whole key stay";
  EXPECT_EQ(alpha.find(weber.id)->companyKey, "klein bau gmbh");
  EXPECT_EQ(searchIds(alpha, "klein hans"), (std::vector<std::uint64_t>{weber.id}));
  EXPECT_EQ(searchIds(alpha, "gmbh weber"), (std::vector<std::uint64_t>{weber.id}));
}

TEST_F(CustomersDb, SearchAndListFilterByTag) {
  Customer vip = customer("Anna Vip");
  vip.tags = {"vip"};
  alpha.insert(vip);
  alpha.insert(customer("Anna Plain"));
  const auto hits = alpha.search(planSearch("anna", ""), std::string("vip"), {}, 10);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].id, vip.id);
  EXPECT_EQ(alpha.newest(std::nullopt, 10, std::string("vip")),
            (std::vector<std::uint64_t>{vip.id}));
  EXPECT_EQ(alpha.newest(std::nullopt, 10, std::nullopt).size(), 2u);
}

}  // namespace
}  // namespace caravan::customers
