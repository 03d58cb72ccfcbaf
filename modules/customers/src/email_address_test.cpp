#include <gtest/gtest.h>

#include <caravan/customers/email_address.hpp>
#include <string>
#include <vector>

namespace caravan::customers {
namespace {

EmailAddress accepted(const std::string& input) {
  auto checked = normalizeEmail(input);
  if (refused(checked)) {
    ADD_FAILURE() << "'" << input << "' refused: " << std::get<Refusal>(checked).message;
    return {};
  }
  return std::get<EmailAddress>(checked);
}

TEST(NormalizeEmail, KeepsTheLocalPartAsTypedAndLowerCasesTheDomain) {
  const auto email = accepted("  Hans.Muller@Example.DE ");
  EXPECT_EQ(email.address, "Hans.Muller@example.de");
  EXPECT_EQ(email.key, "hans.muller@example.de");
}

TEST(NormalizeEmail, MatchesAddressesThatDifferOnlyInCase) {
  EXPECT_EQ(accepted("ANNA@EXAMPLE.COM").key, accepted("anna@example.com").key);
  EXPECT_EQ(accepted("anna+shop@example.com").key, "anna+shop@example.com");
}

TEST(NormalizeEmail, AcceptsInternationalisedDomainsAndLocalParts) {
  const auto unicode = accepted("anna@Bücher.de");
  EXPECT_EQ(unicode.address, "anna@bücher.de");
  EXPECT_EQ(unicode.key, "anna@xn--bcher-kva.de");
  EXPECT_EQ(accepted("Anna@xn--bcher-kva.de").key, unicode.key)
      << "the Unicode and the punycode form of one domain share a key";
  EXPECT_EQ(accepted("Дмитрий@пример.рф").key, "дмитрий@xn--e1afmkfd.xn--p1ai");
  EXPECT_EQ(accepted("张三@例子.中国").address, "张三@例子.中国");
}

TEST(NormalizeEmail, RefusesMalformedAddresses) {
  for (const std::string& input : std::vector<std::string>{"plainaddress",
                                                           "two@@example.com",
                                                           "a@b@example.com",
                                                           "@example.com",
                                                           "anna@",
                                                           "anna@localhost",
                                                           "anna@example.",
                                                           "anna@.com",
                                                           "an na@example.com",
                                                           "anna@exa mple.com",
                                                           ".anna@example.com",
                                                           "anna.@example.com",
                                                           "an..na@example.com",
                                                           "\"anna\"@example.com",
                                                           "anna@[192.168.0.1]",
                                                           "anna@192.168.0.1",
                                                           "anna@exa_mple.com",
                                                           "anna@-example.com",
                                                           std::string(65, 'a') + "@example.com",
                                                           "a@" + std::string(250, 'b') + ".com",
                                                           "anna\x01@example.com",
                                                           "anna@\xff.com"}) {
    const auto checked = normalizeEmail(input);
    ASSERT_TRUE(refused(checked)) << "'" << input << "' must be refused";
    EXPECT_EQ(std::get<Refusal>(checked).code, "invalid_email") << input;
    EXPECT_FALSE(std::get<Refusal>(checked).message.empty());
  }
}

TEST(NormalizeEmail, RefusesEmptyInputAsRequired) {
  EXPECT_EQ(std::get<Refusal>(normalizeEmail("   ")).code, "required");
}

}  // namespace
}  // namespace caravan::customers
