// A guard: money, pricing and tax code never uses binary floating point. It reads the sources, so
// a `double` slipped into them fails the suite with the file and line.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>

namespace fs = std::filesystem;

namespace {

// Every file whose name mentions money, and every file of the pricing and tax modules (those that
// exist; the list grows with them without a change here).
std::vector<fs::path> guardedSources() {
  const fs::path root = CARAVAN_SOURCE_DIR;
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(root / "platform")) {
    if (entry.is_regular_file() &&
        entry.path().filename().string().find("money") != std::string::npos &&
        entry.path().filename().string().find("no_binary_floats_test") == std::string::npos) {
      files.push_back(entry.path());
    }
  }
  for (const char* module :
       {"modules/pricing", "modules/tax", "modules/money", "modules/invoices"}) {
    if (!fs::exists(root / module))
      continue;
    for (const auto& entry : fs::recursive_directory_iterator(root / module)) {
      const auto extension = entry.path().extension();
      if (entry.is_regular_file() && (extension == ".cpp" || extension == ".hpp"))
        files.push_back(entry.path());
    }
  }
  return files;
}

}  // namespace

TEST(MoneyGuard, NoFloatOrDoubleInMoneyPricingOrTaxCode) {
  const auto files = guardedSources();
  ASSERT_GE(files.size(), 2u) << "the guard found nothing to read under " << CARAVAN_SOURCE_DIR;
  const std::regex floating(R"(\b(float|double)\b)");
  for (const auto& file : files) {
    std::ifstream in(file);
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
      ++number;
      const auto comment = line.find("//");
      const std::string code = comment == std::string::npos ? line : line.substr(0, comment);
      EXPECT_FALSE(std::regex_search(code, floating))
          << file.string() << ":" << number << ": " << line;
    }
  }
}
