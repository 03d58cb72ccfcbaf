#include "key_holders.hpp"

#include <algorithm>
#include <charconv>
#include <string_view>

#include "duplicate_scoring.hpp"

namespace caravan::customers {

namespace {

/// Values per IN list: keeps statements small and their plans on the index.
constexpr std::size_t kLookupChunk = 500;

using Holders = std::map<std::string, std::vector<std::uint64_t>>;

/// Runs `select` (ending in "IN (") for each chunk of `values`; `take` reads each row.
template <typename Take>
void inChunks(db::TenantSession& db, const std::string& select, const db::Params& leading,
              const std::vector<db::Param>& values, Take take) {
  for (std::size_t from = 0; from < values.size(); from += kLookupChunk) {
    db::Params list(values.begin() + static_cast<std::ptrdiff_t>(from),
                    values.begin() +
                        static_cast<std::ptrdiff_t>(std::min(values.size(), from + kLookupChunk)));
    const std::string placeholders = db::inList(list);
    db::Params params = leading;
    params.insert(params.end(), list.begin(), list.end());
    // Index dives for every value of the list. Past eq_range_index_dive_limit values (200) the
    // optimiser estimates the ranges from the index statistics instead, which lag behind a
    // table an import is filling: it then read every key of the tenant instead of the listed
    // ones (docs/benchmarks.md).
    auto rows = db.query(
        "SET STATEMENT eq_range_index_dive_limit = 0 FOR " + select + placeholders + ")", params);
    while (rows.next())
      take(rows);
  }
}

db::Params stringParams(const std::vector<std::string>& values) {
  return db::Params(values.begin(), values.end());
}

void distinctHolders(Holders& holders) {
  for (auto& [value, ids] : holders) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  }
}

Holders hashedHolders(db::TenantSession& db, char kind, const std::vector<std::string>& values) {
  std::map<std::uint64_t, std::vector<const std::string*>> byHash;
  for (const auto& value : values)
    byHash[blockingHash(value)].push_back(&value);
  db::Params hashes;
  for (const auto& entry : byHash)
    hashes.emplace_back(std::in_place_type<std::uint64_t>, entry.first);
  Holders holders;
  // Every lookup names its index: while an import's transactions write these tables their
  // statistics swing, and the optimiser then took the customer index and read the whole table
  // per lookup (docs/benchmarks.md).
  inChunks(db,
           "SELECT key_hash, customer_id FROM customer_blocking_keys FORCE INDEX (PRIMARY) "
           "WHERE tenant_id = ? AND kind = ? AND key_hash IN (",
           {std::string(1, kind)}, hashes, [&](db::Rows& rows) {
             for (const std::string* value : byHash[rows.uint64(1)])
               holders[*value].push_back(rows.uint64(2));
           });
  return holders;
}

Holders identityHolders(db::TenantSession& db, const std::vector<std::string>& values) {
  // A value is "channel|identity key"; the index is on the identity key, whatever the store.
  std::vector<std::string> keys;
  for (const auto& value : values)
    keys.push_back(value.substr(value.find('|') + 1));
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  Holders holders;
  inChunks(db,
           "SELECT channel, external_key, customer_id FROM customer_identities "
           "FORCE INDEX (ix_customer_identities_key) WHERE tenant_id = ? AND external_key IN (",
           {}, stringParams(keys), [&](db::Rows& rows) {
             holders[rows.string(1) + "|" + rows.string(2)].push_back(rows.uint64(3));
           });
  return holders;
}

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

std::uint64_t countOf(db::TenantSession& db, const std::string& sql, const db::Params& params) {
  auto rows = db.query(sql, params);
  return rows.next() ? rows.uint64(1) : 0;
}

}  // namespace

bool storedAsBlockingKey(char kind) {
  return kind == kKeyNamePostal;
}

Holders keyHolders(db::TenantSession& db, char kind, const std::vector<std::string>& values) {
  Holders holders;
  if (values.empty())
    return holders;
  switch (kind) {
    case kKeyEmail:
      inChunks(db,
               "SELECT address_key, customer_id FROM customer_emails FORCE INDEX (ix_customer_emails_key) "
               "WHERE tenant_id = ? AND "
               "address_key IN (",
               {}, stringParams(values),
               [&](db::Rows& rows) { holders[rows.string(1)].push_back(rows.uint64(2)); });
      break;
    case kKeyPhone:
      // A customer's own phones and its addresses' phones are one kind of key.
      for (const char* select :
           {"SELECT e164, customer_id FROM customer_phones FORCE INDEX (ix_customer_phones_e164) "
            "WHERE tenant_id = ? AND e164 IN (",
            "SELECT phone_e164, customer_id FROM customer_addresses "
            "FORCE INDEX (ix_customer_addresses_phone) WHERE tenant_id = ? AND phone_e164 IN ("}) {
        inChunks(db, select, {}, stringParams(values),
                 [&](db::Rows& rows) { holders[rows.string(1)].push_back(rows.uint64(2)); });
      }
      break;
    case kKeyIdentity:
      holders = identityHolders(db, values);
      break;
    default:
      holders = hashedHolders(db, kind, values);
  }
  distinctHolders(holders);
  return holders;
}

SharedKeys sharedKeys(db::TenantSession& db, char kind, std::size_t maxHolders) {
  SharedKeys shared;
  const auto most = static_cast<std::int64_t>(maxHolders);
  const auto take = [&](const std::string& sql, const db::Params& params) {
    auto rows = db.query(sql, params);
    while (rows.next())
      shared.holders.push_back(idList(rows.string(1)));
  };
  // Each statement groups one index in its order (the phones' two tables through a temporary
  // table) and answers only the keys of 2 to maxHolders customers.
  switch (kind) {
    case kKeyEmail:
      shared.keysRead = countOf(db, "SELECT COUNT(*) FROM customer_emails WHERE tenant_id = ?", {});
      take(
          "SELECT GROUP_CONCAT(DISTINCT customer_id) FROM customer_emails WHERE tenant_id = ? "
          "GROUP BY address_key HAVING COUNT(DISTINCT customer_id) BETWEEN 2 AND ?",
          {most});
      break;
    case kKeyPhone:
      shared.keysRead =
          countOf(db, "SELECT COUNT(*) FROM customer_phones WHERE tenant_id = ?", {}) +
          countOf(db,
                  "SELECT COUNT(*) FROM customer_addresses WHERE tenant_id = ? AND phone_e164 IS "
                  "NOT NULL",
                  {});
      take(
          "SELECT GROUP_CONCAT(DISTINCT customer_id) FROM ("
          "SELECT CAST(e164 AS BINARY) AS phone, customer_id FROM customer_phones "
          "WHERE tenant_id = ? UNION ALL "
          "SELECT CAST(phone_e164 AS BINARY), customer_id FROM customer_addresses "
          "WHERE tenant_id = ? AND phone_e164 IS NOT NULL) AS held "
          "GROUP BY phone HAVING COUNT(DISTINCT customer_id) BETWEEN 2 AND ?",
          {db.tenantId(), most});
      break;
    case kKeyIdentity: {
      // Grouped by the identity key, then by channel here: one buyer id on two channels is two
      // keys.
      shared.keysRead =
          countOf(db, "SELECT COUNT(*) FROM customer_identities WHERE tenant_id = ?", {});
      auto rows = db.query(
          "SELECT GROUP_CONCAT(DISTINCT CONCAT(channel, '|', customer_id)) "
          "FROM customer_identities WHERE tenant_id = ? "
          "GROUP BY external_key HAVING COUNT(DISTINCT customer_id) >= 2");
      while (rows.next()) {
        std::map<std::string, std::vector<std::uint64_t>> byChannel;
        const std::string held = rows.string(1);
        const std::string_view text = held;
        for (std::size_t at = 0; at <= text.size();) {
          auto comma = text.find(',', at);
          if (comma == std::string_view::npos)
            comma = text.size();
          const auto item = text.substr(at, comma - at);
          const auto bar = item.rfind('|');
          byChannel[std::string(item.substr(0, bar))].push_back(
              idList(item.substr(bar + 1)).front());
          at = comma + 1;
        }
        for (auto& [channel, ids] : byChannel) {
          if (ids.size() >= 2 && ids.size() <= maxHolders)
            shared.holders.push_back(std::move(ids));
        }
      }
      break;
    }
    default:
      shared.keysRead =
          countOf(db, "SELECT COUNT(*) FROM customer_blocking_keys WHERE tenant_id = ? AND kind = ?",
                  {std::string(1, kind)});
      take(
          "SELECT GROUP_CONCAT(customer_id) FROM customer_blocking_keys WHERE tenant_id = ? AND "
          "kind = ? GROUP BY key_hash HAVING COUNT(*) BETWEEN 2 AND ?",
          {std::string(1, kind), most});
  }
  return shared;
}

}  // namespace caravan::customers
