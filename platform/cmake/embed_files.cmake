# Run by caravan_embed_files at build time: writes HEADER and SOURCE holding FILES' text.
set(delimiter "caravan_embedded")
set(body "")
foreach(file IN LISTS FILES)
  file(READ ${file} content)
  string(FIND "${content}" ")${delimiter}\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${file} contains the raw-string delimiter ${delimiter}")
  endif()
  get_filename_component(name ${file} NAME)
  string(APPEND body "    {\"${name}\", R\"${delimiter}(${content})${delimiter}\"},\n")
endforeach()
file(WRITE ${HEADER} "#pragma once
#include <caravan/platform/embedded_file.hpp>
#include <vector>
namespace ${NAMESPACE} {
const std::vector<caravan::EmbeddedFile>& ${FUNCTION}();
}
")
file(WRITE ${SOURCE} "#include <caravan/embedded/${NAMESPACE}_${FUNCTION}.hpp>
namespace ${NAMESPACE} {
const std::vector<caravan::EmbeddedFile>& ${FUNCTION}() {
  static const std::vector<caravan::EmbeddedFile> files = {
${body}  };
  return files;
}
}  // namespace ${NAMESPACE}
")
