#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

#include <caravan/testing/shared_data.hpp>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace caravan::testing {

std::string sharedDataPath(const std::string& name) {
  const std::string path = std::string(CARAVAN_SOURCE_DIR) + "/../shared/data/" + name;
  if (!std::ifstream(path))
    throw std::runtime_error("missing test data " + path);
  return path;
}

std::string readSharedData(const std::string& name) {
  std::ifstream in(sharedDataPath(name), std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string readSharedZipEntry(const std::string& archiveName, const std::string& entry) {
  std::ifstream in(sharedDataPath(archiveName), std::ios::binary);
  Poco::Zip::ZipArchive archive(in);
  auto header = archive.findHeader(entry);
  if (header == archive.headerEnd())
    throw std::runtime_error("no " + entry + " in " + archiveName);
  in.clear();
  Poco::Zip::ZipInputStream unzipped(in, header->second);
  std::stringstream text;
  text << unzipped.rdbuf();
  return text.str();
}

}  // namespace caravan::testing
