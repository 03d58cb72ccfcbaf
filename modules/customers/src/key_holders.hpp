#pragma once

#include <caravan/platform/db.hpp>
#include <cstdint>
#include <string>
#include <vector>

namespace caravan::customers {

// Where each kind of blocking key is found: e-mails, phones and channel identities in the
// tables that hold them, whose indexes search needs anyway; the name with a postal code as a
// hash on the address it comes from. No table of keys of its own: every row less is work less
// for each customer written (docs/benchmarks.md).

/// One key a given customer shares with another customer of the tenant.
struct KeyMatch {
  std::uint64_t customer;  ///< the given customer
  std::string key;         ///< the key, as the table that holds it has it
  std::uint64_t other;     ///< another holder of the key
};

/// Which customers of the tenant share a key of `kind` with the customers `mine` selects: an
/// SQL condition on `m.customer_id` with its parameters (a range, an IN list). The given
/// customers' rows are read from their tables, each of their keys is looked up in its index by
/// the database (one statement, no list of key values sent). Every match is listed, those
/// among the given customers too.
std::vector<KeyMatch> matchingKeys(db::TenantSession& db, char kind, const std::string& mine,
                                   const db::Params& mineParams);

/// What one kind of key comes to over the whole tenant.
struct SharedKeys {
  std::uint64_t keysRead = 0;  ///< keys of the kind the tenant's customers hold
  /// The holders of each key held by 2 to `maxHolders` customers.
  std::vector<std::vector<std::uint64_t>> holders;
};

/// Every key of `kind` shared by customers of the tenant: the database groups the keys in one
/// pass over their index and returns only the shared ones. Counting the keys read takes one more
/// pass (`countKeys`; keysRead stays 0 without it).
SharedKeys sharedKeys(db::TenantSession& db, char kind, std::size_t maxHolders, bool countKeys);

}  // namespace caravan::customers
