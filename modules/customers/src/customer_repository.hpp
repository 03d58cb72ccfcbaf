#pragma once

#include <caravan/customers/customer.hpp>
#include <caravan/platform/db.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "customer_search.hpp"

namespace caravan::customers {

/// The SQL for customers and everything they own (e-mails, phones, addresses, identities, tags,
/// search terms), always within one tenant. A customer is read and written whole.
class CustomerRepository {
 public:
  explicit CustomerRepository(db::TenantSession& db) : db_(db) {}

  /// customer_phones holds the phones of addresses too, from this position on (this plus the
  /// address's position), so that every phone is in its indexes (customers 0014). A customer's
  /// own phones are those below it.
  static constexpr std::int64_t kAddressPhonePositions = 1000;

  /// Throws db::DuplicateKey (key "uq_customer_identities") when another customer holds one of
  /// its identities.
  void insert(const Customer& customer);
  /// Writes `customer` (replacing its e-mails, phones, addresses, identities, tags and search
  /// terms) if its stored version is still `expectedVersion`; false otherwise.
  bool update(const Customer& customer, std::int64_t expectedVersion);
  /// Deletes the customer and everything it owns if its version is still `expectedVersion`.
  bool remove(std::uint64_t id, std::int64_t expectedVersion);

  std::optional<Customer> find(std::uint64_t id);
  /// The customers with these ids, in the order given (ids of no customer are skipped), read
  /// with one query per table whatever their number.
  std::vector<Customer> findMany(const std::vector<std::uint64_t>& ids);
  /// Ids newest first, optionally only customers with `tag`; `beforeId` continues a page.
  std::vector<std::uint64_t> newest(std::optional<std::uint64_t> beforeId, std::size_t limit,
                                    const std::optional<std::string>& tag);

  /// A search hit: the customer and how well it matched (3 exact, 2 prefix, 1 words).
  struct Hit {
    std::uint64_t id = 0;
    int relevance = 0;
  };
  /// Customers matching `plan`, best first, then newest first; `after` (relevance, id)
  /// continues a page.
  std::vector<Hit> search(const SearchPlan& plan, const std::optional<std::string>& tag,
                          std::optional<Hit> after, std::size_t limit);

  /// The customer other than `except` that holds the identity of `scope` with `externalKey`.
  std::optional<std::uint64_t> identityHolder(const std::string& scope,
                                              const std::string& externalKey, std::uint64_t except);

  /// Writes the e-mails, phones, addresses (with their name-with-postal-code keys), identities,
  /// tags and search terms of `customers` with multi-row inserts (a few statements whatever
  /// their number).
  void writeOwnedMany(const std::vector<const Customer*>& customers);
  /// Deletes everything these customers own (not the customers' rows).
  void deleteOwnedMany(const std::vector<std::uint64_t>& ids);

 private:
  /// search()'s first pass: q's whole forms, relevance 3 (exact) or 2 (prefix).
  std::vector<Hit> wholeFormPass(const SearchPlan& plan, const std::optional<std::string>& tag,
                                 std::optional<Hit> after, std::size_t limit);
  /// search()'s second pass: q's words in any order (relevance 1), customers of the first left out.
  std::vector<Hit> wordPass(const SearchPlan& plan, const std::optional<std::string>& tag,
                            std::optional<Hit> after, std::size_t limit);
  /// The word of q (an index into plan.words) that starts the words of the fewest customers, by
  /// the optimiser's estimates of its ranges.
  std::size_t rarestWord(const SearchPlan& plan);
  /// " IN (customers with `tag`)", its values added to `params`.
  std::string withTag(const std::string& tag, db::Params& params) const;
  void writeOwned(const Customer& customer);
  void deleteOwned(std::uint64_t id);

  db::TenantSession& db_;
};

/// customers.company_key of `customer` (NULL without a company name).
db::Param companyKeyParam(const Customer& customer);

/// "store:<id>" for an identity tied to a store, else "channel:<channel>".
std::string identityScope(const CustomerIdentity& identity);
/// The external id as identities are compared: lower case.
std::string identityKey(const std::string& externalId);

}  // namespace caravan::customers
