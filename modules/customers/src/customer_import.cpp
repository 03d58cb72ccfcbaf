#include "customer_import.hpp"

#include <algorithm>
#include <caravan/organization/organization.hpp>
#include <caravan/platform/ids.hpp>
#include <chrono>
#include <ctime>
#include <future>
#include <mutex>
#include <set>

#include "custom_field_repository.hpp"
#include "customer_repository.hpp"
#include "duplicate_repository.hpp"
#include "import_workers.hpp"

namespace caravan::customers {

namespace {

constexpr std::size_t kMaxExternalIdBytes = 191;

db::Param optional(const std::optional<std::string>& value) {
  return value ? db::Param{*value} : db::Param{nullptr};
}

const std::vector<std::string> kCustomerColumns = {"tenant_id",      "id",
                                                   "external_id",    "kind",
                                                   "name",           "name_latin",
                                                   "name_key",       "company_name",
                                                   "company_key",    "vat_id",
                                                   "country",        "language",
                                                   "currency",       "custom_attributes",
                                                   "source_channel", "notes",
                                                   "version",        "created_at",
                                                   "updated_at"};

/// An imported row replaces what the customer was: every field, its version one up.
constexpr const char* kUpdateExisting =
    "ON DUPLICATE KEY UPDATE kind = VALUES(kind), name = VALUES(name), "
    "name_latin = VALUES(name_latin), name_key = VALUES(name_key), "
    "company_name = VALUES(company_name), company_key = VALUES(company_key), "
    "vat_id = VALUES(vat_id), country = VALUES(country), "
    "language = VALUES(language), currency = VALUES(currency), "
    "custom_attributes = VALUES(custom_attributes), source_channel = VALUES(source_channel), "
    "notes = VALUES(notes), version = version + 1, updated_at = VALUES(updated_at)";

}  // namespace

struct CustomerImporter::Prepared {
  const ImportRow* row = nullptr;
  Customer customer;
  bool exists = false;
  bool good = true;
};

/// One batch of rows: normalised by the workers, then checked and written by the importer.
struct CustomerImporter::Batch {
  std::size_t from = 0;
  std::vector<Prepared> prepared;
  /// Field errors per row, gathered on the workers and reported in order afterwards.
  std::vector<std::vector<FieldError>> rowErrors;
  std::vector<std::future<void>> pending;

  // The workers write into this batch: it outlives them even when the import fails.
  ~Batch() {
    for (auto& task : pending) {
      if (task.valid())
        task.wait();
    }
  }
};

std::optional<std::size_t> ImportClaims::claim(const std::string& value, std::size_t line,
                                               std::uint64_t owner) {
  std::lock_guard lock(mutex_);
  const auto [found, fresh] = lines_.emplace(value, Claim{line, owner});
  if (!fresh) {
    // A piece run again (its transaction was rolled back) meets its own claims.
    if (found->second.owner == owner && found->second.line == line)
      return std::nullopt;
    return found->second.line;
  }
  byOwner_[owner].push_back(value);
  return std::nullopt;
}

void ImportClaims::release(std::uint64_t owner) {
  std::lock_guard lock(mutex_);
  auto found = byOwner_.find(owner);
  if (found == byOwner_.end())
    return;
  for (const auto& value : found->second)
    lines_.erase(value);
  byOwner_.erase(found);
}

CustomerImporter::CustomerImporter(db::TenantSession& db, IdGenerator& ids, ImportOptions options)
    : db_(db),
      ids_(ids),
      options_(options),
      claims_(options.claims ? options.claims : std::make_shared<ImportClaims>()) {
  context_.fields = CustomFieldRepository(db).all();
  // Rows are read on worker threads; a store is looked up once, on the importer's session, while
  // the importer is not using it (sessionLock_).
  auto stores = std::make_shared<std::map<std::uint64_t, std::optional<std::string>>>();
  context_.storeChannel = [this, stores, lock = sessionLock_](std::uint64_t storeId) {
    std::lock_guard guard(*lock);
    auto found = stores->find(storeId);
    if (found == stores->end()) {
      std::optional<std::string> channel;
      if (auto store = organization::findStore(db_, storeId))
        channel = store->channel;
      found = stores->emplace(storeId, channel).first;
    }
    return found->second;
  };
}

void CustomerImporter::fail(const ImportRow& row, std::optional<std::string> field,
                            std::string code, std::string message) {
  if (field && options_.csv)
    field = csvField(*field);
  errors_.push_back({row.line, std::move(field), std::move(code), std::move(message)});
}

void CustomerImporter::import(std::vector<ImportRow>& rows) {
  const std::size_t firstError = errors_.size();
  // Savepoints need a transaction; a caller without one gets one for the whole import.
  std::optional<db::Transaction> own;
  if (!db_.session().inTransaction())
    own.emplace(db_.session());
  // A pipeline: the workers normalise the next batch while this thread writes the current one,
  // so that the database and the normalising use the cores at the same time.
  std::unique_ptr<Batch> next;
  if (!rows.empty())
    next = startNormalising(rows, 0);
  while (next) {
    std::unique_ptr<Batch> current = std::move(next);
    finishNormalising(*current);
    if (current->from + kBatchRows < rows.size())
      next = startNormalising(rows, current->from + kBatchRows);
    std::lock_guard guard(*sessionLock_);
    importBatch(*current);
  }
  if (own)
    own->commit();
  std::stable_sort(errors_.begin() + static_cast<std::ptrdiff_t>(firstError), errors_.end(),
                   [](const ImportError& a, const ImportError& b) { return a.line < b.line; });
}

std::unique_ptr<CustomerImporter::Batch> CustomerImporter::startNormalising(
    std::vector<ImportRow>& rows, std::size_t from) {
  auto batch = std::make_unique<Batch>();
  batch->from = from;
  const std::size_t count = std::min(kBatchRows, rows.size() - from);
  batch->prepared.resize(count);
  batch->rowErrors.resize(count);
  Prepared* prepared = batch->prepared.data();
  std::vector<FieldError>* rowErrors = batch->rowErrors.data();
  ImportRow* first = rows.data() + from;
  const ReadContext* context = &context_;
  const auto work = [=](std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) {
      ImportRow& row = first[i];
      Prepared& item = prepared[i];
      item.row = &row;
      if (row.errorCode) {
        item.good = false;
        continue;
      }
      try {
        readCustomer(row.body, item.customer, false, *context);
      } catch (const ApiError& e) {
        item.good = false;
        rowErrors[i] = e.fieldErrors();
        if (rowErrors[i].empty())
          rowErrors[i].push_back({"", e.code(), e.what()});
      }
      if (row.externalId && row.externalId->size() > kMaxExternalIdBytes) {
        item.good = false;
        rowErrors[i].push_back({"external_id", "too_long", "must be at most 191 bytes"});
      }
    }
  };
  const unsigned threads = std::max(1u, std::min<unsigned>(options_.threads, count / 100 + 1));
  auto& workers = ImportWorkers::shared(threads);
  const std::size_t share = (count + threads - 1) / threads;
  for (unsigned t = 0; t < threads; ++t) {
    const std::size_t begin = std::min(count, t * share);
    const std::size_t end = std::min(count, begin + share);
    batch->pending.push_back(workers.submit([work, begin, end] { work(begin, end); }));
  }
  return batch;
}

void CustomerImporter::finishNormalising(Batch& batch) {
  for (auto& task : batch.pending)
    task.get();  // an unexpected exception of a worker ends the import here
  batch.pending.clear();
  for (std::size_t i = 0; i < batch.prepared.size(); ++i) {
    const ImportRow& row = *batch.prepared[i].row;
    if (row.errorCode)
      fail(row, row.errorField, *row.errorCode, row.errorMessage);
    for (auto& error : batch.rowErrors[i]) {
      fail(row, error.field.empty() ? std::nullopt : std::optional<std::string>(error.field),
           error.code, error.message);
    }
  }
}

void CustomerImporter::checkAgainstTenant(std::vector<Prepared>& prepared) {
  // An external id twice in one file: the later row would overwrite the earlier one unseen.
  std::vector<Prepared*> withExternal;
  for (auto& item : prepared) {
    if (!item.good || !item.row->externalId)
      continue;
    const auto earlier =
        claims_->claim("x:" + *item.row->externalId, item.row->line, options_.claimOwner);
    if (earlier) {
      item.good = false;
      fail(*item.row, std::string("external_id"), "duplicate_in_file",
           "repeats the external_id of line " + std::to_string(*earlier));
      continue;
    }
    withExternal.push_back(&item);
  }

  // Customers imported before under these external ids are updated, keeping their ids.
  std::map<std::string, std::uint64_t> existing;
  if (!withExternal.empty()) {
    db::Params params;
    for (auto* item : withExternal)
      params.push_back(*item->row->externalId);
    // External ids are at most 191 bytes (startNormalising): 192 characters cut none.
    const std::string idsTable = db::valuesTable(params, "CHAR(192)", "x", "v");
    auto rows = db_.query("SELECT STRAIGHT_JOIN c.external_id, c.id FROM " + idsTable +
                              " JOIN customers c FORCE INDEX (uq_customers_external_id) "
                              "ON c.tenant_id = ? AND c.external_id = v.x",
                          params);
    while (rows.next())
      existing[rows.string(1)] = rows.uint64(2);
  }
  for (auto& item : prepared) {
    if (!item.good)
      continue;
    auto found = item.row->externalId ? existing.find(*item.row->externalId) : existing.end();
    item.exists = found != existing.end();
    item.customer.id = item.exists ? found->second : ids_.next();
  }

  // Identities: held by another customer of the tenant, or by an earlier row of the file. One
  // lookup for the batch: the unique key leads with the identity key (customers 0011), and the
  // holders' scopes are compared here.
  std::set<std::string> keys;
  for (auto& item : prepared) {
    if (!item.good)
      continue;
    for (const auto& identity : item.customer.identities)
      keys.insert(identityKey(identity.externalId));
  }
  std::map<std::pair<std::string, std::string>, std::uint64_t> holders;
  if (!keys.empty()) {
    db::Params params(keys.begin(), keys.end());
    // Keys are at most 191 characters (the column's length): 192 cuts none that could match.
    const std::string keysTable = db::valuesTable(params, "CHAR(192)", "k", "v");
    auto rows =
        db_.query("SELECT STRAIGHT_JOIN o.scope, o.external_key, o.customer_id FROM " + keysTable +
                      " JOIN customer_identities o FORCE INDEX (uq_customer_identities) "
                      "ON o.tenant_id = ? AND o.external_key = v.k",
                  params);
    while (rows.next())
      holders[{rows.string(1), rows.string(2)}] = rows.uint64(3);
  }
  for (auto& item : prepared) {
    if (!item.good)
      continue;
    for (std::size_t i = 0; i < item.customer.identities.size(); ++i) {
      const auto& identity = item.customer.identities[i];
      const std::pair key{identityScope(identity), identityKey(identity.externalId)};
      const std::string field = "identities/" + std::to_string(i) + "/external_id";
      auto holder = holders.find(key);
      if (holder != holders.end() && holder->second != item.customer.id) {
        item.good = false;
        fail(*item.row, field, "identity_taken",
             "is already the identity of customer " + std::to_string(holder->second));
        break;
      }
      const auto earlier = claims_->claim("i:" + key.first + "\x1f" + key.second, item.row->line,
                                          options_.claimOwner);
      if (earlier) {
        item.good = false;
        fail(*item.row, field, "duplicate_in_file",
             "is the identity of the customer of line " + std::to_string(*earlier));
        break;
      }
    }
  }
}

void CustomerImporter::importBatch(Batch& batch) {
  std::vector<Prepared>& prepared = batch.prepared;
  checkAgainstTenant(prepared);
  std::vector<Prepared*> good;
  for (auto& item : prepared) {
    if (item.good)
      good.push_back(&item);
  }
  totals_.rows += prepared.size();
  if (options_.dryRun) {
    for (auto* item : good)
      ++(item->exists ? totals_.updated : totals_.created);
  } else {
    write(good);
    if (options_.duplicates == DuplicateLookup::Deferred) {
      for (auto* item : good)
        deferred_.push_back(std::move(item->customer));
    }
  }
  totals_.failed += prepared.size() - good.size();
}

void CustomerImporter::findDuplicates() {
  DuplicateRepository duplicates(db_, ids_);
  for (std::size_t from = 0; from < deferred_.size(); from += kBatchRows) {
    std::vector<const Customer*> batch;
    for (std::size_t i = from; i < std::min(deferred_.size(), from + kBatchRows); ++i)
      batch.push_back(&deferred_[i]);
    for (const auto& [pair, reasons] : duplicates.pairsFor(batch))
      totals_.candidatePairs += counted_.insert(pair).second;
  }
}

void CustomerImporter::write(std::vector<Prepared*>& good) {
  if (good.empty())
    return;
  auto& session = db_.session();
  session.executeDirect("SAVEPOINT customer_import_batch");
  try {
    writeRows(good);
    session.executeDirect("RELEASE SAVEPOINT customer_import_batch");
    for (auto* item : good)
      ++(item->exists ? totals_.updated : totals_.created);
    return;
  } catch (const db::DuplicateKey&) {
    session.executeDirect("ROLLBACK TO SAVEPOINT customer_import_batch");
  }
  // Someone wrote one of these keys since the batch was checked: row by row, so that only the
  // rows at fault are refused, each whole.
  std::vector<Prepared*> written;
  for (auto* item : good) {
    session.executeDirect("SAVEPOINT customer_import_row");
    try {
      writeRows({item});
      session.executeDirect("RELEASE SAVEPOINT customer_import_row");
      ++(item->exists ? totals_.updated : totals_.created);
      written.push_back(item);
    } catch (const db::DuplicateKey& e) {
      session.executeDirect("ROLLBACK TO SAVEPOINT customer_import_row");
      if (e.key() == "uq_customer_identities")
        fail(*item->row, std::string("identities/0/external_id"), "identity_taken",
             "was just given to another customer");
      else if (e.key() == "uq_customers_external_id")
        fail(*item->row, std::string("external_id"), "conflict",
             "was just imported by another request");
      else
        fail(*item->row, std::nullopt, "conflict", "conflicts with a change made meanwhile");
    }
  }
  good = written;
}

void CustomerImporter::writeRows(const std::vector<Prepared*>& rows) {
  const std::string now = utcTimestamp();
  std::vector<db::Params> created;
  std::vector<db::Params> updated;
  std::vector<std::uint64_t> updatedIds;
  std::vector<const Customer*> customers;
  for (auto* item : rows) {
    const Customer& c = item->customer;
    db::Params values{c.id,
                      optional(item->row->externalId),
                      c.kind,
                      c.name,
                      c.nameLatin,
                      c.nameKey,
                      optional(c.companyName),
                      companyKeyParam(c),
                      optional(c.vatId),
                      optional(c.country),
                      optional(c.language),
                      optional(c.currency),
                      c.customAttributes,
                      optional(c.sourceChannel),
                      optional(c.notes),
                      std::int64_t{1},
                      now,
                      now};
    if (item->exists) {
      updated.push_back(std::move(values));
      updatedIds.push_back(c.id);
    } else {
      created.push_back(std::move(values));
    }
    customers.push_back(&c);
  }
  CustomerRepository repository(db_);
  repository.deleteOwnedMany(updatedIds);
  if (!created.empty())
    db_.insertRows("customers", kCustomerColumns, created, 1000);
  if (!updated.empty())
    db_.insertRows("customers", kCustomerColumns, updated, 1000, kUpdateExisting);
  repository.writeOwnedMany(customers);
  if (options_.duplicates == DuplicateLookup::EachBatch)
    totals_.candidatePairs += DuplicateRepository(db_, ids_).countFor(customers);
}

}  // namespace caravan::customers
