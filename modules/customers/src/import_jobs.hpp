#pragma once

#include <caravan/platform/db.hpp>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "customer_import.hpp"

namespace caravan {
class IdGenerator;
}

namespace caravan::customers {

/// The import's configuration (customers.import_* keys), read once at registration.
struct ImportSettings {
  std::size_t syncMaxRows = 1000;  ///< larger files become a job (202)
  std::size_t maxBytes = 256u << 20;
  std::size_t chunkRows = 20000;  ///< rows per stored piece of a job's file (one transaction)
  /// Rows per piece among the file's last chunkRows (see cutPieces): at most a second's work.
  std::size_t tailChunkRows = 2500;
  /// Bytes per piece at most (a piece of one longer row excepted): each piece is stored as one
  /// row, which must fit the database's packet size (16 MiB by default).
  std::size_t chunkBytes = 4u << 20;
  unsigned threads = 2;
  /// Pieces of one job imported at once, each on its own connection.
  unsigned parallelPieces = 2;
  std::chrono::milliseconds pollInterval{1000};
  /// A run of the job stops after this long, so that the scheduler's other jobs get their turn;
  /// the next run continues where it stopped. Each end costs a worker's idle time while the other
  /// finishes its piece (about 2 s at 20 s runs: 4 % of a long import's time).
  std::chrono::seconds sliceLength{60};
};

/// An import job as GET /api/v1/customers/import-jobs/{id} shows it.
struct ImportJob {
  std::uint64_t id = 0;
  std::string format;  ///< csv or ndjson
  bool dryRun = false;
  std::string status;  ///< queued, running, done or failed
  std::size_t rowsTotal = 0;
  std::size_t rowsDone = 0;
  std::size_t created = 0;
  std::size_t updated = 0;
  std::size_t failed = 0;
  std::optional<std::string> failure;
  std::string createdAt;
  std::optional<std::string> startedAt;
  std::optional<std::string> finishedAt;
  std::vector<ImportError> errors;  ///< the first 1000
};

/// A piece of a job's file: whole rows, and the line the first of them is on.
struct ImportChunk {
  std::size_t firstLine = 0;
  std::string_view body;
};

/// Cuts a file into pieces of whole rows, each of at most `maxRows` rows and, unless a single row
/// is longer, `maxBytes` bytes. The file's last `maxRows` rows are cut in pieces of at most
/// `tailRows` (when smaller): workers importing pieces side by side then end within a small
/// piece of each other, instead of one importing the last large piece while the other waits.
/// Row i is body[begins[i], ends[i]) and starts on line lines[i].
std::vector<ImportChunk> cutPieces(std::string_view body, const std::vector<std::size_t>& begins,
                                   const std::vector<std::size_t>& ends,
                                   const std::vector<std::size_t>& lines, std::size_t maxRows,
                                   std::size_t maxBytes, std::size_t tailRows);

/// The first bad rows of a job that are kept.
inline constexpr std::size_t kMaxJobErrors = 1000;

/// Records a job and its file's pieces in the caller's transaction. `header` is the CSV header
/// line (empty for JSON lines).
void createImportJob(db::TenantSession& db, std::uint64_t id, const std::string& format,
                     bool dryRun, const std::string& header, std::size_t rowsTotal,
                     const std::vector<ImportChunk>& chunks);

std::optional<ImportJob> findImportJob(db::TenantSession& db, std::uint64_t id);

/// The `customers.import` job: works off queued jobs of every tenant, one piece per transaction
/// (the piece's rows, its errors, the job's progress and the piece's removal commit together),
/// parallelPieces pieces at once, until none is left or the run's slice is used up.
void runImportJobs(db::Pool& pool, IdGenerator& ids, const ImportSettings& settings);

}  // namespace caravan::customers
