#pragma once

#include <caravan/platform/db.hpp>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace caravan::customers {

// Where each kind of blocking key is found. E-mails, phones and channel identities are read
// from the tables that hold them, whose indexes search needs anyway; only the name with a postal
// code, which no table holds as one value, is written to customer_blocking_keys (hashed). Each
// index entry less is work less for every customer written: an import of a million customers
// wrote 2.6 million fewer rows (docs/benchmarks.md).

/// Whether keys of `kind` are rows of customer_blocking_keys (true) or read from the tables that
/// hold their values.
bool storedAsBlockingKey(char kind);

/// The customers of the tenant that hold each of `values`, keys of `kind` as blockingKeys()
/// makes them. Values no customer holds are absent; each holder is listed once.
std::map<std::string, std::vector<std::uint64_t>> keyHolders(db::TenantSession& db, char kind,
                                                             const std::vector<std::string>& values);

/// What one kind of key comes to over the whole tenant.
struct SharedKeys {
  std::uint64_t keysRead = 0;  ///< keys of the kind the tenant's customers hold
  /// The holders of each key held by 2 to `maxHolders` customers.
  std::vector<std::vector<std::uint64_t>> holders;
};

/// Every key of `kind` shared by customers of the tenant: the database groups the keys in one
/// pass over their index and returns only the shared ones.
SharedKeys sharedKeys(db::TenantSession& db, char kind, std::size_t maxHolders);

}  // namespace caravan::customers
