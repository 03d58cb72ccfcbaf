#pragma once

#include <caravan/platform/db.hpp>
#include <caravan/platform/embedded_file.hpp>
#include <string>
#include <vector>

namespace caravan {

/// One migration file: db/migrations/<module>/NNNN_what.sql.
struct Migration {
  std::string module;
  int version = 0;
  std::string name;
  std::string sql;
  std::string checksum;  ///< SHA-256 of the file's text, hex
};

struct MigrationStatus {
  std::vector<Migration> applied;  ///< what this run applied
  std::vector<Migration> pending;  ///< what is not yet applied (status() only)
};

/// Applies each module's migrations in order (the platform's first, then modules in the order of
/// the module list), recording each in `schema_migrations` with its checksum. An applied file that
/// has since been edited stops the run with a message naming it: migrations are append-only.
/// Runs hold a named database lock, so two instances starting together do not race.
class Migrator {
 public:
  /// Throws ConfigError for a file name that is not NNNN_name.sql or a repeated version.
  void add(const std::string& module, const std::vector<EmbeddedFile>& files);

  MigrationStatus migrate(db::Session& session);
  /// What would be applied, after verifying checksums of what was.
  MigrationStatus status(db::Session& session);
  const std::vector<Migration>& migrations() const { return migrations_; }

 private:
  std::vector<Migration> migrations_;
};

/// Splits a migration's text into statements at semicolons outside quotes and comments.
std::vector<std::string> splitSqlStatements(const std::string& text);

}  // namespace caravan
