#include "import_handlers.hpp"

#include <caravan/platform/ids.hpp>
#include <caravan/platform/text.hpp>

namespace caravan::customers {

namespace {

/// csv or ndjson, from the Content-Type (parameters such as charset ignored).
std::string formatOf(const RequestContext& request) {
  std::string type = request.header("Content-Type").value_or("");
  type = trim(type.substr(0, type.find(';')));
  for (auto& c : type)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (type == "text/csv")
    return "csv";
  if (type == "application/x-ndjson" || type == "application/jsonl" ||
      type == "application/x-jsonlines")
    return "ndjson";
  throw UnsupportedMediaType("text/csv or application/x-ndjson");
}

bool dryRunOf(const RequestContext& request) {
  const auto value = request.queryParam("dry_run");
  if (!value || *value == "false" || *value == "0")
    return false;
  if (*value == "true" || *value == "1" || value->empty())
    return true;
  throw ValidationError("dry_run", "invalid_value", "must be true or false");
}

JsonObject errorJson(const ImportError& error) {
  auto item = makeObject();
  item->set("line", static_cast<std::uint64_t>(error.line));
  item->set("field", error.field ? Poco::Dynamic::Var(*error.field) : Poco::Dynamic::Var());
  item->set("code", error.code);
  item->set("message", error.message);
  return item;
}

/// A file's rows: where each starts and ends in the body, its line, and (while the file is small
/// enough to import at once) the row itself.
struct Scanned {
  std::string header;  ///< CSV only
  std::vector<std::size_t> begins;
  std::vector<std::size_t> ends;
  std::vector<std::size_t> lines;
  std::vector<ImportRow> rows;  ///< empty once the file proved too large
};

constexpr std::size_t kMaxRowBytes = 1u << 20;

Scanned scan(const std::string& format, std::string_view body, std::size_t keepUpTo) {
  Scanned scanned;
  const auto keep = [&](ImportRow row) {
    if (scanned.lines.size() <= keepUpTo)
      scanned.rows.push_back(std::move(row));
    else
      scanned.rows.clear();
  };
  if (format == "csv") {
    CsvReader reader(body);
    CsvRecord record;
    if (!reader.next(record)) {
      throw ValidationError("header", "required",
                            "a CSV import starts with a header line naming its columns");
    }
    const auto columns = readHeader(record.fields);
    scanned.header = std::string(body.substr(record.begin, record.end - record.begin));
    // Once the file proves too large to import at once, its rows are only located: the job
    // reads each piece again.
    while (scanned.lines.size() <= keepUpTo ? reader.next(record) : reader.skip(record)) {
      scanned.begins.push_back(record.begin);
      scanned.ends.push_back(record.end);
      scanned.lines.push_back(record.line);
      if (scanned.lines.size() <= keepUpTo + 1)
        keep(csvRow(record, columns));
    }
  } else {
    for (const auto& line : jsonLines(body)) {
      scanned.begins.push_back(static_cast<std::size_t>(line.text.data() - body.data()));
      scanned.ends.push_back(line.end);
      scanned.lines.push_back(line.line);
      keep(jsonRow(line.text, line.line));
    }
  }
  return scanned;
}

}  // namespace

Response importCustomers(RequestContext& request, const ImportSettings& settings) {
  const std::string format = formatOf(request);
  const bool dryRun = dryRunOf(request);
  const std::string_view body = request.body();
  Scanned scanned = scan(format, body, settings.syncMaxRows);
  const std::size_t total = scanned.lines.size();
  // No customer takes a megabyte: such a row is a broken or hostile file, and a job could not
  // store it in one piece.
  for (std::size_t i = 0; i < total; ++i) {
    if (scanned.ends[i] - scanned.begins[i] > kMaxRowBytes) {
      throw ValidationError(
          "body", "row_too_long",
          "the row starting on line " + std::to_string(scanned.lines[i]) + " is longer than 1 MiB");
    }
  }
  auto db = request.tenantDb();

  if (total > settings.syncMaxRows) {
    const auto chunks = cutPieces(body, scanned.begins, scanned.ends, scanned.lines,
                                  settings.chunkRows, settings.chunkBytes, settings.tailChunkRows);
    const std::uint64_t id = request.ids().next();
    createImportJob(db, id, format, dryRun, scanned.header, total, chunks);
    request.audit({.entityType = "customer_import_job", .entityId = std::to_string(id)});
    auto answer = makeObject();
    answer->set("job_id", std::to_string(id));
    answer->set("status", "queued");
    answer->set("dry_run", dryRun);
    answer->set("rows_total", static_cast<std::uint64_t>(total));
    return Response::json(202, answer)
        .withHeader("Location", "/api/v1/customers/import-jobs/" + std::to_string(id));
  }

  CustomerImporter importer(
      db, request.ids(), {.csv = format == "csv", .dryRun = dryRun, .threads = settings.threads});
  importer.import(scanned.rows);
  if (!dryRun)
    request.audit({.entityType = "customer_import", .entityId = request.requestId()});
  const auto& totals = importer.totals();
  auto answer = makeObject();
  answer->set("dry_run", dryRun);
  answer->set("rows", static_cast<std::uint64_t>(totals.rows));
  answer->set("created", static_cast<std::uint64_t>(totals.created));
  answer->set("updated", static_cast<std::uint64_t>(totals.updated));
  answer->set("failed", static_cast<std::uint64_t>(totals.failed));
  answer->set("duplicate_pairs", static_cast<std::uint64_t>(totals.candidatePairs));
  auto errors = makeArray();
  for (const auto& error : importer.errors())
    errors->add(errorJson(error));
  answer->set("errors", errors);
  return Response::json(200, answer);
}

Response getImportJob(RequestContext& request) {
  auto db = request.tenantDb();
  const auto id = request.idParam("id");
  const auto job = findImportJob(db, id);
  if (!job)
    throw NotFound("no import job with id " + std::to_string(id));
  const auto optional = [](const std::optional<std::string>& value) {
    return value ? Poco::Dynamic::Var(*value) : Poco::Dynamic::Var();
  };
  auto answer = makeObject();
  answer->set("id", std::to_string(job->id));
  answer->set("status", job->status);
  answer->set("format", job->format);
  answer->set("dry_run", job->dryRun);
  answer->set("rows_total", static_cast<std::uint64_t>(job->rowsTotal));
  answer->set("rows_done", static_cast<std::uint64_t>(job->rowsDone));
  answer->set("created", static_cast<std::uint64_t>(job->created));
  answer->set("updated", static_cast<std::uint64_t>(job->updated));
  answer->set("failed", static_cast<std::uint64_t>(job->failed));
  answer->set("failure", optional(job->failure));
  answer->set("created_at", job->createdAt);
  answer->set("started_at", optional(job->startedAt));
  answer->set("finished_at", optional(job->finishedAt));
  auto errors = makeArray();
  for (const auto& error : job->errors)
    errors->add(errorJson(error));
  answer->set("errors", errors);
  return Response::json(200, answer);
}

}  // namespace caravan::customers
