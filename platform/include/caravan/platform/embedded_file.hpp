#pragma once

#include <string_view>

namespace caravan {

/// A file compiled into the binary (migrations, API documents); see caravan_embed_files in CMake.
struct EmbeddedFile {
  std::string_view name;     ///< file name without directory, e.g. "0001_products.sql"
  std::string_view content;  ///< the file's bytes
};

}  // namespace caravan
