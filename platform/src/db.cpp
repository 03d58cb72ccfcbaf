#include <Poco/Exception.h>
#include <Poco/URI.h>
#include <cppconn/driver.h>
#include <cppconn/exception.h>
#include <cppconn/prepared_statement.h>
#include <cppconn/resultset.h>
#include <cppconn/statement.h>
#include <mysql_driver.h>

#include <array>
#include <bit>
#include <caravan/platform/db.hpp>
#include <cctype>
#include <charconv>
#include <mutex>

namespace caravan::db {

namespace {

// Client error codes (CR_*) and server codes that mean the connection itself is gone.
bool isConnectionLoss(int code) {
  switch (code) {
    case 2002:  // CR_CONNECTION_ERROR
    case 2003:  // CR_CONN_HOST_ERROR
    case 2006:  // CR_SERVER_GONE_ERROR
    case 2013:  // CR_SERVER_LOST
    case 2055:  // CR_SERVER_LOST_EXTENDED
    case 1053:  // ER_SERVER_SHUTDOWN
    case 1927:  // ER_CONNECTION_KILLED
    case 4031:  // client idle too long, disconnected by server
      return true;
    default:
      return false;
  }
}

std::string keyFromDuplicateMessage(const std::string& message) {
  // "Duplicate entry 'x' for key 'uq_products_sku'"
  auto at = message.rfind("for key '");
  if (at == std::string::npos)
    return {};
  at += 9;
  auto end = message.find('\'', at);
  std::string key = message.substr(at, end == std::string::npos ? std::string::npos : end - at);
  auto dot = key.rfind('.');  // MySQL 8 writes "table.key"
  return dot == std::string::npos ? key : key.substr(dot + 1);
}

}  // namespace

Url Url::parse(const std::string& text) {
  Poco::URI uri;
  try {
    uri = Poco::URI(text);
  } catch (const Poco::Exception& e) {
    throw ConfigError("database URL is malformed: " + e.displayText());
  }
  if (uri.getScheme() != "mysql" && uri.getScheme() != "mariadb") {
    throw ConfigError("database URL must start with mysql:// (got scheme '" + uri.getScheme() +
                      "')");
  }
  Url url;
  if (!uri.getHost().empty())
    url.host = uri.getHost();
  url.port = uri.getPort() == 0 ? 3306 : uri.getPort();
  const std::string& info = uri.getUserInfo();
  if (!info.empty()) {
    auto colon = info.find(':');
    std::string user = info.substr(0, colon);
    std::string password = colon == std::string::npos ? "" : info.substr(colon + 1);
    url.user.clear();  // decode() appends
    Poco::URI::decode(user, url.user);
    Poco::URI::decode(password, url.password);
  }
  std::string path = uri.getPath();
  while (!path.empty() && path.front() == '/')
    path.erase(path.begin());
  url.database = path;
  for (char c : url.database) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') {
      throw ConfigError("database name in URL may hold only letters, digits and '_'");
    }
  }
  for (const auto& [name, value] : uri.getQueryParameters()) {
    if (name != "socket")
      throw ConfigError("database URL has an unknown parameter '" + name + "' (only socket=)");
    if (value.empty() || value.front() != '/')
      throw ConfigError("database URL's socket= must be an absolute path");
    url.socket = value;
  }
  return url;
}

std::string Url::redacted() const {
  return "mysql://" + user + (password.empty() ? "" : ":***") + "@" + host + ":" +
         std::to_string(port) + "/" + database + (socket.empty() ? "" : "?socket=" + socket);
}

DuplicateKey::DuplicateKey(std::string key, std::string detail)
    : Conflict(std::move(detail), "duplicate"), key_(std::move(key)) {}

Deadlock::Deadlock() : Unavailable("the database resolved a deadlock; retry the request", 1) {}

ConnectionLost::ConnectionLost(std::string detail) : Unavailable(std::move(detail), 2) {}

void rethrow(const sql::SQLException& error) {
  const int code = error.getErrorCode();
  const std::string message = error.what();
  if (code == 1062) {
    throw DuplicateKey(keyFromDuplicateMessage(message), "a record with the same key exists");
  }
  if (code == 1213)
    throw Deadlock();
  if (code == 1205)
    throw Unavailable("the record is locked by another request; retry", 1);
  if (isConnectionLoss(code))
    throw ConnectionLost("the database is unreachable");
  if (code == 1451 || code == 1452) {
    throw Conflict("the change would break a reference between records", "reference_conflict");
  }
  if (code == 1406)
    throw BadRequest("a value is too long for its field", "value_too_long");
  throw std::runtime_error("database error " + std::to_string(code) + " (" + error.getSQLState() +
                           "): " + message);
}

// ---------------------------------------------------------------------------------------------

Rows::Rows(std::unique_ptr<sql::ResultSet> result) : result_(std::move(result)) {}
Rows::Rows(Rows&&) noexcept = default;
Rows::~Rows() = default;

bool Rows::next() {
  try {
    return result_->next();
  } catch (const sql::SQLException& e) {
    rethrow(e);
  }
}
bool Rows::isNull(unsigned column) const {
  return result_->isNull(column);
}
std::string Rows::string(unsigned column) const {
  return result_->getString(column);
}
std::optional<std::string> Rows::optionalString(unsigned column) const {
  if (result_->isNull(column))
    return std::nullopt;
  return std::string(result_->getString(column));
}
std::int64_t Rows::int64(unsigned column) const {
  return result_->getInt64(column);
}
std::uint64_t Rows::uint64(unsigned column) const {
  return result_->getUInt64(column);
}
bool Rows::boolean(unsigned column) const {
  return result_->getBoolean(column);
}
std::size_t Rows::rowCount() const {
  return result_->rowsCount();
}

// ---------------------------------------------------------------------------------------------

struct PooledConnection {
  std::unique_ptr<sql::Connection> connection;
  std::unique_ptr<sql::Statement> statement;  // for text-protocol commands (BEGIN, DDL)
  std::unordered_map<std::string, std::unique_ptr<sql::PreparedStatement>> statements;
  std::chrono::steady_clock::time_point lastUsed = std::chrono::steady_clock::now();
  std::uint64_t lostEpochSeen = 0;
  bool broken = false;
};

Session::Session(Pool& pool, std::unique_ptr<PooledConnection> connection)
    : pool_(&pool), connection_(std::move(connection)) {}

Session::Session(Session&& other) noexcept
    : pool_(other.pool_),
      connection_(std::move(other.connection_)),
      inTransaction_(other.inTransaction_) {
  other.inTransaction_ = false;
}

Session::~Session() {
  if (!connection_)
    return;
  if (inTransaction_ && !connection_->broken) {
    try {
      rollback();
    } catch (...) {
      connection_->broken = true;
    }
  }
  const bool broken = connection_->broken;
  pool_->release(std::move(connection_), broken);
}

void Session::markBrokenIfLost(const sql::SQLException& error) {
  if (isConnectionLoss(error.getErrorCode())) {
    connection_->broken = true;
    pool_->noteLostServer();
  }
}

sql::PreparedStatement& Session::prepare(std::string_view text) {
  auto& cache = connection_->statements;
  auto found = cache.find(std::string(text));
  if (found != cache.end())
    return *found->second;
  // Statements are code constants, so the cache stays small; the cap guards against a caller
  // that builds many shapes (batch inserts of varying length).
  if (cache.size() >= 256)
    cache.clear();
  std::unique_ptr<sql::PreparedStatement> statement(
      connection_->connection->prepareStatement(std::string(text)));
  return *cache.emplace(std::string(text), std::move(statement)).first->second;
}

namespace {
void bind(sql::PreparedStatement& statement, const Params& params) {
  unsigned index = 1;
  for (const Param& param : params) {
    std::visit(
        [&](const auto& value) {
          using T = std::decay_t<decltype(value)>;
          if constexpr (std::is_same_v<T, std::nullptr_t>) {
            statement.setNull(index, 0);
          } else if constexpr (std::is_same_v<T, std::int64_t>) {
            statement.setInt64(index, value);
          } else if constexpr (std::is_same_v<T, std::uint64_t>) {
            statement.setUInt64(index, value);
          } else if constexpr (std::is_same_v<T, bool>) {
            statement.setBoolean(index, value);
          } else {
            statement.setString(index, value);
          }
        },
        param);
    ++index;
  }
}
}  // namespace

Rows Session::query(std::string_view sql, const Params& params) {
  try {
    auto& statement = prepare(sql);
    bind(statement, params);
    connection_->lastUsed = std::chrono::steady_clock::now();
    return Rows(std::unique_ptr<sql::ResultSet>(statement.executeQuery()));
  } catch (const sql::SQLException& e) {
    markBrokenIfLost(e);
    rethrow(e);
  }
}

std::uint64_t Session::execute(std::string_view sql, const Params& params) {
  try {
    auto& statement = prepare(sql);
    bind(statement, params);
    connection_->lastUsed = std::chrono::steady_clock::now();
    return static_cast<std::uint64_t>(statement.executeUpdate());
  } catch (const sql::SQLException& e) {
    markBrokenIfLost(e);
    rethrow(e);
  }
}

void Session::executeDirect(std::string_view sql) {
  try {
    connection_->lastUsed = std::chrono::steady_clock::now();
    connection_->statement->execute(std::string(sql));
  } catch (const sql::SQLException& e) {
    markBrokenIfLost(e);
    rethrow(e);
  }
}

void Session::insertRows(std::string_view table, const std::vector<std::string>& columns,
                         const std::vector<Params>& rows, std::size_t rowsPerStatement,
                         std::string_view suffix) {
  insertRowsAfter(table, columns, nullptr, rows, rowsPerStatement, suffix);
}

void Session::insertRows(std::string_view table, const std::vector<std::string>& columns,
                         const Param& leading, const std::vector<Params>& rows,
                         std::size_t rowsPerStatement, std::string_view suffix) {
  insertRowsAfter(table, columns, &leading, rows, rowsPerStatement, suffix);
}

namespace {

/// Where insertRows ends a statement early: its text is past this size.
constexpr std::size_t kMaxInsertBytes = 4 << 20;

/// Appends `value` as an SQL literal. Strings are quoted with the characters the server's
/// tokenizer treats specially escaped (the session's sql_mode keeps backslash escapes, see
/// Pool::connect); UTF-8 has no multi-byte sequence holding a quote or backslash byte, so escaping
/// byte by byte is exact.
template <typename Number>
void appendNumber(std::string& sql, Number number) {
  char digits[24];
  const auto written = std::to_chars(digits, digits + sizeof digits, number);
  sql.append(digits, written.ptr);
}

/// The escape of a byte the server's tokenizer reads specially inside quotes, else nullptr.
constexpr const char* escapeOf(char c) {
  switch (c) {
    case '\0':
      return "\\0";
    case '\'':
      return "\\'";
    case '"':
      return "\\\"";
    case '\\':
      return "\\\\";
    case '\n':
      return "\\n";
    case '\r':
      return "\\r";
    case '\x1a':
      return "\\Z";
    default:
      return nullptr;
  }
}

constexpr std::array<bool, 256> kNeedsEscape = [] {
  std::array<bool, 256> needs{};
  for (unsigned c = 0; c < 256; ++c)
    needs[c] = escapeOf(static_cast<char>(c)) != nullptr;
  return needs;
}();

void appendLiteral(std::string& sql, const Param& value) {
  const auto* text = std::get_if<std::string>(&value);
  if (!text) {
    if (const auto* number = std::get_if<std::int64_t>(&value))
      appendNumber(sql, *number);
    else if (const auto* unsignedNumber = std::get_if<std::uint64_t>(&value))
      appendNumber(sql, *unsignedNumber);
    else if (const auto* flag = std::get_if<bool>(&value))
      sql += *flag ? '1' : '0';
    else
      sql += "NULL";
    return;
  }
  // Runs of ordinary bytes are copied whole: imports write millions of values.
  sql += '\'';
  const char* run = text->data();
  const char* const end = run + text->size();
  for (const char* at = run; at != end; ++at) {
    if (kNeedsEscape[static_cast<unsigned char>(*at)]) {
      sql.append(run, at);
      sql += escapeOf(*at);
      run = at + 1;
    }
  }
  sql.append(run, end);
  sql += '\'';
}

}  // namespace

void Session::insertRowsAfter(std::string_view table, const std::vector<std::string>& columns,
                              const Param* leading, const std::vector<Params>& rows,
                              std::size_t rowsPerStatement, std::string_view suffix) {
  const std::size_t own = columns.size() - (leading ? 1 : 0);
  if (rows.empty())
    return;
  // Values as literals in the statement's text, not as placeholders: for bulk rows the server
  // then reads each value straight from the text, where a prepared statement binds and syncs a
  // parameter object per value, and the client sends one string instead of copying every value
  // through the connector's bindings (docs/benchmarks.md: customer import). The statement is not
  // prepared, so its shape does not matter.
  std::string head = "INSERT INTO " + std::string(table) + " (";
  for (std::size_t i = 0; i < columns.size(); ++i)
    head += (i ? ", " : "") + columns[i];
  head += ") VALUES ";
  std::string leadingText;
  if (leading)
    appendLiteral(leadingText, *leading);
  std::string sql;
  std::size_t inStatement = 0;
  const auto flush = [&] {
    if (!suffix.empty()) {
      sql += " ";
      sql += suffix;
    }
    executeDirect(sql);
    inStatement = 0;
  };
  for (const Params& row : rows) {
    if (row.size() != own)
      throw std::invalid_argument("insertRows: a row has the wrong number of values");
    if (inStatement == 0) {
      sql = head;
      sql += '(';
    } else {
      sql += ",(";
    }
    if (leading) {
      sql += leadingText;
      sql += own ? "," : "";
    }
    for (std::size_t i = 0; i < own; ++i) {
      if (i)
        sql += ',';
      appendLiteral(sql, row[i]);
    }
    sql += ')';
    // Statements stay well below the server's max_allowed_packet (16 MiB by default).
    if (++inStatement == rowsPerStatement || sql.size() >= kMaxInsertBytes)
      flush();
  }
  if (inStatement)
    flush();
}

std::string inList(Params& values) {
  if (values.empty())
    throw std::invalid_argument("inList: an IN list needs at least one value");
  const std::size_t padded = std::max<std::size_t>(4, std::bit_ceil(values.size()));
  values.resize(padded, Param(values.back()));
  std::string text;
  text.reserve(padded * 3);
  for (std::size_t i = 0; i < padded; ++i)
    text += i ? ", ?" : "?";
  return text;
}

std::string valuesTable(Params& values, std::string_view type, std::string_view column,
                        std::string_view alias) {
  if (values.empty())
    throw std::invalid_argument("valuesTable: a table of values needs at least one value");
  const std::size_t padded = std::max<std::size_t>(4, std::bit_ceil(values.size()));
  values.resize(padded, Param(nullptr));
  std::string text = "(SELECT CAST(? AS ";
  text.reserve(padded * 6 + 64);
  text.append(type);
  text += ") AS ";
  text.append(column);
  text += " UNION ALL VALUES (?)";
  for (std::size_t i = 2; i < padded; ++i)
    text += ", (?)";
  text += ") AS ";
  text.append(alias);
  return text;
}

void Session::begin(Isolation isolation) {
  // SET TRANSACTION (without SESSION) applies to the next transaction only: the pooled
  // connection keeps the server's default for whoever leases it next.
  if (isolation == Isolation::ReadCommitted)
    executeDirect("SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
  executeDirect("START TRANSACTION");
  inTransaction_ = true;
}

void Session::commit() {
  try {
    connection_->statement->execute("COMMIT");
    inTransaction_ = false;
  } catch (const sql::SQLException& e) {
    inTransaction_ = false;
    markBrokenIfLost(e);
    if (isConnectionLoss(e.getErrorCode())) {
      // The commit may or may not have happened: not a ConnectionLost, so that nobody retries it.
      throw Unavailable("the database connection was lost during commit; the outcome is unknown",
                        2);
    }
    rethrow(e);
  }
}

void Session::rollback() {
  inTransaction_ = false;
  executeDirect("ROLLBACK");
}

Transaction::Transaction(Session& session, Isolation isolation) : session_(session) {
  session_.begin(isolation);
}

Transaction::~Transaction() {
  if (done_)
    return;
  try {
    session_.rollback();
  } catch (...) {
    // The connection is marked broken and will be discarded; nothing else to do here.
  }
}

void Transaction::commit() {
  done_ = true;
  session_.commit();
}

// ---------------------------------------------------------------------------------------------

std::optional<std::size_t> tenantPlaceholder(std::string_view sql) {
  std::string text;
  text.reserve(sql.size());
  for (char c : sql)
    text += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const auto isWord = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
  };
  const auto skipBack = [&](std::size_t pos) {  // index of the last non-space before pos, or npos
    while (pos > 0 && std::isspace(static_cast<unsigned char>(text[pos - 1])))
      --pos;
    return pos == 0 ? std::string::npos : pos - 1;
  };
  // INSERT INTO t (tenant_id, ...) VALUES (?, ...): the first placeholder is the first column.
  const auto start = text.find_first_not_of(" \t\r\n");
  if (start != std::string::npos && text.compare(start, 6, "insert") == 0) {
    const auto open = text.find('(');
    if (open == std::string::npos)
      return std::nullopt;
    const auto column = text.find_first_not_of(" \t\r\n", open + 1);
    if (column == std::string::npos || text.compare(column, 9, "tenant_id") != 0 ||
        isWord(text[column + 9])) {
      return std::nullopt;
    }
    return text.find('?') == std::string::npos ? std::nullopt : std::optional<std::size_t>(0);
  }
  // Otherwise the placeholder in `tenant_id = ?` (the column may be qualified: p.tenant_id).
  std::size_t index = 0;
  char quote = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quote) {
      // In '...' and "..." a backslash escapes the next character (the session does not set
      // NO_BACKSLASH_ESCAPES); in `...` identifiers it is an ordinary character.
      if (c == '\\' && quote != '`') {
        ++i;
      } else if (c == quote) {
        quote = 0;
      }
      continue;
    }
    if (c == '\'' || c == '"' || c == '`') {
      quote = c;
      continue;
    }
    if (c != '?')
      continue;
    const auto equals = skipBack(i);
    if (equals != std::string::npos && text[equals] == '=') {
      const auto nameEnd = skipBack(equals);
      if (nameEnd != std::string::npos && nameEnd >= 8 &&
          text.compare(nameEnd - 8, 9, "tenant_id") == 0 &&
          (nameEnd == 8 || !isWord(text[nameEnd - 9]))) {
        return index;
      }
    }
    ++index;
  }
  return std::nullopt;
}

TenantSession::TenantSession(Session& session, std::uint64_t tenantId)
    : session_(session), tenantId_(tenantId) {}

Params TenantSession::withTenant(std::string_view sql, Params params) const {
  const auto at = tenantPlaceholder(sql);
  if (!at || *at > params.size()) {
    throw std::logic_error("a tenant-scoped statement must constrain tenant_id = ?: " +
                           std::string(sql.substr(0, 120)));
  }
  params.insert(params.begin() + static_cast<std::ptrdiff_t>(*at), Param{tenantId_});
  return params;
}

Rows TenantSession::query(std::string_view sql, Params params) {
  return session_.query(sql, withTenant(sql, std::move(params)));
}

void TenantSession::insertRows(std::string_view table, const std::vector<std::string>& columns,
                               const std::vector<Params>& rows, std::size_t rowsPerStatement,
                               std::string_view suffix) {
  if (columns.empty() || columns.front() != "tenant_id") {
    throw std::logic_error("a tenant-scoped insert must name tenant_id as its first column");
  }
  session_.insertRows(table, columns, Param{tenantId_}, rows, rowsPerStatement, suffix);
}

Rows TenantSession::newestFirst(const std::string& select, std::optional<std::uint64_t> beforeId,
                                std::size_t limit, Params params) {
  std::string sql = select;
  if (beforeId) {
    sql += " AND id < ?";
    params.emplace_back(std::in_place_type<std::uint64_t>, *beforeId);
  }
  sql += " ORDER BY id DESC LIMIT ?";
  // emplace_back: with push_back GCC 12 warns (wrongly) of an uninitialised string in the variant.
  params.emplace_back(std::in_place_type<std::int64_t>, static_cast<std::int64_t>(limit));
  return query(sql, std::move(params));
}

std::uint64_t TenantSession::execute(std::string_view sql, Params params) {
  return session_.execute(sql, withTenant(sql, std::move(params)));
}

// ---------------------------------------------------------------------------------------------

Pool::Pool(PoolSettings settings) : settings_(std::move(settings)) {}

Pool::~Pool() {
  close();
}

std::unique_ptr<PooledConnection> Pool::connect() {
  sql::ConnectOptionsMap options;
  if (settings_.url.socket.empty()) {
    options["hostName"] = sql::SQLString("tcp://" + settings_.url.host);
    options["port"] = settings_.url.port;
  } else {
    options["hostName"] = sql::SQLString("unix://" + settings_.url.socket);
  }
  options["userName"] = sql::SQLString(settings_.url.user);
  options["password"] = sql::SQLString(settings_.url.password);
  if (!settings_.url.database.empty())
    options["schema"] = sql::SQLString(settings_.url.database);
  options["OPT_CONNECT_TIMEOUT"] = static_cast<int>(settings_.connectTimeout.count());
  options["OPT_READ_TIMEOUT"] = static_cast<int>(settings_.readTimeout.count());
  options["OPT_WRITE_TIMEOUT"] = static_cast<int>(settings_.readTimeout.count());
  options["OPT_RECONNECT"] = false;  // a silent reconnect would lose transaction state
  options["OPT_CHARSET_NAME"] = sql::SQLString("utf8mb4");
  auto pooled = std::make_unique<PooledConnection>();
  try {
    static std::once_flag driverOnce;
    static sql::mysql::MySQL_Driver* driver = nullptr;
    std::call_once(driverOnce, [] { driver = sql::mysql::get_mysql_driver_instance(); });
    pooled->connection.reset(driver->connect(options));
    pooled->statement.reset(pooled->connection->createStatement());
    pooled->statement->execute(
        "SET time_zone = '+00:00', "
        "sql_mode = 'STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,"
        "NO_ENGINE_SUBSTITUTION', "
        "innodb_lock_wait_timeout = 10");
    // Written as a statement, not a variable: MariaDB 10.x and MySQL 8 name the variable
    // differently.
    pooled->statement->execute("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED");
  } catch (const sql::SQLException& e) {
    if (isConnectionLoss(e.getErrorCode()))
      throw ConnectionLost("the database is unreachable");
    rethrow(e);
  }
  return pooled;
}

Session Pool::acquire() {
  if (!settings_.configured) {
    throw ConfigError("no database is configured: set CARAVAN_DB_URL or db.url");
  }
  std::unique_lock lock(mutex_);
  if (closed_)
    throw Unavailable("the service is shutting down", 1);
  const auto deadline = std::chrono::steady_clock::now() + settings_.waitTimeout;
  while (idle_.empty() && open_ >= settings_.maxSize) {
    ++waiting_;
    const bool signalled = available_.wait_until(
        lock, deadline, [&] { return closed_ || !idle_.empty() || open_ < settings_.maxSize; });
    --waiting_;
    if (closed_)
      throw Unavailable("the service is shutting down", 1);
    if (!signalled) {
      ++timeouts_;
      throw Unavailable("all database connections are busy", 1);
    }
  }
  while (!idle_.empty()) {
    auto connection = std::move(idle_.back());
    idle_.pop_back();
    const auto idleFor = std::chrono::steady_clock::now() - connection->lastUsed;
    const bool suspect =
        connection->lostEpochSeen != lostEpoch_ || idleFor > settings_.validateAfterIdle;
    if (!suspect)
      return Session(*this, std::move(connection));
    connection->lostEpochSeen = lostEpoch_;
    lock.unlock();
    bool alive = false;
    try {
      alive = connection->connection->isValid();
    } catch (...) {
      alive = false;
    }
    lock.lock();
    if (alive) {
      connection->lastUsed = std::chrono::steady_clock::now();
      return Session(*this, std::move(connection));
    }
    --open_;
    ++discarded_;
  }
  ++open_;  // reserve the slot, then connect without holding the lock
  lock.unlock();
  try {
    auto connection = connect();
    lock.lock();
    connection->lostEpochSeen = lostEpoch_;
    ++created_;
    return Session(*this, std::move(connection));
  } catch (...) {
    lock.lock();
    --open_;
    available_.notify_one();
    throw;
  }
}

void Pool::release(std::unique_ptr<PooledConnection> connection, bool broken) {
  std::lock_guard lock(mutex_);
  if (broken || closed_) {
    --open_;
    ++discarded_;
  } else {
    idle_.push_back(std::move(connection));
  }
  available_.notify_one();
}

void Pool::noteLostServer() {
  std::lock_guard lock(mutex_);
  ++lostEpoch_;
}

PoolStats Pool::stats() const {
  std::lock_guard lock(mutex_);
  return PoolStats{open_, open_ - idle_.size(), waiting_, created_, discarded_, timeouts_};
}

void Pool::close() {
  std::vector<std::unique_ptr<PooledConnection>> closing;
  {
    std::lock_guard lock(mutex_);
    closed_ = true;
    closing.swap(idle_);
    open_ -= closing.size();
    available_.notify_all();
  }
  closing.clear();
}

}  // namespace caravan::db
