#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace caravan {

/// Layered configuration: declared defaults < the properties file < environment < command line.
///
/// Each key is declared where it is read (by the platform or the module that owns it) with its
/// default and a description; a key in the file or on the command line that nobody declared is an
/// error at start-up (checkNoUnknownKeys), so a typo cannot silently leave a default in force.
/// The environment variable for `http.port` is `CARAVAN_HTTP_PORT` (dots become underscores).
/// Secrets (database password) belong in the environment or a file named by `*_file` keys, never
/// in the properties file that is committed or shared.
class Settings {
 public:
  struct Declared {
    std::string key;
    std::string defaultValue;
    std::string value;  ///< the value in force
    std::string description;
    std::string
        source;  ///< where the value in force came from: default, file, environment, command line
  };

  /// `file` may be empty (no file); a named file that does not exist is an error.
  static Settings load(const std::string& file, const std::map<std::string, std::string>& overrides,
                       const std::map<std::string, std::string>& environment);

  std::string string(const std::string& key, const std::string& defaultValue,
                     const std::string& description);
  std::int64_t integer(const std::string& key, std::int64_t defaultValue, std::int64_t min,
                       std::int64_t max, const std::string& description);
  bool boolean(const std::string& key, bool defaultValue, const std::string& description);

  /// Throws ConfigError listing every key from the file or command line that no one declared.
  void checkNoUnknownKeys() const;
  const std::vector<Declared>& declared() const { return declared_; }

  /// The environment variable that overrides `key`.
  static std::string environmentName(const std::string& key);
  /// Reads the process environment into a map (for load()).
  static std::map<std::string, std::string> processEnvironment();

 private:
  std::optional<std::string> lookup(const std::string& key, const std::string& defaultValue,
                                    const std::string& description);

  std::map<std::string, std::string> file_;
  std::map<std::string, std::string> overrides_;
  std::map<std::string, std::string> environment_;
  std::string fileName_;
  std::vector<Declared> declared_;
};

}  // namespace caravan
