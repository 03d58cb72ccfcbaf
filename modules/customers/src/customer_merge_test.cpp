#include "customer_merge.hpp"

#include <gtest/gtest.h>

namespace caravan::customers {
namespace {

CustomerAddress address(const char* type, const char* line1, const char* postalCode,
                        const char* city, const char* country) {
  CustomerAddress a;
  a.type = type;
  a.isDefault = true;
  a.line1 = line1;
  a.postalCode = postalCode;
  a.city = city;
  a.country = country;
  return a;
}

Customer survivor() {
  Customer c;
  c.id = 1;
  c.name = "Jürgen Müller";
  c.nameLatin = "Jurgen Muller";
  c.country = "DE";
  c.emails = {{"jm@example.de", "jm@example.de", true}};
  c.phones = {{{"+4930901820", "030 901820", "30901820", "landline"}, "landline"}};
  c.addresses = {address("billing", "Hauptstr. 1", "10115", "Berlin", "DE")};
  c.identities = {{"amazon", std::nullopt, "A1"}};
  c.tags = {"vip"};
  c.notes = "call first";
  return c;
}

Customer other() {
  Customer c;
  c.id = 2;
  c.name = "Juergen Mueller";
  c.nameLatin = "Juergen Mueller";
  c.country = "AT";
  c.language = "de-AT";
  c.emails = {{"JM@example.de", "jm@example.de", true}, {"j@work.at", "j@work.at", true}};
  c.phones = {{{"+4930901820", "+49 30 901820", "30901820", "landline"}, "landline"},
              {{"+436641234567", "0664 1234567", "6641234567", "mobile"}, "mobile"}};
  c.addresses = {address("shipping", "Ring 5", "1010", "Wien", "AT")};
  c.identities = {{"AMAZON", std::nullopt, "a1"}, {"ebay", std::nullopt, "jm_wien"}};
  c.tags = {"newsletter", "vip"};
  c.notes = "prefers DHL";
  return c;
}

TEST(CustomerMerge, KeepsTheSurvivorsValuesAndCombinesCollections) {
  const auto result = mergedCustomer(survivor(), other(), {});
  EXPECT_EQ(result.id, 1u);
  EXPECT_EQ(result.name, "Jürgen Müller");
  EXPECT_EQ(result.country, "DE");
  EXPECT_EQ(result.language, "de-AT") << "a value only the other has is kept";
  ASSERT_EQ(result.emails.size(), 2u) << "the same address in another case is one address";
  EXPECT_TRUE(result.emails[0].primary);
  EXPECT_FALSE(result.emails[1].primary) << "one primary address: the survivor's";
  EXPECT_EQ(result.phones.size(), 2u) << "the same number typed differently is one number";
  ASSERT_EQ(result.addresses.size(), 2u);
  EXPECT_FALSE(result.addresses[1].isDefault);
  EXPECT_EQ(result.identities.size(), 2u) << "identities compare without regard to case";
  EXPECT_EQ(result.tags, (std::vector<std::string>{"newsletter", "vip"}));
  EXPECT_EQ(result.notes.value_or(""), "call first\nprefers DHL");
}

TEST(CustomerMerge, TakesTheChosenFieldsFromTheMergedRecord) {
  const auto result = mergedCustomer(survivor(), other(), {"name", "country", "notes"});
  EXPECT_EQ(result.name, "Juergen Mueller");
  EXPECT_EQ(result.nameLatin, "Juergen Mueller") << "the derived forms follow the name";
  EXPECT_EQ(result.country, "AT");
  EXPECT_EQ(result.notes.value_or(""), "prefers DHL");
}

}  // namespace
}  // namespace caravan::customers
