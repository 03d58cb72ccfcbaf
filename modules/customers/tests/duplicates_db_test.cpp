// Duplicate candidates against a real database: found through the blocking keys, scored, queued
// once per pair, dismissed pairs staying dismissed, and tenant walls.
#include <gtest/gtest.h>

#include <caravan/customers/names.hpp>
#include <caravan/testing/test_database.hpp>

#include "customer_repository.hpp"
#include "customers_only.hpp"
#include "duplicate_repository.hpp"
#include "duplicate_scan.hpp"
#include "duplicate_scoring.hpp"

namespace caravan::customers {
namespace {

class DuplicatesDb : public ::testing::Test {
 protected:
  Customer person(const std::string& name, const std::string& emailKey = "",
                  const std::string& e164 = "", const std::string& postal = "") {
    Customer made;
    made.id = test.platform().ids().next();
    made.name = name;
    made.nameLatin = toLatinAscii(name);
    made.nameKey = searchKey(name);
    if (!emailKey.empty())
      made.emails = {{emailKey, emailKey, true}};
    if (!e164.empty()) {
      CustomerPhone phone;
      phone.number = {e164, e164, e164.substr(3), "mobile"};
      phone.type = "mobile";
      made.phones = {phone};
    }
    if (!postal.empty()) {
      CustomerAddress address;
      address.type = "billing";
      address.isDefault = true;
      address.line1 = "Hauptstraße 1";
      address.postalCode = postal;
      address.city = "Berlin";
      address.country = "DE";
      made.addresses = {address};
    }
    return made;
  }

  std::vector<DuplicateCandidate> insert(CustomerRepository& customers,
                                         DuplicateRepository& duplicates, const Customer& made) {
    customers.insert(made);
    return duplicates.recordFor({&made});
  }

  caravan::testing::TestPlatform test{customersOnly()};
  db::Session session = test.platform().pool().acquire();
  db::TenantSession alphaDb{session, 1};
  db::TenantSession betaDb{session, 2};
  CustomerRepository alpha{alphaDb};
  CustomerRepository beta{betaDb};
  DuplicateRepository alphaQueue{alphaDb, test.platform().ids()};
  DuplicateRepository betaQueue{betaDb, test.platform().ids()};
};

TEST_F(DuplicatesDb, FindsCustomersSharingAKeyAndScoresThePair) {
  const Customer first = person("Jürgen Müller", "juergen@example.de", "+4915123456789", "10117");
  EXPECT_TRUE(insert(alpha, alphaQueue, first).empty()) << "nobody to match yet";
  insert(alpha, alphaQueue, person("Anna Schmidt", "anna@example.de", "+4915199999999", "10117"));

  // Same e-mail and phone, the name without diacritics at the same postal code.
  const Customer second = person("JURGEN MULLER", "juergen@example.de", "+4915123456789", "10117");
  const auto found = insert(alpha, alphaQueue, second);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].customerA, std::min(first.id, second.id));
  EXPECT_EQ(found[0].customerB, std::max(first.id, second.id));
  EXPECT_EQ(found[0].score, 99);
  EXPECT_EQ(found[0].reasons, "email,phone,name_postal");
  EXPECT_EQ(found[0].status, "open");

  // Only the phone: a weaker candidate.
  const Customer third = person("Somebody Else", "", "+4915123456789");
  const auto byPhone = insert(alpha, alphaQueue, third);
  ASSERT_EQ(byPhone.size(), 2u);
  for (const auto& pair : byPhone) {
    EXPECT_EQ(pair.score, 80);
    EXPECT_EQ(pair.reasons, "phone");
  }

  const auto queue = alphaQueue.list(std::string("open"), std::nullopt, 10);
  ASSERT_EQ(queue.size(), 3u);
  EXPECT_EQ(queue[0].id, found[0].id) << "highest score first";
  const auto page =
      alphaQueue.list(std::string("open"), std::make_pair(queue[0].score, queue[0].id), 10);
  EXPECT_EQ(page.size(), 2u) << "the cursor continues after the first";

  EXPECT_TRUE(betaQueue.list(std::nullopt, std::nullopt, 10).empty()) << "tenant wall";
  EXPECT_FALSE(betaQueue.find(found[0].id));
  EXPECT_TRUE(insert(beta, betaQueue, person("Jürgen Müller", "juergen@example.de")).empty())
      << "another tenant's customers are no candidates";
}

TEST_F(DuplicatesDb, APairIsQueuedOnceAndADismissedPairStaysDismissed) {
  Customer first = person("Li Wei", "li@example.cn");
  insert(alpha, alphaQueue, first);
  Customer second = person("Wei Li", "li@example.cn");
  const auto found = insert(alpha, alphaQueue, second);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].score, 90);

  // Found again with more evidence: still one pair, its score follows.
  second.phones = {
      CustomerPhone{{"+8613800138000", "13800138000", "13800138000", "mobile"}, "mobile"}};
  first.phones = second.phones;
  ASSERT_TRUE(alpha.update(first, 1));
  auto again = alphaQueue.recordFor({&first});
  ASSERT_EQ(again.size(), 1u);
  EXPECT_EQ(again[0].id, found[0].id);
  EXPECT_EQ(again[0].score, 90) << "second's phone is not stored yet";
  ASSERT_TRUE(alpha.update(second, 1));
  again = alphaQueue.recordFor({&second});
  ASSERT_EQ(again.size(), 1u);
  EXPECT_EQ(again[0].id, found[0].id);
  EXPECT_EQ(again[0].score, 98);
  EXPECT_EQ(again[0].reasons, "email,phone");

  ASSERT_TRUE(alphaQueue.setStatus(found[0].id, "dismissed"));
  EXPECT_FALSE(alphaQueue.setStatus(found[0].id, "dismissed")) << "only an open pair";
  again = alphaQueue.recordFor({&first, &second});
  ASSERT_EQ(again.size(), 1u);
  EXPECT_EQ(again[0].status, "dismissed") << "a person's decision outlives a re-check";
  EXPECT_TRUE(alphaQueue.list(std::string("open"), std::nullopt, 10).empty());
}

TEST_F(DuplicatesDb, CustomersOfOneBatchAreMatchedWithEachOtherInOneCall) {
  Customer a = person("Maria Rossi", "maria@example.it");
  Customer b = person("Maria Rossi", "maria@example.it");
  Customer c = person("Paolo Bianchi", "paolo@example.it");
  for (const Customer* made : {&a, &b, &c})
    alpha.insert(*made);
  const auto found = alphaQueue.recordFor({&a, &b, &c});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].customerA, std::min(a.id, b.id));
}

TEST_F(DuplicatesDb, DeletingACustomerRemovesItsKeysAndPairs) {
  Customer first = person("Ola Nordmann", "ola@example.no");
  insert(alpha, alphaQueue, first);
  Customer second = person("Ola Nordmann", "ola@example.no");
  ASSERT_EQ(insert(alpha, alphaQueue, second).size(), 1u);
  ASSERT_TRUE(alpha.remove(second.id, 1));
  EXPECT_TRUE(alphaQueue.list(std::nullopt, std::nullopt, 10).empty());
  EXPECT_TRUE(alphaQueue.recordFor({&first}).empty()) << "the deleted customer's keys are gone";
}

TEST_F(DuplicatesDb, AScanPairsEveryCustomerWithEveryOtherSharingAKey) {
  // Written without lookups (as if imported before duplicate detection existed): only a scan
  // can find these pairs.
  const Customer first = person("Jürgen Müller", "juergen@example.de", "+4915123456789", "10117");
  const Customer second = person("JURGEN MULLER", "juergen@example.de", "", "10117");
  const Customer third = person("Anna Schmidt", "", "+4915123456789");
  const Customer stranger = person("Zoe Klein", "zoe@example.de", "+4915100000000", "80331");
  for (const auto* made : {&first, &second, &third, &stranger})
    alpha.insert(*made);
  // Another seller's customer with the same e-mail is behind the tenant wall.
  beta.insert(person("Jürgen Müller", "juergen@example.de"));

  const auto counts = scanForDuplicates(alphaDb, test.platform().ids());
  EXPECT_EQ(counts.pairsFound, 2u);
  EXPECT_EQ(counts.keysRead, 9u) << "4 e-mails, 3 phones, 2 names with postal codes";
  const auto queue = alphaQueue.list("open", std::nullopt, 10);
  ASSERT_EQ(queue.size(), 2u);
  EXPECT_EQ(queue[0].customerA, std::min(first.id, second.id));
  EXPECT_EQ(queue[0].reasons, "email,name_postal");
  EXPECT_EQ(queue[1].reasons, "phone");
  EXPECT_EQ(std::set({queue[1].customerA, queue[1].customerB}), std::set({first.id, third.id}));
  EXPECT_TRUE(betaQueue.list("open", std::nullopt, 10).empty());

  // Scanning again changes nothing: the same two pairs, same ids.
  EXPECT_EQ(scanForDuplicates(alphaDb, test.platform().ids()).pairsFound, 2u);
  const auto again = alphaQueue.list(std::nullopt, std::nullopt, 10);
  ASSERT_EQ(again.size(), 2u);
  EXPECT_EQ(again[0].id, queue[0].id);
  EXPECT_EQ(again[0].version, queue[0].version);
}

TEST_F(DuplicatesDb, AScanRemovesOpenPairsThatShareNothingAnyMoreAndKeepsDecidedOnes) {
  Customer first = person("Jürgen Müller", "juergen@example.de");
  const Customer second = person("Hans Meier", "juergen@example.de");
  Customer third = person("Jürgen Müller", "", "+4915123456789");
  const Customer fourth = person("Eva Braun", "", "+4915123456789");
  for (const Customer* made :
       std::initializer_list<const Customer*>{&first, &second, &third, &fourth})
    insert(alpha, alphaQueue, *made);
  auto queue = alphaQueue.list("open", std::nullopt, 10);
  ASSERT_EQ(queue.size(), 2u);
  const auto phonePair = queue[0].reasons == "phone" ? queue[0] : queue[1];
  ASSERT_TRUE(alphaQueue.setStatus(phonePair.id, "dismissed"));

  // Both pairs' keys change: the open pair goes, the dismissed one stays as decided.
  first.emails = {{"juergen@elsewhere.de", "juergen@elsewhere.de", true}};
  ASSERT_TRUE(alpha.update(first, 1));
  third.phones.clear();
  ASSERT_TRUE(alpha.update(third, 1));
  const auto counts = scanForDuplicates(alphaDb, test.platform().ids());
  EXPECT_EQ(counts.pairsFound, 0u);
  EXPECT_EQ(counts.pairsRemoved, 1u);
  queue = alphaQueue.list(std::nullopt, std::nullopt, 10);
  ASSERT_EQ(queue.size(), 1u);
  EXPECT_EQ(queue[0].id, phonePair.id);
  EXPECT_EQ(queue[0].status, "dismissed");
}

TEST_F(DuplicatesDb, AScanPairsTheHoldersOfEachSharedKeyAndSkipsCrowdedKeys) {
  // 60 pairs sharing an e-mail each; and 55 customers behind one switchboard number, more than
  // kMaxHoldersPerKey: not followed.
  std::vector<Customer> made;
  for (int pair = 0; pair < 60; ++pair) {
    const std::string email = "pair" + std::to_string(pair) + "@example.de";
    made.push_back(person("Person A" + std::to_string(pair), email));
    made.push_back(person("Person B" + std::to_string(pair), email));
  }
  for (int i = 0; i < 55; ++i)
    made.push_back(person("Caller " + std::to_string(i), "", "+4930123456"));
  std::vector<const Customer*> all;
  for (const auto& customer : made)
    all.push_back(&customer);
  alpha.writeOwnedMany(all);

  const auto counts = scanForDuplicates(alphaDb, test.platform().ids());
  EXPECT_EQ(counts.pairsFound, 60u);
  EXPECT_EQ(counts.keysRead, 175u);
  for (const auto& pair : alphaQueue.list("open", std::nullopt, 100))
    EXPECT_EQ(pair.reasons, "email");
}

TEST_F(DuplicatesDb, IdentitiesMatchWithinAChannelWhateverTheStoreAndAddressPhonesMatchPhones) {
  // These keys are read from customer_identities, customer_phones and customer_addresses: the
  // same answers from a lookup on create and from a whole-tenant scan.
  const auto withIdentity = [&](Customer customer, const std::string& channel,
                                std::optional<std::uint64_t> store, const std::string& id) {
    CustomerIdentity identity;
    identity.channel = channel;
    identity.storeId = store;
    identity.externalId = id;
    customer.identities.push_back(identity);
    return customer;
  };
  const Customer onStoreA = withIdentity(person("Li Wei"), "amazon", 101, "A2BUYER");
  const Customer onStoreB = withIdentity(person("Wei Li"), "amazon", 102, "a2buyer");
  const Customer onEbay = withIdentity(person("Liwei Shop"), "ebay", std::nullopt, "a2buyer");
  Customer atAddress = person("Hans Meier", "", "", "10117");
  atAddress.addresses[0].phone =
      PhoneNumber{"+4915123456789", "0151 23456789", "15123456789", "mobile"};
  const Customer byPhone = person("Eva Braun", "", "+4915123456789");

  std::vector<std::vector<DuplicateCandidate>> found;
  for (const Customer* made :
       std::initializer_list<const Customer*>{&onStoreA, &onStoreB, &onEbay, &atAddress, &byPhone})
    found.push_back(insert(alpha, alphaQueue, *made));
  ASSERT_EQ(found[1].size(), 1u) << "the same buyer id on two stores of one channel";
  EXPECT_EQ(found[1][0].reasons, "identity");
  EXPECT_EQ(std::set({found[1][0].customerA, found[1][0].customerB}),
            std::set({onStoreA.id, onStoreB.id}));
  EXPECT_TRUE(found[2].empty()) << "the same id on another channel is somebody else";
  ASSERT_EQ(found[4].size(), 1u) << "a phone typed on an address is the customer's phone";
  EXPECT_EQ(found[4][0].reasons, "phone");
  EXPECT_EQ(std::set({found[4][0].customerA, found[4][0].customerB}),
            std::set({atAddress.id, byPhone.id}));

  const auto queued = alphaQueue.list("open", std::nullopt, 10);
  const auto counts = scanForDuplicates(alphaDb, test.platform().ids());
  EXPECT_EQ(counts.pairsFound, 2u);
  EXPECT_EQ(counts.keysRead, 6u) << "3 identities, 2 phones, 1 name with postal code";
  const auto scanned = alphaQueue.list("open", std::nullopt, 10);
  ASSERT_EQ(scanned.size(), queued.size());
  for (std::size_t i = 0; i < queued.size(); ++i)
    EXPECT_EQ(scanned[i].id, queued[i].id) << "the scan finds the pairs the lookups found";
}

TEST_F(DuplicatesDb, BlockingHashesAreWhatTheMigrationComputesInSql) {
  // customers 0008 turned stored keys into hashes in SQL; new keys are hashed in C++.
  for (const std::string key : {"juergen@example.de", "+4915123456789", "10117|jurgen muller",
                                "amazon|a2buyer", "张三@例子.中国", ""}) {
    auto rows = session.query("SELECT CAST(CONV(LEFT(MD5(?), 16), 16, 10) AS UNSIGNED)", {key});
    ASSERT_TRUE(rows.next());
    EXPECT_EQ(blockingHash(key), rows.uint64(1)) << key;
  }
  EXPECT_NE(blockingHash("a@example.de"), blockingHash("b@example.de"));
}

TEST_F(DuplicatesDb, AddressesHoldTheNamePostalHashTheMigrationComputes) {
  // customers 0012 filled name_postal_hash of existing addresses in SQL from the stored postal
  // and name keys; new addresses get it from C++. Both must agree, long names cut alike.
  const Customer short_ = person("Jürgen Müller", "", "", "10117");
  const Customer long_ = person(std::string(190, 'x') + " Müller", "", "", "D-80331");
  const Customer noPostal = person("Anna Schmidt");
  for (const Customer* made : std::initializer_list<const Customer*>{&short_, &long_, &noPostal})
    alpha.insert(*made);
  auto rows = session.query(
      "SELECT a.name_postal_hash, "
      "CAST(CONV(LEFT(MD5(LEFT(CONCAT(a.postal_key, '|', c.name_key), 191)), 16), 16, 10) "
      "AS UNSIGNED) FROM customer_addresses a JOIN customers c ON c.tenant_id = a.tenant_id AND "
      "c.id = a.customer_id WHERE a.tenant_id = 1 ORDER BY a.customer_id");
  int compared = 0;
  while (rows.next()) {
    ASSERT_FALSE(rows.isNull(1));
    EXPECT_EQ(rows.uint64(1), rows.uint64(2));
    ++compared;
  }
  EXPECT_EQ(compared, 2) << "an address without a postal code has no key";
}

}  // namespace
}  // namespace caravan::customers
