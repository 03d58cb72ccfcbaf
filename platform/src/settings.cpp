#include <algorithm>
#include <caravan/platform/errors.hpp>
#include <caravan/platform/settings.hpp>
#include <caravan/platform/text.hpp>
#include <cctype>
#include <fstream>
#include <limits>

extern char** environ;

namespace caravan {

namespace {

std::map<std::string, std::string> readPropertiesFile(const std::string& file) {
  std::ifstream in(file);
  if (!in)
    throw ConfigError("configuration file '" + file + "' cannot be read");
  std::map<std::string, std::string> values;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    const std::string text = trim(line);
    if (text.empty() || text[0] == '#' || text[0] == '!')
      continue;
    const auto separator = text.find_first_of("=:");
    if (separator == std::string::npos) {
      throw ConfigError(file + ":" + std::to_string(number) + ": expected 'key = value'");
    }
    values[trim(text.substr(0, separator))] = trim(text.substr(separator + 1));
  }
  return values;
}

}  // namespace

std::string Settings::environmentName(const std::string& key) {
  std::string name = "CARAVAN_";
  for (char c : key)
    name += c == '.' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return name;
}

std::map<std::string, std::string> Settings::processEnvironment() {
  std::map<std::string, std::string> values;
  for (char** entry = environ; entry && *entry; ++entry) {
    std::string text(*entry);
    const auto equals = text.find('=');
    if (equals != std::string::npos && text.rfind("CARAVAN_", 0) == 0) {
      values[text.substr(0, equals)] = text.substr(equals + 1);
    }
  }
  return values;
}

Settings Settings::load(const std::string& file,
                        const std::map<std::string, std::string>& overrides,
                        const std::map<std::string, std::string>& environment) {
  Settings settings;
  if (!file.empty()) {
    settings.file_ = readPropertiesFile(file);
    settings.fileName_ = file;
  }
  settings.overrides_ = overrides;
  settings.environment_ = environment;
  return settings;
}

std::optional<std::string> Settings::lookup(const std::string& key, const std::string& defaultValue,
                                            const std::string& description) {
  Declared declared{key, defaultValue, defaultValue, description, "default"};
  std::optional<std::string> value;
  if (auto found = file_.find(key); found != file_.end()) {
    value = found->second;
    declared.source = "file";
  }
  if (auto found = environment_.find(environmentName(key)); found != environment_.end()) {
    value = found->second;
    declared.source = "environment";
  }
  if (auto found = overrides_.find(key); found != overrides_.end()) {
    value = found->second;
    declared.source = "command line";
  }
  if (value)
    declared.value = *value;
  auto existing = std::find_if(declared_.begin(), declared_.end(),
                               [&](const Declared& d) { return d.key == key; });
  if (existing == declared_.end())
    declared_.push_back(declared);
  return value;
}

std::string Settings::string(const std::string& key, const std::string& defaultValue,
                             const std::string& description) {
  return lookup(key, defaultValue, description).value_or(defaultValue);
}

std::int64_t Settings::integer(const std::string& key, std::int64_t defaultValue, std::int64_t min,
                               std::int64_t max, const std::string& description) {
  auto value = lookup(key, std::to_string(defaultValue), description);
  if (!value)
    return defaultValue;
  std::size_t used = 0;
  std::int64_t number = 0;
  try {
    number = std::stoll(*value, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used == 0 || used != value->size()) {
    throw ConfigError("setting " + key + " must be a whole number (got '" + *value + "')");
  }
  if (number < min || number > max) {
    throw ConfigError("setting " + key + " must be between " + std::to_string(min) + " and " +
                      std::to_string(max) + " (got " + *value + ")");
  }
  return number;
}

bool Settings::boolean(const std::string& key, bool defaultValue, const std::string& description) {
  auto value = lookup(key, defaultValue ? "true" : "false", description);
  if (!value)
    return defaultValue;
  if (*value == "true" || *value == "1" || *value == "yes" || *value == "on")
    return true;
  if (*value == "false" || *value == "0" || *value == "no" || *value == "off")
    return false;
  throw ConfigError("setting " + key + " must be true or false (got '" + *value + "')");
}

void Settings::checkNoUnknownKeys() const {
  std::string unknown;
  auto check = [&](const std::map<std::string, std::string>& values, const std::string& where) {
    for (const auto& [key, value] : values) {
      const bool known = std::any_of(declared_.begin(), declared_.end(),
                                     [&](const Declared& d) { return d.key == key; });
      if (!known)
        unknown += "\n  " + key + " (" + where + ")";
    }
  };
  check(file_, fileName_);
  check(overrides_, "command line");
  if (!unknown.empty()) {
    throw ConfigError("unknown configuration keys (run 'caravan config' to list the known ones):" +
                      unknown);
  }
}

}  // namespace caravan
