#include "import_jobs.hpp"

#include <Poco/Logger.h>

#include <caravan/platform/errors.hpp>
#include <caravan/platform/json.hpp>
#include <functional>
#include <future>

#include "duplicate_scan.hpp"
#include "import_workers.hpp"

namespace caravan::customers {

namespace {

ImportJob readJob(db::Rows& rows) {
  ImportJob job;
  job.id = rows.uint64(1);
  job.format = rows.string(2);
  job.dryRun = rows.boolean(3);
  job.status = rows.string(4);
  job.rowsTotal = rows.uint64(5);
  job.rowsDone = rows.uint64(6);
  job.created = rows.uint64(7);
  job.updated = rows.uint64(8);
  job.failed = rows.uint64(9);
  job.failure = rows.optionalString(10);
  job.createdAt = isoUtc(rows.string(11));
  if (auto started = rows.optionalString(12))
    job.startedAt = isoUtc(*started);
  if (auto finished = rows.optionalString(13))
    job.finishedAt = isoUtc(*finished);
  return job;
}

/// Runs `work(i)` for every i below `count`, in `threads` shares on the import's workers.
void inParallel(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& work) {
  auto& workers = ImportWorkers::shared(threads);
  const std::size_t share = (count + threads - 1) / threads;
  std::vector<std::future<void>> shares;
  for (std::size_t begin = 0; begin < count; begin += share) {
    const std::size_t end = std::min(count, begin + share);
    shares.push_back(workers.submit([&work, begin, end] {
      for (std::size_t i = begin; i < end; ++i)
        work(i);
    }));
  }
  for (auto& done : shares)
    done.wait();
  for (auto& done : shares)
    done.get();
}

/// The rows of one piece, read as the job's format says. Splitting the text into records is
/// cheap and done here; making a row of each (the JSON a POST would have sent) is spread over
/// the workers.
std::vector<ImportRow> rowsOf(const std::string& format, const std::string& header,
                              std::string_view body, std::size_t firstLine, unsigned threads) {
  std::vector<ImportRow> rows;
  if (format == "csv") {
    CsvRecord record;
    CsvReader headerReader(header);
    headerReader.next(record);
    const auto columns = readHeader(record.fields);
    std::vector<CsvRecord> records;
    CsvReader reader(body, firstLine);
    while (reader.next(record))
      records.push_back(std::move(record));
    rows.resize(records.size());
    inParallel(records.size(), threads,
               [&](std::size_t i) { rows[i] = csvRow(records[i], columns); });
  } else {
    const auto lines = jsonLines(body, firstLine);
    rows.resize(lines.size());
    inParallel(lines.size(), threads,
               [&](std::size_t i) { rows[i] = jsonRow(lines[i].text, lines[i].line); });
  }
  return rows;
}

bool piecesLeft(db::TenantSession& db, std::uint64_t jobId) {
  auto left = db.query(
      "SELECT COUNT(*) FROM customer_import_chunks WHERE tenant_id = ? AND job_id = ?", {jobId});
  left.next();
  return left.uint64(1) != 0;
}

/// Marks the job done when none of its pieces is left, unless it looks for duplicates with a
/// scan, which ends it (finishWithScan). The pieces are counted with a plain read: an UPDATE with
/// the count as its subquery would lock-read the piece another worker holds, and that worker,
/// waiting for the job's row this UPDATE locks, would deadlock with it (a piece rolled back and
/// imported again).
void endIfNoPiecesLeft(db::TenantSession& db, std::uint64_t jobId, bool duplicatesByScan) {
  if (duplicatesByScan || piecesLeft(db, jobId))
    return;
  db.execute(
      "UPDATE customer_import_jobs SET status = 'done', finished_at = UTC_TIMESTAMP(6) "
      "WHERE tenant_id = ? AND id = ? AND status IN ('queued', 'running')",
      {jobId});
}

/// Ends a job that looks for duplicates with one scan of the tenant, once none of its pieces is
/// left. The scan and the job's end commit together: a run stopped meanwhile leaves the job
/// running, and the next run scans again.
void finishWithScan(db::Pool& pool, IdGenerator& ids, std::uint64_t tenantId, std::uint64_t jobId) {
  pool.transact(
      [&](db::Session& session) {
        db::TenantSession db(session, tenantId);
        auto job = db.query(
            "SELECT status, duplicates_by_scan FROM customer_import_jobs WHERE tenant_id = ? AND "
            "id = ? FOR UPDATE",
            {jobId});
        if (!job.next() || !job.boolean(2))
          return;
        const std::string status = job.string(1);
        if ((status != "queued" && status != "running") || piecesLeft(db, jobId))
          return;
        scanForDuplicates(db, ids, false);
        db.execute(
            "UPDATE customer_import_jobs SET status = 'done', finished_at = UTC_TIMESTAMP(6) "
            "WHERE tenant_id = ? AND id = ?",
            {jobId});
      },
      3, db::Isolation::ReadCommitted);
}

/// Imports the next piece of the job that no other worker holds, in one transaction; false when
/// none was left to take.
///
/// Several workers import pieces of one job side by side, each on its own connection, so that
/// the database works on more than one core. Their transactions are READ COMMITTED. A piece
/// looks for duplicate candidates once its rows are written, among everything committed by then,
/// and takes the job's row lock at its end: the pieces holding that lock one after another, each
/// sees every piece committed before it. When one committed while the piece looked, it looks
/// again under the lock, so that a pair split over two pieces is found by the later one. (Looking
/// only under the lock made the pieces, which end at about the same time, wait for each other.)
/// The pieces of a job that scans for duplicates at its end (finishWithScan) do not look. The
/// job's counters, errors and the piece's removal commit with the piece's rows.
bool importNextChunk(db::Pool& pool, IdGenerator& ids, const ImportSettings& settings,
                     std::uint64_t tenantId, std::uint64_t jobId,
                     const std::shared_ptr<ImportClaims>& claims) {
  // The piece's claims end with its transaction: once committed, the database guards them.
  std::optional<std::uint64_t> claimed;
  struct Release {
    const std::shared_ptr<ImportClaims>& claims;
    std::optional<std::uint64_t>& owner;
    ~Release() {
      if (owner)
        claims->release(*owner);
    }
  } release{claims, claimed};
  return pool.transact(
      [&](db::Session& session) {
        db::TenantSession db(session, tenantId);
        auto jobRows = db.query(
            "SELECT format, dry_run, header, status, duplicates_by_scan FROM customer_import_jobs "
            "WHERE tenant_id = ? AND id = ?",
            {jobId});
        if (!jobRows.next())
          return false;
        const std::string format = jobRows.string(1);
        const bool dryRun = jobRows.boolean(2);
        const std::string header = jobRows.optionalString(3).value_or("");
        const std::string status = jobRows.string(4);
        const bool duplicatesByScan = jobRows.boolean(5);
        if (status != "queued" && status != "running")
          return false;

        auto chunkRows = db.query(
            "SELECT seq, first_line, body FROM customer_import_chunks WHERE tenant_id = ? AND "
            "job_id = ? ORDER BY seq LIMIT 1 FOR UPDATE SKIP LOCKED",
            {jobId});
        if (!chunkRows.next()) {
          // Nothing left to take; the job is done once no other worker holds a piece either.
          endIfNoPiecesLeft(db, jobId, duplicatesByScan);
          return false;
        }
        const std::int64_t seq = chunkRows.int64(1);
        const std::size_t firstLine = chunkRows.uint64(2);
        const std::string body = chunkRows.string(3);
        claimed = static_cast<std::uint64_t>(seq);

        auto rows = rowsOf(format, header, body, firstLine, settings.threads);
        CustomerImporter importer(
            db, ids,
            {.csv = format == "csv",
             .dryRun = dryRun,
             .threads = settings.threads,
             .duplicates = duplicatesByScan ? DuplicateLookup::None : DuplicateLookup::Deferred,
             .claims = claims,
             .claimOwner = static_cast<std::uint64_t>(seq)});
        importer.import(rows);

        // Every piece's commit adds its rows to rows_done.
        std::uint64_t committedRows = 0;
        if (!duplicatesByScan) {
          auto progress = db.query(
              "SELECT rows_done FROM customer_import_jobs WHERE tenant_id = ? AND id = ?", {jobId});
          committedRows = progress.next() ? progress.uint64(1) : 0;
          importer.findDuplicates();
        }

        // From here to the commit, one piece of the job at a time.
        auto locked = db.query(
            "SELECT error_count, rows_done FROM customer_import_jobs WHERE tenant_id = ? AND "
            "id = ? FOR UPDATE",
            {jobId});
        if (!locked.next())
          return false;
        const std::size_t errorsBefore = locked.uint64(1);
        if (!duplicatesByScan && locked.uint64(2) != committedRows)
          importer.findDuplicates();  // a piece committed while this one looked

        const auto& errors = importer.errors();
        std::vector<db::Params> kept;
        for (std::size_t i = 0; i < errors.size() && errorsBefore + i < kMaxJobErrors; ++i) {
          const auto& error = errors[i];
          kept.push_back({jobId, static_cast<std::int64_t>(errorsBefore + i),
                          static_cast<std::int64_t>(error.line),
                          error.field ? db::Param{*error.field} : db::Param{nullptr}, error.code,
                          error.message.substr(0, 500)});
        }
        if (!kept.empty()) {
          db.insertRows("customer_import_errors",
                        {"tenant_id", "job_id", "seq", "line", "field", "code", "message"}, kept);
        }
        const auto& totals = importer.totals();
        db.execute(
            "UPDATE customer_import_jobs SET status = 'running', "
            "started_at = COALESCE(started_at, UTC_TIMESTAMP(6)), rows_done = rows_done + ?, "
            "created_count = created_count + ?, updated_count = updated_count + ?, "
            "failed_count = failed_count + ?, error_count = error_count + ? "
            "WHERE tenant_id = ? AND id = ?",
            {static_cast<std::int64_t>(totals.rows), static_cast<std::int64_t>(totals.created),
             static_cast<std::int64_t>(totals.updated), static_cast<std::int64_t>(totals.failed),
             static_cast<std::int64_t>(errors.size()), jobId});
        db.execute(
            "DELETE FROM customer_import_chunks WHERE tenant_id = ? AND job_id = ? AND seq = ?",
            {jobId, seq});
        // The last piece ends the job. The job's lock orders the pieces, and the count sees every
        // piece committed before this one.
        endIfNoPiecesLeft(db, jobId, duplicatesByScan);
        return true;
      },
      3, db::Isolation::ReadCommitted);
}

void failJob(db::Pool& pool, std::uint64_t tenantId, std::uint64_t jobId,
             const std::string& reason) {
  pool.transact([&](db::Session& session) {
    db::TenantSession db(session, tenantId);
    db.execute(
        "UPDATE customer_import_jobs SET status = 'failed', failure = ?, "
        "finished_at = UTC_TIMESTAMP(6) WHERE tenant_id = ? AND id = ?",
        {reason.substr(0, 500), jobId});
    db.execute("DELETE FROM customer_import_chunks WHERE tenant_id = ? AND job_id = ?", {jobId});
  });
}

}  // namespace

std::vector<ImportChunk> cutPieces(std::string_view body, const std::vector<std::size_t>& begins,
                                   const std::vector<std::size_t>& ends,
                                   const std::vector<std::size_t>& lines, std::size_t maxRows,
                                   std::size_t maxBytes, std::size_t tailRows) {
  std::vector<ImportChunk> pieces;
  const std::size_t total = begins.size();
  const std::size_t tail = total > maxRows ? total - maxRows : 0;  // the first row of the tail
  for (std::size_t from = 0; from < total;) {
    // A piece before the tail stops where the tail begins.
    const std::size_t rows = from >= tail ? std::max<std::size_t>(1, std::min(maxRows, tailRows))
                                          : std::min(maxRows, tail - from);
    std::size_t last = from;
    while (last + 1 < total && last + 1 - from < rows &&
           ends[last + 1] - begins[from] <= maxBytes) {
      ++last;
    }
    pieces.push_back({lines[from], body.substr(begins[from], ends[last] - begins[from])});
    from = last + 1;
  }
  return pieces;
}

void createImportJob(db::TenantSession& db, std::uint64_t id, const std::string& format,
                     bool dryRun, const std::string& header, std::size_t rowsTotal,
                     const std::vector<ImportChunk>& chunks) {
  // A file with more rows than the tenant has customers is scanned for duplicates once its rows
  // are in (customers 0015). The tenant's customers are counted up to the file's size only.
  bool duplicatesByScan = false;
  if (!dryRun) {
    auto counted =
        db.query("SELECT COUNT(*) FROM (SELECT 1 FROM customers WHERE tenant_id = ? LIMIT ?) AS c",
                 {static_cast<std::int64_t>(rowsTotal)});
    duplicatesByScan = counted.next() && counted.uint64(1) < rowsTotal;
  }
  db.execute(
      "INSERT INTO customer_import_jobs (tenant_id, id, format, dry_run, status, header, "
      "rows_total, duplicates_by_scan, created_at) VALUES (?, ?, ?, ?, 'queued', ?, ?, ?, "
      "UTC_TIMESTAMP(6))",
      {id, format, dryRun, header.empty() ? db::Param{nullptr} : db::Param{header},
       static_cast<std::int64_t>(rowsTotal), duplicatesByScan});
  for (std::size_t i = 0; i < chunks.size(); ++i) {
    db.execute(
        "INSERT INTO customer_import_chunks (tenant_id, job_id, seq, first_line, body) "
        "VALUES (?, ?, ?, ?, ?)",
        {id, static_cast<std::int64_t>(i), static_cast<std::int64_t>(chunks[i].firstLine),
         std::string(chunks[i].body)});
  }
}

std::optional<ImportJob> findImportJob(db::TenantSession& db, std::uint64_t id) {
  auto rows = db.query(
      "SELECT id, format, dry_run, status, rows_total, rows_done, created_count, updated_count, "
      "failed_count, failure, created_at, started_at, finished_at FROM customer_import_jobs "
      "WHERE tenant_id = ? AND id = ?",
      {id});
  if (!rows.next())
    return std::nullopt;
  ImportJob job = readJob(rows);
  auto errors = db.query(
      "SELECT line, field, code, message FROM customer_import_errors WHERE tenant_id = ? AND "
      "job_id = ? ORDER BY seq LIMIT 1000",
      {id});
  while (errors.next()) {
    job.errors.push_back(
        {errors.uint64(1), errors.optionalString(2), errors.string(3), errors.string(4)});
  }
  return job;
}

void runImportJobs(db::Pool& pool, IdGenerator& ids, const ImportSettings& settings) {
  auto& log = Poco::Logger::get("caravan.customers.import");
  const auto until = std::chrono::steady_clock::now() + settings.sliceLength;
  while (std::chrono::steady_clock::now() < until) {
    // The jobs of every tenant: only their keys are read here, the work runs tenant-scoped.
    std::optional<std::pair<std::uint64_t, std::uint64_t>> next;
    {
      auto session = pool.acquire();
      auto rows = session.query(
          "SELECT tenant_id, id FROM customer_import_jobs WHERE status IN ('queued', 'running') "
          "ORDER BY created_at, id LIMIT 1");
      if (rows.next())
        next = std::make_pair(rows.uint64(1), rows.uint64(2));
    }
    if (!next)
      return;
    const auto [tenantId, jobId] = *next;
    const auto claims = std::make_shared<ImportClaims>();
    // Each worker takes pieces until none is left to take or the slice is used up.
    const auto work = [&, tenantId = tenantId, jobId = jobId] {
      while (importNextChunk(pool, ids, settings, tenantId, jobId, claims)) {
        if (std::chrono::steady_clock::now() >= until)
          return;
      }
    };
    try {
      std::vector<std::future<void>> others;
      for (unsigned i = 1; i < settings.parallelPieces; ++i)
        others.push_back(std::async(std::launch::async, work));
      std::exception_ptr failure;
      try {
        work();
      } catch (...) {
        failure = std::current_exception();
      }
      for (auto& other : others) {
        try {
          other.get();
        } catch (...) {
          if (!failure)
            failure = std::current_exception();
        }
      }
      // The job's last piece ended it as it committed (or a worker finding nothing left did),
      // unless the job scans for duplicates: that is done now, when no piece is left.
      if (failure)
        std::rethrow_exception(failure);
      finishWithScan(pool, ids, tenantId, jobId);
    } catch (const Unavailable&) {
      throw;  // deadlock or database gone: the next run tries the piece again
    } catch (const ApiError& e) {
      log.warning("import job " + std::to_string(jobId) + " failed: " + e.code());
      failJob(pool, tenantId, jobId, "the import stopped: " + e.code());
    } catch (const std::exception&) {
      log.warning("import job " + std::to_string(jobId) + " failed with an internal error");
      failJob(pool, tenantId, jobId, "the import stopped on an internal error");
    }
  }
}

}  // namespace caravan::customers
