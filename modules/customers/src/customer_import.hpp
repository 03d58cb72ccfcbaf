#pragma once

#include <caravan/platform/db.hpp>
#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "customer_reader.hpp"
#include "import_rows.hpp"

namespace caravan {
class IdGenerator;
}

namespace caravan::customers {

/// A row that was not imported: its line, the field at fault (none when the whole row is), a
/// machine word and a sentence that describes the rule, never the value.
struct ImportError {
  std::size_t line = 0;
  std::optional<std::string> field;
  std::string code;
  std::string message;
};

/// What an import did (or, in a dry run, would do).
struct ImportTotals {
  std::size_t rows = 0;
  std::size_t created = 0;
  std::size_t updated = 0;
  std::size_t failed = 0;
  std::size_t candidatePairs = 0;  ///< duplicate pairs found or confirmed for imported rows
};

/// The values the rows of one file claim that must be unique in the tenant (external ids, channel
/// identities), each with the line that claimed it first. The importers of one job's pieces
/// share it while they run side by side: a value repeated in two pieces is then refused as a
/// repeat in the file, instead of the second piece waiting on the first's uncommitted row (and,
/// with repeats both ways round, the two deadlocking).
class ImportClaims {
 public:
  /// The line that claimed `value` before `line`, or nothing: the value is then `owner`'s.
  std::optional<std::size_t> claim(const std::string& value, std::size_t line, std::uint64_t owner);
  /// Gives up `owner`'s claims (its piece has committed, and the database guards its values).
  void release(std::uint64_t owner);

 private:
  struct Claim {
    std::size_t line;
    std::uint64_t owner;
  };
  std::mutex mutex_;
  std::unordered_map<std::string, Claim> lines_;
  std::unordered_map<std::uint64_t, std::vector<std::string>> byOwner_;
};

/// When an importer looks for the duplicate candidates of the rows it writes.
enum class DuplicateLookup {
  EachBatch,  ///< as each batch is written
  /// By findDuplicates(), which the caller runs when it can see what other imports running
  /// beside this one have committed (see import_jobs.cpp).
  Deferred,
  None,  ///< not at all: the caller scans the whole tenant once the rows are in
};

/// How an import runs.
struct ImportOptions {
  bool csv = true;       ///< field errors named by CSV column (else by JSON path)
  bool dryRun = false;   ///< check everything, write nothing
  unsigned threads = 2;  ///< rows are normalised on this many threads
  DuplicateLookup duplicates = DuplicateLookup::EachBatch;
  /// Shared with importers running beside this one; by default this importer's own.
  std::shared_ptr<ImportClaims> claims = nullptr;
  std::uint64_t claimOwner = 0;  ///< whose claims this importer's are
};

/// Imports customers into one tenant, batch by batch: every row is read and normalised like a
/// POST (on worker threads, the next batch while this one is written), checked against the tenant
/// (external ids already imported, identities held by other customers) with one query per batch,
/// and the good rows of a batch are written with multi-row inserts, customers of existing external
/// ids updated in place, and their duplicate candidates recorded. A row is written whole or not at
/// all: a batch that fails on a key is rolled back to its savepoint and written row by row, the
/// failing rows reported. The caller holds the transaction.
class CustomerImporter {
 public:
  CustomerImporter(db::TenantSession& db, IdGenerator& ids, ImportOptions options);

  /// Imports `rows` (in file order); their errors are added to errors().
  void import(std::vector<ImportRow>& rows);

  /// With DuplicateLookup::Deferred: records the duplicate candidates of every customer written so
  /// far, with the customers committed by now. It may run again once more has been committed: pairs
  /// found before are recorded again unchanged, and counted once.
  void findDuplicates();
  const ImportTotals& totals() const { return totals_; }
  const std::vector<ImportError>& errors() const { return errors_; }

  /// Rows per batch: one round of queries and inserts.
  static constexpr std::size_t kBatchRows = 1000;

 private:
  struct Prepared;
  struct Batch;
  std::unique_ptr<Batch> startNormalising(std::vector<ImportRow>& rows, std::size_t from);
  void finishNormalising(Batch& batch);
  void importBatch(Batch& batch);
  void checkAgainstTenant(std::vector<Prepared>& prepared);
  void write(std::vector<Prepared*>& good);
  void writeRows(const std::vector<Prepared*>& rows);
  void fail(const ImportRow& row, std::optional<std::string> field, std::string code,
            std::string message);

  db::TenantSession& db_;
  IdGenerator& ids_;
  ImportOptions options_;
  ReadContext context_;
  /// Held while this thread uses the session, so that a worker looking up a store waits.
  std::shared_ptr<std::mutex> sessionLock_ = std::make_shared<std::mutex>();
  ImportTotals totals_;
  std::vector<ImportError> errors_;
  std::shared_ptr<ImportClaims> claims_;
  std::vector<Customer> deferred_;  ///< written, their candidates looked for by findDuplicates
  std::set<std::pair<std::uint64_t, std::uint64_t>> counted_;  ///< pairs in totals_
};

}  // namespace caravan::customers
