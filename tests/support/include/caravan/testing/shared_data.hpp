#pragma once

#include <string>

namespace caravan::testing {

/// The path of a file in the project's shared data (`<repo>/../shared/data/<name>`, where CI puts
/// it too). Throws, naming the path, when it is missing: tests read real data in place.
std::string sharedDataPath(const std::string& name);
/// The bytes of a shared data file.
std::string readSharedData(const std::string& name);
/// The bytes of `entry` inside the shared zip archive `archive` (e.g. "ecb/eurofxref-hist.zip").
std::string readSharedZipEntry(const std::string& archive, const std::string& entry);

}  // namespace caravan::testing
