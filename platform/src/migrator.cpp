#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>

#include <algorithm>
#include <caravan/platform/errors.hpp>
#include <caravan/platform/migrator.hpp>
#include <map>
#include <regex>

namespace caravan {

namespace {

std::string sha256(std::string_view text) {
  Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
  engine.update(text.data(), static_cast<unsigned>(text.size()));
  return Poco::DigestEngine::digestToHex(engine.digest());
}

constexpr const char* kCreateLedger =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " module VARCHAR(64) NOT NULL,"
    " version INT NOT NULL,"
    " name VARCHAR(255) NOT NULL,"
    " checksum CHAR(64) NOT NULL,"
    " applied_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),"
    " PRIMARY KEY (module, version)"
    ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci";

// Holds a server-side named lock for the duration of a run.
class MigrationLock {
 public:
  explicit MigrationLock(db::Session& session) : session_(session) {
    auto rows = session_.query("SELECT GET_LOCK('caravan.migrate', 120)");
    if (!rows.next() || rows.isNull(1) || rows.int64(1) != 1) {
      throw ConfigError("another process has been migrating this database for 120 s; giving up");
    }
  }
  ~MigrationLock() {
    try {
      session_.query("SELECT RELEASE_LOCK('caravan.migrate')");
    } catch (...) {
      // The lock dies with the connection anyway.
    }
  }

 private:
  db::Session& session_;
};

struct Applied {
  std::string name;
  std::string checksum;
};

std::map<std::pair<std::string, int>, Applied> readLedger(db::Session& session) {
  session.executeDirect(kCreateLedger);
  std::map<std::pair<std::string, int>, Applied> applied;
  auto rows = session.query("SELECT module, version, name, checksum FROM schema_migrations");
  while (rows.next()) {
    applied[{rows.string(1), static_cast<int>(rows.int64(2))}] = {rows.string(3), rows.string(4)};
  }
  return applied;
}

}  // namespace

std::vector<std::string> splitSqlStatements(const std::string& text) {
  std::vector<std::string> statements;
  std::string current;
  char quote = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quote) {
      current += c;
      if (c == '\\' && i + 1 < text.size()) {
        current += text[++i];
      } else if (c == quote) {
        quote = 0;
      }
      continue;
    }
    if (c == '-' && i + 1 < text.size() && text[i + 1] == '-') {
      while (i < text.size() && text[i] != '\n')
        ++i;
      current += '\n';
      continue;
    }
    if (c == '/' && i + 1 < text.size() && text[i + 1] == '*') {
      const auto end = text.find("*/", i + 2);
      i = end == std::string::npos ? text.size() : end + 1;
      current += ' ';
      continue;
    }
    if (c == '\'' || c == '"' || c == '`')
      quote = c;
    if (c == ';') {
      if (current.find_first_not_of(" \t\r\n") != std::string::npos)
        statements.push_back(current);
      current.clear();
      continue;
    }
    current += c;
  }
  if (current.find_first_not_of(" \t\r\n") != std::string::npos)
    statements.push_back(current);
  return statements;
}

void Migrator::add(const std::string& module, const std::vector<EmbeddedFile>& files) {
  static const std::regex pattern(R"(^(\d{4})_([a-z0-9_]+)\.sql$)");
  std::vector<Migration> added;
  for (const auto& file : files) {
    std::smatch match;
    const std::string name(file.name);
    if (!std::regex_match(name, match, pattern)) {
      throw ConfigError("migration file name must be NNNN_what.sql: " + module + "/" + name);
    }
    Migration migration{module, std::stoi(match[1]), name, std::string(file.content),
                        sha256(file.content)};
    const auto sameVersion = [&](const Migration& other) {
      return other.module == module && other.version == migration.version;
    };
    // Check the files of this call too, not only those added before it.
    if (std::any_of(migrations_.begin(), migrations_.end(), sameVersion) ||
        std::any_of(added.begin(), added.end(), sameVersion)) {
      throw ConfigError("migration version " + std::to_string(migration.version) +
                        " appears twice in " + module);
    }
    added.push_back(std::move(migration));
  }
  std::sort(added.begin(), added.end(),
            [](const Migration& a, const Migration& b) { return a.version < b.version; });
  for (auto& migration : added)
    migrations_.push_back(std::move(migration));
}

MigrationStatus Migrator::status(db::Session& session) {
  const auto applied = readLedger(session);
  MigrationStatus status;
  for (const auto& migration : migrations_) {
    auto found = applied.find({migration.module, migration.version});
    if (found == applied.end()) {
      status.pending.push_back(migration);
    } else if (found->second.checksum != migration.checksum) {
      throw ConfigError("migration " + migration.module + "/" + migration.name +
                        " was changed after it was applied to this database (checksum " +
                        found->second.checksum.substr(0, 12) + " in the database, " +
                        migration.checksum.substr(0, 12) +
                        " in this build). Applied migrations are append-only: restore the file "
                        "and add a new migration for the change.");
    }
  }
  for (const auto& [key, row] : applied) {
    const bool known = std::any_of(migrations_.begin(), migrations_.end(), [&](const Migration& m) {
      return m.module == key.first && m.version == key.second;
    });
    if (!known) {
      throw ConfigError("the database has migration " + key.first + "/" + row.name +
                        " that this build does not know: it was migrated by a newer version");
    }
  }
  return status;
}

MigrationStatus Migrator::migrate(db::Session& session) {
  session.executeDirect(kCreateLedger);
  MigrationLock lock(session);
  auto status = this->status(session);
  for (const auto& migration : status.pending) {
    // DDL commits implicitly in MySQL, so a migration is not atomic: keep each file to one
    // change, and make statements safe to re-run where the server allows (IF NOT EXISTS).
    for (const auto& statement : splitSqlStatements(migration.sql)) {
      try {
        session.executeDirect(statement);
      } catch (const std::exception& e) {
        throw ConfigError("migration " + migration.module + "/" + migration.name +
                          " failed: " + e.what());
      }
    }
    session.execute(
        "INSERT INTO schema_migrations (module, version, name, checksum) VALUES (?, ?, ?, ?)",
        {migration.module, std::int64_t{migration.version}, migration.name, migration.checksum});
    status.applied.push_back(migration);
  }
  status.pending.clear();
  return status;
}

}  // namespace caravan
