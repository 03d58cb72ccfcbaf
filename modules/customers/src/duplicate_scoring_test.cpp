#include "duplicate_scoring.hpp"

#include <gtest/gtest.h>

#include <caravan/customers/names.hpp>

namespace caravan::customers {
namespace {

using R = MatchReason;

TEST(DuplicateScore, EachReasonAloneHasItsWeight) {
  EXPECT_EQ(duplicateScore({R::Identity}), 100);
  EXPECT_EQ(duplicateScore({R::Email}), 90);
  EXPECT_EQ(duplicateScore({R::Phone}), 80);
  EXPECT_EQ(duplicateScore({R::NamePostal}), 60);
  EXPECT_EQ(duplicateScore({}), 0);
}

TEST(DuplicateScore, ReasonsCombineAsIndependentEvidenceAndNeverExceedOne) {
  EXPECT_EQ(duplicateScore({R::Email, R::Phone}), 98);                 // 1 - 0.1 * 0.2
  EXPECT_EQ(duplicateScore({R::Phone, R::NamePostal}), 92);            // 1 - 0.2 * 0.4
  EXPECT_EQ(duplicateScore({R::Email, R::NamePostal}), 96);            // 1 - 0.1 * 0.4
  EXPECT_EQ(duplicateScore({R::Email, R::Phone, R::NamePostal}), 99);  // 0.992 rounds down
  EXPECT_EQ(duplicateScore({R::Identity, R::Email, R::Phone, R::NamePostal}), 100);
}

TEST(DuplicateScore, ReasonsAndScoresAreWrittenAsTheApiShowsThem) {
  EXPECT_EQ(reasonList({R::NamePostal, R::Email}), "email,name_postal");
  EXPECT_EQ(reasonList({R::Identity, R::Phone}), "identity,phone");
  EXPECT_EQ(scoreText(98), "0.98");
  EXPECT_EQ(scoreText(100), "1.00");
  EXPECT_EQ(scoreText(5), "0.05");
}

Customer sample() {
  Customer customer;
  customer.id = 1;
  customer.name = "Jürgen Müller";
  customer.nameKey = searchKey(customer.name);
  customer.emails = {{"Juergen@Example.de", "juergen@example.de", true}};
  CustomerPhone phone;
  phone.number = {"+4930901820", "030 901820", "30901820", "landline"};
  customer.phones = {phone};
  CustomerAddress billing;
  billing.type = "billing";
  billing.line1 = "Friedrichstraße 68";
  billing.postalCode = "10 117";
  billing.city = "Berlin";
  billing.country = "DE";
  billing.phone = PhoneNumber{"+4930901820", "+49 30 901820", "30901820", "landline"};
  CustomerAddress shipping = billing;
  shipping.type = "shipping";
  shipping.postalCode.reset();
  customer.addresses = {billing, shipping};
  customer.identities = {{"amazon", 5, "A2BUYER"}, {"amazon", std::nullopt, "a2buyer"}};
  return customer;
}

TEST(BlockingKeys, AreTheMatchingFormsWithoutRepeats) {
  const auto keys = blockingKeys(sample());
  const std::vector<BlockingKey> expected = {
      {kKeyEmail, "juergen@example.de"},
      {kKeyIdentity, "amazon|a2buyer"},  // the same buyer whatever the store: one key
      {kKeyNamePostal, "10117|jurgen muller"},
      {kKeyPhone, "+4930901820"},  // the customer's and its address's phone: one key
  };
  EXPECT_EQ(keys, expected);
}

TEST(BlockingKeys, ANameIsNoKeyWithoutAPostalCode) {
  Customer customer = sample();
  customer.addresses.clear();
  for (const auto& key : blockingKeys(customer))
    EXPECT_NE(key.kind, kKeyNamePostal) << key.value;
}

TEST(BlockingKeys, MapToTheirReasons) {
  EXPECT_EQ(reasonOf(kKeyEmail), R::Email);
  EXPECT_EQ(reasonOf(kKeyPhone), R::Phone);
  EXPECT_EQ(reasonOf(kKeyNamePostal), R::NamePostal);
  EXPECT_EQ(reasonOf(kKeyIdentity), R::Identity);
}

}  // namespace
}  // namespace caravan::customers
