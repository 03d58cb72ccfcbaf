#include <gtest/gtest.h>
#include <unistd.h>

#include <caravan/platform/errors.hpp>
#include <caravan/platform/settings.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <stdexcept>
#include <string>

namespace caravan {
namespace {

/// A properties file in the temporary directory, removed when the test ends.
class TempFile {
 public:
  explicit TempFile(const std::string& text) {
    static int counter = 0;
    path_ = std::filesystem::temp_directory_path() /
            ("caravan-settings-test-" + std::to_string(::getpid()) + "-" +
             std::to_string(++counter) + ".properties");
    std::ofstream out(path_);
    out << text;
  }
  ~TempFile() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
  TempFile(const TempFile&) = delete;
  std::string path() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

using Map = std::map<std::string, std::string>;

const Settings::Declared& declaredOf(const Settings& settings, const std::string& key) {
  for (const auto& declared : settings.declared()) {
    if (declared.key == key)
      return declared;
  }
  throw std::out_of_range("not declared: " + key);
}

std::string configErrorOf(const std::function<void()>& run) {
  try {
    run();
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "(no ConfigError)";
}

TEST(Settings, EnvironmentNameUppercasesAndReplacesDots) {
  EXPECT_EQ(Settings::environmentName("http.max_body_bytes"), "CARAVAN_HTTP_MAX_BODY_BYTES");
  EXPECT_EQ(Settings::environmentName("http.port"), "CARAVAN_HTTP_PORT");
  EXPECT_EQ(Settings::environmentName("db.url"), "CARAVAN_DB_URL");
}

TEST(Settings, TheDefaultAppliesWhenNoSourceGivesAValue) {
  auto settings = Settings::load("", {}, {});
  EXPECT_EQ(settings.integer("http.port", 8080, 1, 65535, "port"), 8080);
  EXPECT_EQ(settings.string("log.level", "info", "level"), "info");
  EXPECT_TRUE(settings.boolean("http.gzip", true, "gzip"));
}

TEST(Settings, LayersDefaultThenFileThenEnvironmentThenCommandLine) {
  TempFile file("a = from-file\nb = from-file\nc = from-file\n");
  auto settings = Settings::load(
      file.path(), {{"c", "from-command-line"}, {"d", "from-command-line"}},
      {{"CARAVAN_B", "from-env"}, {"CARAVAN_C", "from-env"}, {"CARAVAN_E", "from-env"}});
  EXPECT_EQ(settings.string("a", "default", ""), "from-file");
  EXPECT_EQ(settings.string("b", "default", ""), "from-env");
  EXPECT_EQ(settings.string("c", "default", ""), "from-command-line");
  EXPECT_EQ(settings.string("d", "default", ""), "from-command-line");
  EXPECT_EQ(settings.string("e", "default", ""), "from-env");
  EXPECT_EQ(settings.string("f", "default", ""), "default");
}

TEST(Settings, AnIntegerFromTheEnvironmentOverridesTheFile) {
  TempFile file("http.port = 8081\n");
  auto settings = Settings::load(file.path(), {}, {{"CARAVAN_HTTP_PORT", "9000"}});
  EXPECT_EQ(settings.integer("http.port", 8080, 1, 65535, "port"), 9000);
  auto withOverride =
      Settings::load(file.path(), {{"http.port", "9100"}}, {{"CARAVAN_HTTP_PORT", "9000"}});
  EXPECT_EQ(withOverride.integer("http.port", 8080, 1, 65535, "port"), 9100);
}

TEST(Settings, DeclaredReportsTheSourceAndValueInForce) {
  TempFile file("from.file = 1\nfrom.env = 2\nfrom.cli = 3\n");
  auto settings = Settings::load(file.path(), {{"from.cli", "30"}},
                                 {{"CARAVAN_FROM_ENV", "20"}, {"CARAVAN_FROM_CLI", "300"}});
  settings.integer("from.default", 7, 0, 1000, "a default");
  settings.integer("from.file", 7, 0, 1000, "the file");
  settings.integer("from.env", 7, 0, 1000, "the environment");
  settings.integer("from.cli", 7, 0, 1000, "the command line");

  const auto& byDefault = declaredOf(settings, "from.default");
  EXPECT_EQ(byDefault.source, "default");
  EXPECT_EQ(byDefault.value, "7");
  EXPECT_EQ(byDefault.defaultValue, "7");
  EXPECT_EQ(byDefault.description, "a default");
  EXPECT_EQ(declaredOf(settings, "from.file").source, "file");
  EXPECT_EQ(declaredOf(settings, "from.file").value, "1");
  EXPECT_EQ(declaredOf(settings, "from.env").source, "environment");
  EXPECT_EQ(declaredOf(settings, "from.env").value, "20");
  EXPECT_EQ(declaredOf(settings, "from.cli").source, "command line");
  EXPECT_EQ(declaredOf(settings, "from.cli").value, "30");
  EXPECT_EQ(declaredOf(settings, "from.cli").defaultValue, "7");
  EXPECT_EQ(settings.declared().size(), 4u);
}

TEST(Settings, ReadingAKeyTwiceDeclaresItOnce) {
  auto settings = Settings::load("", {}, {});
  settings.string("a", "x", "first");
  settings.string("a", "x", "second");
  ASSERT_EQ(settings.declared().size(), 1u);
  EXPECT_EQ(settings.declared()[0].description, "first");
}

TEST(Settings, TheFileMayHoldCommentsBlankLinesAndBothSeparators) {
  TempFile file(
      "# a comment = not a key\n"
      "! another comment\n"
      "\n"
      "   \t\n"
      "  http.port   =   9001  \n"
      "db.url: mysql://u:p@host:3306/db?x=y\n"
      "   # indented comment\n"
      "log.level=debug\n"
      "empty.value =\n");
  auto settings = Settings::load(file.path(), {}, {});
  EXPECT_EQ(settings.integer("http.port", 8080, 1, 65535, ""), 9001);
  EXPECT_EQ(settings.string("db.url", "", ""), "mysql://u:p@host:3306/db?x=y");
  EXPECT_EQ(settings.string("log.level", "info", ""), "debug");
  EXPECT_EQ(settings.string("empty.value", "default", ""), "");
  EXPECT_NO_THROW(settings.checkNoUnknownKeys()) << "comments must not be read as keys";
}

TEST(Settings, AValueMayContainEqualsSigns) {
  TempFile file("db.url = mysql://h/db?a=b&c=d\n");
  auto settings = Settings::load(file.path(), {}, {});
  EXPECT_EQ(settings.string("db.url", "", ""), "mysql://h/db?a=b&c=d");
}

TEST(Settings, ALineWithoutSeparatorIsAConfigErrorNamingTheLine) {
  TempFile file("a = 1\nthis line is wrong\n");
  const auto message = configErrorOf([&] { Settings::load(file.path(), {}, {}); });
  EXPECT_NE(message.find(":2:"), std::string::npos) << message;
}

TEST(Settings, AMissingNamedFileIsAConfigError) {
  const std::string missing =
      (std::filesystem::temp_directory_path() / "caravan-settings-test-does-not-exist.properties")
          .string();
  ASSERT_FALSE(std::filesystem::exists(missing));
  const auto message = configErrorOf([&] { Settings::load(missing, {}, {}); });
  EXPECT_NE(message.find(missing), std::string::npos) << message;
}

TEST(Settings, AnIntegerThatIsNotANumberIsAConfigError) {
  for (const char* value : {"abc", "12abc", "", "1.5", "0x10", "99999999999999999999"}) {
    auto settings = Settings::load("", {{"http.port", value}}, {});
    const auto message =
        configErrorOf([&] { settings.integer("http.port", 8080, 1, 65535, "port"); });
    EXPECT_NE(message.find("http.port"), std::string::npos) << value << ": " << message;
  }
}

TEST(Settings, AnIntegerOutsideItsRangeIsAConfigError) {
  for (const char* value : {"0", "65536", "-1"}) {
    auto settings = Settings::load("", {{"http.port", value}}, {});
    EXPECT_THROW(settings.integer("http.port", 8080, 1, 65535, "port"), ConfigError) << value;
  }
  for (const char* value : {"1", "65535"}) {
    auto settings = Settings::load("", {{"http.port", value}}, {});
    EXPECT_EQ(settings.integer("http.port", 8080, 1, 65535, "port"), std::stoll(value));
  }
}

TEST(Settings, NegativeIntegersAreReadWhenTheRangeAllowsThem) {
  auto settings = Settings::load("", {}, {{"CARAVAN_OFFSET", "-30"}});
  EXPECT_EQ(settings.integer("offset", 0, -100, 100, ""), -30);
}

TEST(Settings, BooleansAcceptTheUsualSpellings) {
  for (const char* yes : {"true", "1", "yes", "on"}) {
    auto settings = Settings::load("", {{"flag", yes}}, {});
    EXPECT_TRUE(settings.boolean("flag", false, "")) << yes;
  }
  for (const char* no : {"false", "0", "no", "off"}) {
    auto settings = Settings::load("", {{"flag", no}}, {});
    EXPECT_FALSE(settings.boolean("flag", true, "")) << no;
  }
}

TEST(Settings, ABooleanThatIsNeitherTrueNorFalseIsAConfigError) {
  for (const char* value : {"maybe", "", "2", "y"}) {
    auto settings = Settings::load("", {{"flag", value}}, {});
    EXPECT_THROW(settings.boolean("flag", false, ""), ConfigError) << value;
  }
}

TEST(Settings, AnUndeclaredKeyInTheFileIsReportedByName) {
  TempFile file("http.port = 9000\nhttp.prot = 9001\n");
  auto settings = Settings::load(file.path(), {}, {});
  settings.integer("http.port", 8080, 1, 65535, "port");
  const auto message = configErrorOf([&] { settings.checkNoUnknownKeys(); });
  EXPECT_NE(message.find("http.prot"), std::string::npos) << message;
  EXPECT_EQ(message.find("http.port "), std::string::npos) << message;
}

TEST(Settings, AnUndeclaredKeyOnTheCommandLineIsReportedByName) {
  auto settings = Settings::load("", {{"log.levle", "debug"}, {"log.level", "info"}}, {});
  settings.string("log.level", "info", "");
  const auto message = configErrorOf([&] { settings.checkNoUnknownKeys(); });
  EXPECT_NE(message.find("log.levle"), std::string::npos) << message;
  EXPECT_NE(message.find("command line"), std::string::npos) << message;
}

TEST(Settings, EveryUndeclaredKeyIsListedInOneError) {
  TempFile file("one = 1\n");
  auto settings = Settings::load(file.path(), {{"two", "2"}}, {});
  const auto message = configErrorOf([&] { settings.checkNoUnknownKeys(); });
  EXPECT_NE(message.find("one"), std::string::npos) << message;
  EXPECT_NE(message.find("two"), std::string::npos) << message;
}

TEST(Settings, UnknownEnvironmentVariablesAreNotAnError) {
  auto settings =
      Settings::load("", {}, {{"CARAVAN_SOMETHING_ELSE", "1"}, {"CARAVAN_HTTP_PORT", "9000"}});
  settings.integer("http.port", 8080, 1, 65535, "port");
  EXPECT_NO_THROW(settings.checkNoUnknownKeys());
}

TEST(Settings, DeclaredKeysFromEverySourcePassTheUnknownKeyCheck) {
  TempFile file("a = 1\n");
  auto settings = Settings::load(file.path(), {{"b", "2"}}, {});
  settings.string("a", "", "");
  settings.string("b", "", "");
  EXPECT_NO_THROW(settings.checkNoUnknownKeys());
}

}  // namespace
}  // namespace caravan
