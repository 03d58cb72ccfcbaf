#include <gtest/gtest.h>

#include <caravan/identity/api_keys.hpp>
#include <optional>
#include <string>
#include <vector>

namespace caravan::identity {
namespace {

const std::string kSecret = "AbCdEfGhIjKlMnOpQrStUvWxYz012345-_6789";  // 38 characters

TEST(ApiKeyToken, TextHasThePrefixIdsAndSecret) {
  const ApiKeyToken token{12, 345, kSecret};
  EXPECT_EQ(token.text(), "cvn_12_345_" + kSecret);
}

TEST(ApiKeyToken, ParseReadsWhatTextWrote) {
  const ApiKeyToken token{7, 18446744073709551615ULL, kSecret};
  const auto parsed = ApiKeyToken::parse(token.text());
  ASSERT_TRUE(parsed.has_value());
  EXPECT_EQ(parsed->tenantId, 7u);
  EXPECT_EQ(parsed->keyId, 18446744073709551615ULL);
  EXPECT_EQ(parsed->secret, kSecret);
  EXPECT_EQ(parsed->text(), token.text());
}

TEST(ApiKeyToken, TheSecretMayContainUnderscores) {
  const std::string secret = "abc_def_ghi_jkl_mno_pqr_stu_vwx_yz";
  const auto parsed = ApiKeyToken::parse("cvn_1_2_" + secret);
  ASSERT_TRUE(parsed.has_value());
  EXPECT_EQ(parsed->tenantId, 1u);
  EXPECT_EQ(parsed->keyId, 2u);
  EXPECT_EQ(parsed->secret, secret);
}

TEST(ApiKeyToken, RejectsAWrongPrefix) {
  for (const std::string& prefix :
       std::vector<std::string>{"cvx_", "CVN_", "cvn", "xcvn_", "cvn-", " cvn_", ""}) {
    EXPECT_EQ(ApiKeyToken::parse(prefix + "1_2_" + kSecret), std::nullopt) << prefix;
  }
}

TEST(ApiKeyToken, RejectsIdsThatAreNotPlainNumbers) {
  for (const std::string& ids : std::vector<std::string>{
           "a_2", "1_b", "-1_2", "1_-2", "+1_2", "1x_2", "1_2x", "0x1_2", " 1_2", "1_ 2", "1.0_2",
           "99999999999999999999_2", "1_18446744073709551616"}) {
    EXPECT_EQ(ApiKeyToken::parse("cvn_" + ids + "_" + kSecret), std::nullopt) << ids;
  }
}

TEST(ApiKeyToken, RejectsZeroIds) {
  EXPECT_EQ(ApiKeyToken::parse("cvn_0_2_" + kSecret), std::nullopt);
  EXPECT_EQ(ApiKeyToken::parse("cvn_1_0_" + kSecret), std::nullopt);
  EXPECT_EQ(ApiKeyToken::parse("cvn_00_2_" + kSecret), std::nullopt);
}

TEST(ApiKeyToken, RejectsMissingParts) {
  for (const std::string& text :
       std::vector<std::string>{std::string("cvn_"), std::string("cvn_1"), std::string("cvn_1_2"),
                                std::string("cvn_1_2_"), "cvn_1_" + kSecret, "cvn__2_" + kSecret,
                                "cvn_1__" + kSecret, "cvn_" + kSecret}) {
    EXPECT_EQ(ApiKeyToken::parse(text), std::nullopt) << text;
  }
}

TEST(ApiKeyToken, RejectsASecretShorterThan32Characters) {
  EXPECT_EQ(ApiKeyToken::parse("cvn_1_2_" + std::string(31, 'a')), std::nullopt);
  const auto exact = ApiKeyToken::parse("cvn_1_2_" + std::string(32, 'a'));
  ASSERT_TRUE(exact.has_value());
  EXPECT_EQ(exact->secret, std::string(32, 'a'));
}

TEST(ApiKeyToken, RejectsOverLongInput) {
  const std::string head = "cvn_1_2_";
  EXPECT_TRUE(ApiKeyToken::parse(head + std::string(200 - head.size(), 'a')).has_value());
  EXPECT_EQ(ApiKeyToken::parse(head + std::string(201 - head.size(), 'a')), std::nullopt);
  EXPECT_EQ(ApiKeyToken::parse(head + std::string(100000, 'a')), std::nullopt);
}

TEST(HashToken, IsTheLowercaseHexSha256OfTheText) {
  EXPECT_EQ(hashToken("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  const std::string hash = hashToken(ApiKeyToken{1, 2, kSecret}.text());
  EXPECT_EQ(hash.size(), 64u);
  EXPECT_EQ(hash.find_first_not_of("0123456789abcdef"), std::string::npos) << hash;
}

TEST(HashToken, DiffersForDifferentTokensAndIsStableForTheSameOne) {
  const std::string a = ApiKeyToken{1, 2, kSecret}.text();
  const std::string b = ApiKeyToken{1, 3, kSecret}.text();
  const std::string c = ApiKeyToken{1, 2, kSecret + "x"}.text();
  EXPECT_NE(hashToken(a), hashToken(b));
  EXPECT_NE(hashToken(a), hashToken(c));
  EXPECT_NE(hashToken(b), hashToken(c));
  EXPECT_EQ(hashToken(a), hashToken(std::string(a)));
}

}  // namespace
}  // namespace caravan::identity
