#include "key_holders.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <string_view>

#include "duplicate_scoring.hpp"

namespace caravan::customers {

namespace {

std::vector<std::uint64_t> idList(std::string_view text) {
  std::vector<std::uint64_t> ids;
  while (!text.empty()) {
    const auto comma = text.find(',');
    const auto part = text.substr(0, comma);
    std::uint64_t id = 0;
    std::from_chars(part.data(), part.data() + part.size(), id);
    ids.push_back(id);
    if (comma == std::string_view::npos)
      break;
    text.remove_prefix(comma + 1);
  }
  return ids;
}

std::uint64_t countOf(db::TenantSession& db, const char* sql) {
  auto rows = db.query(sql);
  return rows.next() ? rows.uint64(1) : 0;
}

/// The holders of each identity held by 2 to maxHolders customers. One buyer id on two channels
/// is two keys; on two stores of one channel, one. Grouping by (key, channel) sorted every
/// identity of the tenant (2.7 s at a million): the keys held by more than one customer are
/// found in the unique index's order instead (0.2 s), and only their rows are grouped by channel.
std::vector<std::vector<std::uint64_t>> sharedIdentities(db::TenantSession& db,
                                                         std::size_t maxHolders) {
  constexpr std::size_t kKeysPerLookup = 500;
  std::vector<std::string> keys;
  {
    auto rows = db.query(
        "SELECT external_key FROM customer_identities FORCE INDEX (uq_customer_identities) "
        "WHERE tenant_id = ? GROUP BY external_key HAVING MIN(customer_id) <> MAX(customer_id)");
    while (rows.next())
      keys.push_back(rows.string(1));
  }
  std::map<std::pair<std::string, std::string>, std::set<std::uint64_t>> byChannel;
  for (std::size_t from = 0; from < keys.size(); from += kKeysPerLookup) {
    db::Params params(
        keys.begin() + static_cast<std::ptrdiff_t>(from),
        keys.begin() + static_cast<std::ptrdiff_t>(std::min(keys.size(), from + kKeysPerLookup)));
    const std::string list = db::inList(params);  // pads params
    auto rows = db.query(
        "SELECT external_key, channel, customer_id FROM customer_identities "
        "FORCE INDEX (uq_customer_identities) WHERE tenant_id = ? AND external_key IN (" +
            list + ")",
        params);
    while (rows.next())
      byChannel[{rows.string(1), rows.string(2)}].insert(rows.uint64(3));
  }
  std::vector<std::vector<std::uint64_t>> holders;
  for (const auto& [key, customers] : byChannel) {
    if (customers.size() >= 2 && customers.size() <= maxHolders)
      holders.emplace_back(customers.begin(), customers.end());
  }
  return holders;
}

}  // namespace

std::vector<KeyMatch> matchingKeys(db::TenantSession& db, char kind, const std::string& mine,
                                   const db::Params& mineParams) {
  // Each statement reads the given customers' rows (m, on the primary key or the customer index)
  // and looks each of their keys up in the index of the table that holds such keys (o). The join
  // order and both indexes are fixed: the optimiser's statistics lag behind tables an import is
  // filling, and its own choices then read every key of the tenant (docs/benchmarks.md).
  std::vector<std::string> statements;
  const auto join = [&](const std::string& select, const std::string& fromMine,
                        const std::string& other, const std::string& on,
                        const std::string& condition) {
    statements.push_back(std::string(db::kEstimateEveryValue) + "SELECT STRAIGHT_JOIN " + select +
                         " FROM " + fromMine + " JOIN " + other +
                         " ON o.tenant_id = m.tenant_id AND o.customer_id <> m.customer_id AND " +
                         on + " WHERE m.tenant_id = ? AND " + condition + mine);
  };
  switch (kind) {
    case kKeyEmail:
      join("m.customer_id, m.address_key, o.customer_id", "customer_emails m FORCE INDEX (PRIMARY)",
           "customer_emails o FORCE INDEX (ix_customer_emails_key)",
           "o.address_key = m.address_key", "");
      break;
    case kKeyPhone:
      // A customer's own phones and its addresses' phones alike (customers 0014).
      join("m.customer_id, m.e164, o.customer_id", "customer_phones m FORCE INDEX (PRIMARY)",
           "customer_phones o FORCE INDEX (ix_customer_phones_e164)", "o.e164 = m.e164", "");
      break;
    case kKeyIdentity:
      // One buyer id on two channels is two keys; on two stores of one channel, one.
      join("m.customer_id, CONCAT(m.channel, '|', m.external_key), o.customer_id",
           "customer_identities m FORCE INDEX (PRIMARY)",
           "customer_identities o FORCE INDEX (uq_customer_identities)",
           "o.external_key = m.external_key AND o.channel = m.channel", "");
      break;
    default:  // name with postal code
      join("m.customer_id, m.name_postal_hash, o.customer_id",
           "customer_addresses m FORCE INDEX (PRIMARY)",
           "customer_addresses o FORCE INDEX (ix_customer_addresses_name_postal)",
           "o.name_postal_hash = m.name_postal_hash", "m.name_postal_hash IS NOT NULL AND ");
  }
  std::vector<KeyMatch> matches;
  for (const auto& sql : statements) {
    auto rows = db.query(sql, mineParams);
    while (rows.next())
      matches.push_back({rows.uint64(1), rows.string(2), rows.uint64(3)});
  }
  return matches;
}

SharedKeys sharedKeys(db::TenantSession& db, char kind, std::size_t maxHolders, bool countKeys) {
  SharedKeys shared;
  const auto most = static_cast<std::int64_t>(maxHolders);
  const auto take = [&](const std::string& sql, const db::Params& params) {
    auto rows = db.query(sql, params);
    while (rows.next())
      shared.holders.push_back(idList(rows.string(1)));
  };
  // Each statement groups one index in its order and answers only the keys of 2 to maxHolders
  // customers; `counting` counts the keys of the kind, in one more pass.
  const char* counting = nullptr;
  switch (kind) {
    case kKeyEmail:
      counting = "SELECT COUNT(*) FROM customer_emails WHERE tenant_id = ?";
      take(
          "SELECT GROUP_CONCAT(DISTINCT customer_id) FROM customer_emails WHERE tenant_id = ? "
          "GROUP BY address_key HAVING COUNT(DISTINCT customer_id) BETWEEN 2 AND ?",
          {most});
      break;
    case kKeyPhone:
      // A customer's own phones and its addresses' phones alike (customers 0014).
      counting = "SELECT COUNT(*) FROM customer_phones WHERE tenant_id = ?";
      take(
          "SELECT GROUP_CONCAT(DISTINCT customer_id) FROM customer_phones WHERE tenant_id = ? "
          "GROUP BY e164 HAVING COUNT(DISTINCT customer_id) BETWEEN 2 AND ?",
          {most});
      break;
    case kKeyIdentity:
      counting = "SELECT COUNT(*) FROM customer_identities WHERE tenant_id = ?";
      shared.holders = sharedIdentities(db, maxHolders);
      break;
    default:  // name with postal code; two addresses of one customer in one place are one key
      counting =
          "SELECT COUNT(DISTINCT customer_id, name_postal_hash) FROM customer_addresses WHERE "
          "tenant_id = ? AND name_postal_hash IS NOT NULL";
      take(
          "SELECT GROUP_CONCAT(DISTINCT customer_id) FROM customer_addresses "
          "FORCE INDEX (ix_customer_addresses_name_postal) WHERE tenant_id = ? AND "
          "name_postal_hash IS NOT NULL GROUP BY name_postal_hash "
          "HAVING COUNT(DISTINCT customer_id) BETWEEN 2 AND ?",
          {most});
  }
  if (countKeys)
    shared.keysRead = countOf(db, counting);
  return shared;
}

}  // namespace caravan::customers
