#include <gtest/gtest.h>

#include "customer_import.hpp"

namespace caravan::customers {
namespace {

TEST(ImportClaims, TheFirstLineKeepsAValueUntilItsPieceReleasesIt) {
  ImportClaims claims;
  EXPECT_FALSE(
      claims.claim("i:store:1\x1f"
                   "buyer-7",
                   12, 1));
  EXPECT_EQ(claims.claim("i:store:1\x1f"
                         "buyer-7",
                         900, 2),
            std::optional<std::size_t>(12));
  // The owning piece, run again after a rollback, meets its own claim and keeps it.
  EXPECT_FALSE(
      claims.claim("i:store:1\x1f"
                   "buyer-7",
                   12, 1));
  // Another line of the same piece is a repeat all the same.
  EXPECT_EQ(claims.claim("i:store:1\x1f"
                         "buyer-7",
                         40, 1),
            std::optional<std::size_t>(12));

  claims.release(1);
  EXPECT_FALSE(
      claims.claim("i:store:1\x1f"
                   "buyer-7",
                   900, 2))
      << "free once piece 1 committed";
  claims.release(7);  // a piece that claimed nothing
  EXPECT_EQ(claims.claim("i:store:1\x1f"
                         "buyer-7",
                         5, 3),
            std::optional<std::size_t>(900));
}

}  // namespace
}  // namespace caravan::customers
