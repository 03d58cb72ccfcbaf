#include "customer_repository.hpp"

#include <algorithm>
#include <caravan/platform/json.hpp>
#include <map>
#include <tuple>

#include "customer_rules.hpp"
#include "duplicate_repository.hpp"
#include "duplicate_scoring.hpp"
#include "lower_case.hpp"

namespace caravan::customers {

namespace {

constexpr const char* kColumns =
    "SELECT id, kind, name, name_latin, name_key, company_name, vat_id, country, language, "
    "currency, custom_attributes, source_channel, notes, version, created_at, updated_at, "
    "external_id, erased_at, company_key FROM customers ";

db::Param optional(const std::optional<std::string>& value) {
  return value ? db::Param{*value} : db::Param{nullptr};
}

// Out of line: inlined into its callers, GCC 12 warns (wrongly) of an uninitialised string in
// the variant.
[[gnu::noinline]] db::Params idParams(const std::vector<std::uint64_t>& ids) {
  db::Params params;
  params.reserve(ids.size());
  for (auto id : ids)
    params.emplace_back(std::in_place_type<std::uint64_t>, id);
  return params;
}

Customer readCustomer(db::Rows& rows) {
  Customer customer;
  customer.id = rows.uint64(1);
  customer.kind = rows.string(2);
  customer.name = rows.string(3);
  customer.nameLatin = rows.string(4);
  customer.nameKey = rows.string(5);
  customer.companyName = rows.optionalString(6);
  customer.vatId = rows.optionalString(7);
  customer.country = rows.optionalString(8);
  customer.language = rows.optionalString(9);
  customer.currency = rows.optionalString(10);
  customer.customAttributes = rows.optionalString(11).value_or("{}");  // NULL once erased
  customer.sourceChannel = rows.optionalString(12);
  customer.notes = rows.optionalString(13);
  customer.version = rows.int64(14);
  customer.createdAt = isoUtc(rows.string(15));
  customer.updatedAt = isoUtc(rows.string(16));
  customer.externalId = rows.optionalString(17);
  if (auto erased = rows.optionalString(18))
    customer.erasedAt = isoUtc(*erased);
  customer.companyKey = rows.optionalString(19).value_or("");
  return customer;
}

}  // namespace

db::Param companyKeyParam(const Customer& customer) {
  if (!customer.companyName)
    return nullptr;
  return companyKeyOf(customer);
}

std::string identityScope(const CustomerIdentity& identity) {
  return identity.storeId ? "store:" + std::to_string(*identity.storeId)
                          : "channel:" + identity.channel;
}

std::string identityKey(const std::string& externalId) {
  return lowerCase(externalId);
}

void CustomerRepository::insert(const Customer& customer) {
  db_.execute(
      "INSERT INTO customers (tenant_id, id, kind, name, name_latin, name_key, company_name, "
      "company_key, vat_id, country, language, currency, custom_attributes, source_channel, "
      "notes, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
      "?, 1, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
      {customer.id, customer.kind, customer.name, customer.nameLatin, customer.nameKey,
       optional(customer.companyName), companyKeyParam(customer), optional(customer.vatId),
       optional(customer.country), optional(customer.language), optional(customer.currency),
       customer.customAttributes, optional(customer.sourceChannel), optional(customer.notes)});
  writeOwned(customer);
}

bool CustomerRepository::update(const Customer& customer, std::int64_t expectedVersion) {
  const auto changed = db_.execute(
      "UPDATE customers SET kind = ?, name = ?, name_latin = ?, name_key = ?, company_name = ?, "
      "company_key = ?, vat_id = ?, country = ?, language = ?, currency = ?, "
      "custom_attributes = ?, source_channel = ?, notes = ?, version = version + 1, "
      "updated_at = UTC_TIMESTAMP(6) WHERE tenant_id = ? AND id = ? AND version = ?",
      {customer.kind, customer.name, customer.nameLatin, customer.nameKey,
       optional(customer.companyName), companyKeyParam(customer), optional(customer.vatId),
       optional(customer.country), optional(customer.language), optional(customer.currency),
       customer.customAttributes, optional(customer.sourceChannel), optional(customer.notes),
       customer.id, expectedVersion});
  if (changed != 1)
    return false;
  deleteOwned(customer.id);
  writeOwned(customer);
  return true;
}

bool CustomerRepository::remove(std::uint64_t id, std::int64_t expectedVersion) {
  if (db_.execute("DELETE FROM customers WHERE tenant_id = ? AND id = ? AND version = ?",
                  {id, expectedVersion}) != 1) {
    return false;
  }
  deleteOwned(id);
  forgetDuplicatePairs(db_, id);
  return true;
}

void CustomerRepository::deleteOwned(std::uint64_t id) {
  deleteOwnedMany({id});
}

void CustomerRepository::deleteOwnedMany(const std::vector<std::uint64_t>& ids) {
  if (ids.empty())
    return;
  db::Params params = idParams(ids);
  const std::string in = " IN (" + db::inList(params) + ")";
  for (const char* table : {"customer_emails", "customer_phones", "customer_addresses",
                            "customer_identities", "customer_tags", "customer_search_terms"}) {
    db_.execute(std::string("DELETE FROM ") + table + " WHERE tenant_id = ? AND customer_id" + in,
                params);
  }
}

void CustomerRepository::writeOwned(const Customer& customer) {
  writeOwnedMany({&customer});
}

void CustomerRepository::writeOwnedMany(const std::vector<const Customer*>& customers) {
  constexpr std::size_t kRowsPerStatement = 1000;
  std::vector<db::Params> rows;
  for (const Customer* c : customers) {
    for (std::size_t i = 0; i < c->emails.size(); ++i) {
      const auto& email = c->emails[i];
      rows.push_back(
          {c->id, static_cast<std::int64_t>(i), email.address, email.key, email.primary});
    }
  }
  if (!rows.empty()) {
    db_.insertRows("customer_emails",
                   {"tenant_id", "customer_id", "position", "address", "address_key", "is_primary"},
                   rows, kRowsPerStatement);
  }

  rows.clear();
  for (const Customer* c : customers) {
    for (std::size_t i = 0; i < c->phones.size(); ++i) {
      const auto& phone = c->phones[i];
      rows.push_back({c->id, static_cast<std::int64_t>(i), phone.number.e164, phone.number.raw,
                      phone.number.nationalNumber, phone.type});
    }
    for (std::size_t i = 0; i < c->addresses.size(); ++i) {
      if (const auto& phone = c->addresses[i].phone) {
        rows.push_back({c->id, kAddressPhonePositions + static_cast<std::int64_t>(i), phone->e164,
                        phone->raw, phone->nationalNumber, phone->kind});
      }
    }
  }
  if (!rows.empty()) {
    db_.insertRows(
        "customer_phones",
        {"tenant_id", "customer_id", "position", "e164", "raw", "national_number", "type"}, rows,
        kRowsPerStatement);
  }

  rows.clear();
  for (const Customer* c : customers) {
    for (std::size_t i = 0; i < c->addresses.size(); ++i) {
      const auto& a = c->addresses[i];
      const auto phoneField = [&](auto member) -> db::Param {
        return a.phone ? db::Param{(*a.phone).*member} : db::Param{nullptr};
      };
      const auto namePostal = namePostalKey(c->nameKey, a.postalCode);
      rows.push_back({c->id, static_cast<std::int64_t>(i), a.type, a.isDefault,
                      optional(a.recipientName), a.line1, optional(a.line2), optional(a.postalCode),
                      a.postalCode ? db::Param{postalKey(*a.postalCode)} : db::Param{nullptr},
                      a.city, optional(a.region), a.country, phoneField(&PhoneNumber::e164),
                      phoneField(&PhoneNumber::raw), phoneField(&PhoneNumber::nationalNumber),
                      phoneField(&PhoneNumber::kind),
                      namePostal ? db::Param{blockingHash(*namePostal)} : db::Param{nullptr}});
    }
  }
  if (!rows.empty()) {
    db_.insertRows("customer_addresses",
                   {"tenant_id", "customer_id", "position", "type", "is_default", "recipient_name",
                    "line1", "line2", "postal_code", "postal_key", "city", "region", "country",
                    "phone_e164", "phone_raw", "phone_national", "phone_kind", "name_postal_hash"},
                   rows, kRowsPerStatement);
  }

  rows.clear();
  for (const Customer* c : customers) {
    for (std::size_t i = 0; i < c->identities.size(); ++i) {
      const auto& identity = c->identities[i];
      rows.push_back({c->id, static_cast<std::int64_t>(i), identity.channel,
                      identity.storeId ? db::Param{*identity.storeId} : db::Param{nullptr},
                      identityScope(identity), identity.externalId,
                      identityKey(identity.externalId)});
    }
  }
  if (!rows.empty()) {
    db_.insertRows("customer_identities",
                   {"tenant_id", "customer_id", "position", "channel", "store_id", "scope",
                    "external_id", "external_key"},
                   rows, kRowsPerStatement);
  }

  rows.clear();
  for (const Customer* c : customers) {
    for (const auto& tag : c->tags)
      rows.push_back({c->id, tag});
  }
  if (!rows.empty())
    db_.insertRows("customer_tags", {"tenant_id", "customer_id", "tag"}, rows, kRowsPerStatement);

  // In index order: the terms are random keys, and inserted in order consecutive rows land on the
  // same B-tree pages instead of one page each.
  std::vector<std::tuple<std::string, char, std::uint64_t>> terms;
  for (const Customer* c : customers) {
    for (auto& term : searchTerms(*c))
      terms.emplace_back(std::move(term.term), term.kind, c->id);
  }
  std::sort(terms.begin(), terms.end());
  rows.clear();
  for (auto& [term, kind, customerId] : terms)
    rows.push_back({std::move(term), std::string(1, kind), customerId});
  if (!rows.empty()) {
    db_.insertRows("customer_search_terms", {"tenant_id", "term", "kind", "customer_id"}, rows,
                   kRowsPerStatement);
  }
}

std::optional<Customer> CustomerRepository::find(std::uint64_t id) {
  auto found = findMany({id});
  if (found.empty())
    return std::nullopt;
  return std::move(found.front());
}

std::vector<Customer> CustomerRepository::findMany(const std::vector<std::uint64_t>& ids) {
  if (ids.empty())
    return {};
  db::Params params = idParams(ids);
  const std::string in = " IN (" + db::inList(params) + ")";

  std::map<std::uint64_t, Customer> byId;
  {
    auto rows = db_.query(std::string(kColumns) + "WHERE tenant_id = ? AND id" + in, params);
    while (rows.next()) {
      Customer customer = readCustomer(rows);
      byId.emplace(customer.id, std::move(customer));
    }
  }
  if (byId.empty())
    return {};
  const std::string owned = "WHERE tenant_id = ? AND customer_id" + in + " ORDER BY customer_id, ";
  {
    auto rows =
        db_.query("SELECT customer_id, address, address_key, is_primary FROM customer_emails " +
                      owned + "position",
                  params);
    while (rows.next()) {
      byId[rows.uint64(1)].emails.push_back({rows.string(2), rows.string(3), rows.boolean(4)});
    }
  }
  {
    // The phones of addresses are read with the addresses, from their own columns.
    auto rows = db_.query(
        "SELECT customer_id, e164, raw, national_number, type FROM customer_phones "
        "WHERE tenant_id = ? AND customer_id" +
            in + " AND position < " + std::to_string(kAddressPhonePositions) +
            " ORDER BY customer_id, position",
        params);
    while (rows.next()) {
      CustomerPhone phone;
      phone.number.e164 = rows.string(2);
      phone.number.raw = rows.string(3);
      phone.number.nationalNumber = rows.string(4);
      phone.type = rows.string(5);
      byId[rows.uint64(1)].phones.push_back(std::move(phone));
    }
  }
  {
    auto rows = db_.query(
        "SELECT customer_id, type, is_default, recipient_name, line1, line2, postal_code, city, "
        "region, country, phone_e164, phone_raw, phone_national, phone_kind "
        "FROM customer_addresses " +
            owned + "position",
        params);
    while (rows.next()) {
      CustomerAddress a;
      a.type = rows.string(2);
      a.isDefault = rows.boolean(3);
      a.recipientName = rows.optionalString(4);
      a.line1 = rows.string(5);
      a.line2 = rows.optionalString(6);
      a.postalCode = rows.optionalString(7);
      a.city = rows.string(8);
      a.region = rows.optionalString(9);
      a.country = rows.string(10);
      if (!rows.isNull(11)) {
        a.phone = PhoneNumber{rows.string(11), rows.string(12), rows.string(13),
                              rows.optionalString(14).value_or("other")};
      }
      byId[rows.uint64(1)].addresses.push_back(std::move(a));
    }
  }
  {
    auto rows =
        db_.query("SELECT customer_id, channel, store_id, external_id FROM customer_identities " +
                      owned + "position",
                  params);
    while (rows.next()) {
      CustomerIdentity identity;
      identity.channel = rows.string(2);
      if (!rows.isNull(3))
        identity.storeId = rows.uint64(3);
      identity.externalId = rows.string(4);
      byId[rows.uint64(1)].identities.push_back(std::move(identity));
    }
  }
  {
    auto rows = db_.query("SELECT customer_id, tag FROM customer_tags " + owned + "tag", params);
    while (rows.next())
      byId[rows.uint64(1)].tags.push_back(rows.string(2));
  }

  std::vector<Customer> ordered;
  for (auto id : ids) {
    auto found = byId.find(id);
    if (found != byId.end())
      ordered.push_back(std::move(found->second));
  }
  return ordered;
}

std::vector<std::uint64_t> CustomerRepository::newest(std::optional<std::uint64_t> beforeId,
                                                      std::size_t limit,
                                                      const std::optional<std::string>& tag) {
  std::vector<std::uint64_t> ids;
  if (tag) {
    std::string sql = "SELECT customer_id FROM customer_tags WHERE tenant_id = ? AND tag = ?";
    db::Params params{*tag};
    if (beforeId) {
      sql += " AND customer_id < ?";
      params.push_back(*beforeId);
    }
    sql += " ORDER BY customer_id DESC LIMIT ?";
    params.push_back(static_cast<std::int64_t>(limit));
    auto rows = db_.query(sql, params);
    while (rows.next())
      ids.push_back(rows.uint64(1));
    return ids;
  }
  auto rows = db_.newestFirst("SELECT id FROM customers WHERE tenant_id = ?", beforeId, limit);
  while (rows.next())
    ids.push_back(rows.uint64(1));
  return ids;
}

std::vector<CustomerRepository::Hit> CustomerRepository::search(
    const SearchPlan& plan, const std::optional<std::string>& tag, std::optional<Hit> after,
    std::size_t limit) {
  // Two passes, in the order of relevance. The first reads the index ranges of q's whole forms
  // (name key, company, e-mail, identity, phone: exact 3, prefix 2), which are narrow. The second,
  // for words in any order (1), runs only when the first did not fill the page.
  std::vector<Hit> hits;
  if (!after || after->relevance >= 2)
    hits = wholeFormPass(plan, tag, after, limit);
  // An e-mail address or a phone number is looked up whole: its pieces ("de", "gmail", "49")
  // would start a word of a large share of all names.
  const bool nameLike = plan.plain.find('@') == std::string::npos && !plan.e164 && !plan.national;
  if (hits.size() < limit && nameLike && !plan.words.empty()) {
    const auto rest = wordPass(plan, tag, after && after->relevance == 1 ? after : std::nullopt,
                               limit - hits.size());
    hits.insert(hits.end(), rest.begin(), rest.end());
  }
  return hits;
}

std::string CustomerRepository::withTag(const std::string& tag, db::Params& params) const {
  // The subquery's tenant is bound here: TenantSession binds the first tenant_id only.
  params.push_back(db_.tenantId());
  params.push_back(tag);
  return " IN (SELECT customer_id FROM customer_tags WHERE tenant_id = ? AND tag = ?)";
}

std::vector<CustomerRepository::Hit> CustomerRepository::wholeFormPass(
    const SearchPlan& plan, const std::optional<std::string>& tag, std::optional<Hit> after,
    std::size_t limit) {
  // Each form of q is one prefix range of an index some table has anyway; a customer's relevance
  // is the best of its forms.
  db::Params params;
  struct Form {
    const char* select;  ///< "<customer id column> FROM <table> WHERE ... AND"
    const char* column;
    std::string value;
  };
  std::vector<Form> forms;
  const auto add = [&](const char* select, const char* column, const std::string& value) {
    if (!value.empty())
      forms.push_back({select, column, value});
  };
  add("id AS customer_id FROM customers WHERE tenant_id = ? AND", "name_key", plan.nameKey);
  add("customer_id FROM customer_search_terms WHERE tenant_id = ? AND kind = 'c' AND", "term",
      plan.nameKey);
  add("customer_id FROM customer_emails WHERE tenant_id = ? AND", "address_key", plan.plain);
  add("customer_id FROM customer_identities WHERE tenant_id = ? AND", "external_key", plan.plain);
  // Addresses' phones are rows of customer_phones too.
  if (plan.e164)
    add("customer_id FROM customer_phones WHERE tenant_id = ? AND", "e164", *plan.e164);
  if (plan.national) {
    add("customer_id FROM customer_phones WHERE tenant_id = ? AND", "national_number",
        *plan.national);
  }
  if (forms.empty())
    return {};

  // The statement's first tenant_id placeholder is bound by the session; the others here.
  std::string sql = "SELECT customer_id, MAX(relevance) AS best FROM (";
  for (std::size_t i = 0; i < forms.size(); ++i) {
    const auto& f = forms[i];
    sql += std::string(i ? " UNION ALL " : "") + "SELECT IF(" + f.column +
           " = ?, 3, 2) AS relevance, " + f.select + " " + f.column + " LIKE ?";
    params.push_back(f.value);
    if (i)
      params.push_back(db_.tenantId());
    params.push_back(likeEscape(f.value) + "%");
  }
  sql += ") AS found";
  if (tag)
    sql += " WHERE customer_id" + withTag(*tag, params);
  sql += " GROUP BY customer_id";
  if (after) {
    sql += " HAVING best < ? OR (best = ? AND customer_id < ?)";
    params.push_back(static_cast<std::int64_t>(after->relevance));
    params.push_back(static_cast<std::int64_t>(after->relevance));
    params.push_back(after->id);
  }
  sql += " ORDER BY best DESC, customer_id DESC LIMIT ?";
  params.push_back(static_cast<std::int64_t>(limit));

  std::vector<Hit> hits;
  auto rows = db_.query(sql, params);
  while (rows.next())
    hits.push_back({rows.uint64(1), static_cast<int>(rows.int64(2))});
  return hits;
}
namespace {

/// The customers with a word starting with `word`, as "SELECT customer_id ... UNION SELECT id ...":
/// a name's first word is the start of its key, in the customers' name index; the words after it,
/// and company names, are rows of the search terms (customers 0015). The statement's first
/// tenant_id placeholder is bound by the session: `firstTenant` leaves it out of `params`.
std::string customersWithWord(const std::string& word, const std::string& unionKind,
                              std::uint64_t tenantId, bool firstTenant, db::Params& params,
                              const std::optional<std::uint64_t>& below) {
  struct Source {
    const char* id;
    const char* fromWhere;
  };
  static constexpr Source kSources[] = {
      {"customer_id", "customer_search_terms WHERE tenant_id = ? AND term"},
      {"id", "customers WHERE tenant_id = ? AND name_key"}};
  const std::string prefix = likeEscape(word) + "%";
  std::string sql;
  for (const auto& source : kSources) {
    if (!sql.empty())
      sql += " " + unionKind + " ";
    if (!firstTenant || !sql.empty())
      params.push_back(tenantId);
    params.push_back(prefix);
    sql += std::string("SELECT ") + source.id + " FROM " + source.fromWhere + " LIKE ?";
    if (below) {
      sql += std::string(" AND ") + source.id + " < ?";
      params.push_back(*below);
    }
  }
  return sql;
}

}  // namespace

std::size_t CustomerRepository::rarestWord(const SearchPlan& plan) {
  if (plan.words.size() < 2)
    return 0;
  // EXPLAIN dives into each word's two ranges, as the optimiser did when one index held every
  // word; its rows are the estimates, two SELECTs (numbered from 1) per word.
  db::Params params;
  std::string sql = "EXPLAIN ";
  for (std::size_t i = 0; i < plan.words.size(); ++i) {
    sql += std::string(i ? " UNION ALL " : "") +
           customersWithWord(plan.words[i], "UNION ALL", db_.tenantId(), i == 0, params, {});
  }
  std::vector<std::uint64_t> customers(plan.words.size(), 0);
  auto rows = db_.query(sql, params);
  while (rows.next()) {
    if (rows.isNull(1) || rows.isNull(9))
      continue;  // the union's result
    const std::uint64_t select = rows.uint64(1);
    if (select >= 1 && select <= 2 * customers.size())
      customers[(select - 1) / 2] += rows.uint64(9);
  }
  return static_cast<std::size_t>(std::min_element(customers.begin(), customers.end()) -
                                  customers.begin());
}

std::vector<CustomerRepository::Hit> CustomerRepository::wordPass(
    const SearchPlan& plan, const std::optional<std::string>& tag, std::optional<Hit> after,
    std::size_t limit) {
  // A customer matches when each word of q starts a word of its names. The customers with a word
  // starting like q's rarest are read, and each is checked for the other words in its row's name
  // and company keys: one primary-key read per customer, where a join per word of q read every
  // search term of the customer for each (several times slower, docs/benchmarks.md).
  const std::size_t rarest = rarestWord(plan);
  db::Params params;
  std::string sql =
      "SELECT d.customer_id FROM (" +
      customersWithWord(plan.words[rarest], "UNION", db_.tenantId(), true, params,
                        after ? std::optional<std::uint64_t>(after->id) : std::nullopt) +
      ") AS d JOIN customers c ON c.tenant_id = ? AND c.id = d.customer_id WHERE TRUE";
  params.push_back(db_.tenantId());
  for (std::size_t i = 0; i < plan.words.size(); ++i) {
    if (i == rarest)
      continue;
    // Keys are words of lower-case letters and digits, one space apart.
    sql += " AND CONCAT(' ', c.name_key, ' ', COALESCE(c.company_key, '')) LIKE ?";
    params.push_back("% " + likeEscape(plan.words[i]) + "%");
  }
  // Customers the first pass found (a whole form of q starts their name, company, e-mail or
  // identity) are not listed again.
  if (!plan.nameKey.empty()) {
    sql += " AND c.name_key NOT LIKE ? AND COALESCE(c.company_key, '') NOT LIKE ?";
    params.push_back(likeEscape(plan.nameKey) + "%");
    params.push_back(likeEscape(plan.nameKey) + "%");
  }
  const auto unless = [&](const std::string& exists, const std::string& value) {
    if (value.empty())
      return;
    sql += " AND NOT EXISTS (SELECT 1 FROM " + exists + " LIKE ?)";
    params.push_back(db_.tenantId());
    params.push_back(likeEscape(value) + "%");
  };
  unless(
      "customer_emails e WHERE e.tenant_id = ? AND e.customer_id = d.customer_id AND "
      "e.address_key",
      plan.plain);
  unless(
      "customer_identities i WHERE i.tenant_id = ? AND i.customer_id = d.customer_id AND "
      "i.external_key",
      plan.plain);
  if (tag)
    sql += " AND d.customer_id" + withTag(*tag, params);
  sql += " ORDER BY d.customer_id DESC LIMIT ?";
  params.push_back(static_cast<std::int64_t>(limit));

  std::vector<Hit> hits;
  auto rows = db_.query(sql, params);
  while (rows.next())
    hits.push_back({rows.uint64(1), 1});
  return hits;
}

std::optional<std::uint64_t> CustomerRepository::identityHolder(const std::string& scope,
                                                                const std::string& externalKey,
                                                                std::uint64_t except) {
  auto rows = db_.query(
      "SELECT customer_id FROM customer_identities WHERE tenant_id = ? AND scope = ? AND "
      "external_key = ? AND customer_id <> ?",
      {scope, externalKey, except});
  if (!rows.next())
    return std::nullopt;
  return rows.uint64(1);
}

std::optional<Customer> findCustomer(db::TenantSession& db, std::uint64_t id) {
  return CustomerRepository(db).find(id);
}

bool markErased(db::TenantSession& db, std::uint64_t id) {
  return db.execute(
             "UPDATE customers SET erased_at = COALESCE(erased_at, UTC_TIMESTAMP(6)), "
             "version = version + 1, updated_at = UTC_TIMESTAMP(6) WHERE tenant_id = ? AND id = ?",
             {id}) == 1;
}

}  // namespace caravan::customers
