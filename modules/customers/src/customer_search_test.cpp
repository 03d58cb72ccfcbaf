#include "customer_search.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <caravan/customers/names.hpp>

namespace caravan::customers {
namespace {

bool has(const std::vector<SearchTerm>& terms, const std::string& term, char kind) {
  return std::find(terms.begin(), terms.end(), SearchTerm{term, kind}) != terms.end();
}

TEST(SearchTerms, IndexWordsAndCompanyNamesOnly) {
  Customer customer;
  customer.name = "张三";
  customer.nameKey = searchKey(customer.name);
  customer.companyName = "Müller Handel GmbH";
  customer.emails.push_back({"Zhang@Example.com", "zhang@example.com", true});
  CustomerPhone phone;
  phone.number = {"+4930901820", "030 901820", "30901820", "landline"};
  customer.phones.push_back(phone);
  customer.identities.push_back({"ebay", std::nullopt, "ZhangShop"});
  const auto terms = searchTerms(customer);
  EXPECT_TRUE(has(terms, "san", kTermWord));
  EXPECT_TRUE(has(terms, "muller handel gmbh", kTermCompany));
  EXPECT_TRUE(has(terms, "handel", kTermWord));
  EXPECT_TRUE(has(terms, "gmbh", kTermWord));
  // First words start their keys, which are indexed whole ("zhang san" in customers.name_key);
  // e-mails, phones and identities are searched in their own tables' indexes, not copied here.
  EXPECT_FALSE(has(terms, "zhang", kTermWord));
  EXPECT_FALSE(has(terms, "muller", kTermWord));
  EXPECT_EQ(terms.size(), 4u);
}

TEST(SearchTerms, AFirstWordRepeatedLaterIsFoundByItsFirstPlace) {
  Customer customer;
  customer.name = "Anna Maria Anna";
  customer.nameKey = searchKey(customer.name);
  const auto terms = searchTerms(customer);
  ASSERT_EQ(terms.size(), 1u);
  EXPECT_TRUE(has(terms, "maria", kTermWord));
}

TEST(PlanSearch, NormalisesNamesLikeTheIndex) {
  const auto plan = planSearch("  MÜLLER  Hans ", "");
  EXPECT_EQ(plan.nameKey, "muller hans");
  EXPECT_EQ(plan.words, (std::vector<std::string>{"muller", "hans"}));
  EXPECT_FALSE(plan.e164);
  EXPECT_EQ(planSearch("张三", "").nameKey, "zhang san");
}

TEST(PlanSearch, ReadsPhoneNumbersInAnyFormat) {
  EXPECT_EQ(planSearch("+49 (30) 901-820", "").e164, "+4930901820");
  EXPECT_EQ(planSearch("0049 30 901820", "").e164, "+4930901820");
  EXPECT_EQ(planSearch("030 901820", "DE").e164, "+4930901820");
  EXPECT_EQ(planSearch("030 901820", "").national, "30901820");
  EXPECT_FALSE(planSearch("030 901820", "").e164) << "no country to read a national number in";
}

TEST(LikeEscape, EscapesWildcards) {
  EXPECT_EQ(likeEscape("a_b%c\\d"), "a\\_b\\%c\\\\d");
}

TEST(CutUtf8, NeverSplitsACharacter) {
  EXPECT_EQ(cutUtf8("aü", 2), "a");
  EXPECT_EQ(cutUtf8("aü", 3), "aü");
}

}  // namespace
}  // namespace caravan::customers
