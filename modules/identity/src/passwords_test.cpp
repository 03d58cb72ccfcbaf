#include "passwords.hpp"

#include <gtest/gtest.h>

using caravan::identity::PasswordHasher;
using caravan::identity::PasswordPolicy;

namespace {
// The cheapest Argon2id cost libsodium allows: these tests check behaviour, not strength.
PasswordHasher fastHasher() {
  return PasswordHasher(1, 8192);
}
}  // namespace

TEST(PasswordHasher, VerifiesTheRightPasswordAndRefusesOthers) {
  const auto hasher = fastHasher();
  const auto hash = hasher.hash("correct horse battery staple");
  EXPECT_EQ(hash.rfind("$argon2id$", 0), 0u) << hash;
  EXPECT_TRUE(hasher.verify(hash, "correct horse battery staple"));
  EXPECT_FALSE(hasher.verify(hash, "correct horse battery stapler"));
  EXPECT_FALSE(hasher.verify("not a hash", "correct horse battery staple"));
}

TEST(PasswordHasher, SaltsEveryHash) {
  const auto hasher = fastHasher();
  EXPECT_NE(hasher.hash("same password here"), hasher.hash("same password here"));
}

TEST(PasswordPolicy, ShipsACommonPasswordList) {
  EXPECT_GT(PasswordPolicy().commonPasswordCount(), 200u);
}

TEST(PasswordPolicy, AcceptsALongUncommonPassword) {
  EXPECT_FALSE(PasswordPolicy().check("password", "quiet-lantern-47-orbit", "ana@example.com"));
}

TEST(PasswordPolicy, RefusesShortLongCommonRepeatedAndEmailPasswords) {
  const PasswordPolicy policy;
  EXPECT_EQ(policy.check("password", "short1!", "a@b.c")->code, "too_short");
  EXPECT_EQ(policy.check("password", std::string(129, 'x') + "y", "a@b.c")->code, "too_long");
  EXPECT_EQ(policy.check("password", "Password1234", "a@b.c")->code, "too_common");
  EXPECT_EQ(policy.check("password", "1q2w3e4r5t6y", "a@b.c")->code, "too_common");
  EXPECT_EQ(policy.check("password", "aaaaaaaaaaaaaa", "a@b.c")->code, "too_simple");
  EXPECT_EQ(policy.check("password", "anastasia.k@example.com", "anastasia.k@example.com")->code,
            "contains_email");
  EXPECT_EQ(policy.check("password", "my-anastasia.k-2026", "Anastasia.K@example.com")->code,
            "contains_email");
  EXPECT_EQ(policy.check("new_password", "short", "")->field, "new_password");
}

TEST(PasswordPolicy, CountsCharactersNotBytes) {
  // Twelve characters, 24 bytes.
  EXPECT_FALSE(PasswordPolicy().check("password", "ääääbbbbcccc", "x@y.z"));
  EXPECT_EQ(PasswordPolicy().check("password", "äääääää", "x@y.z")->code, "too_short");
}
