# caravan_embed_files(TARGET target NAMESPACE ns FUNCTION fn FILES f1 f2 ...)
# Compiles the files' text into `target` as `const std::vector<caravan::EmbeddedFile>& ns::fn()`,
# declared in the generated header <caravan/embedded/ns_fn.hpp>. The binary then carries its own
# migrations and API documents, so it runs from any directory.
function(caravan_embed_files)
  cmake_parse_arguments(ARG "" "TARGET;NAMESPACE;FUNCTION" "FILES" ${ARGN})
  set(gen_dir ${CMAKE_CURRENT_BINARY_DIR}/generated)
  set(header ${gen_dir}/caravan/embedded/${ARG_NAMESPACE}_${ARG_FUNCTION}.hpp)
  set(source ${gen_dir}/${ARG_NAMESPACE}_${ARG_FUNCTION}.cpp)
  add_custom_command(
    OUTPUT ${header} ${source}
    COMMAND ${CMAKE_COMMAND} -DHEADER=${header} -DSOURCE=${source} -DNAMESPACE=${ARG_NAMESPACE}
            -DFUNCTION=${ARG_FUNCTION} "-DFILES=${ARG_FILES}"
            -P ${CARAVAN_CMAKE_DIR}/embed_files.cmake
    DEPENDS ${ARG_FILES} ${CARAVAN_CMAKE_DIR}/embed_files.cmake
    COMMENT "Embedding ${ARG_NAMESPACE}::${ARG_FUNCTION}"
    VERBATIM)
  target_sources(${ARG_TARGET} PRIVATE ${source} ${header})
  target_include_directories(${ARG_TARGET} PUBLIC $<BUILD_INTERFACE:${gen_dir}>)
endfunction()
set(CARAVAN_CMAKE_DIR ${CMAKE_CURRENT_LIST_DIR} CACHE INTERNAL "")

# caravan_add_tests(NAME name SOURCES ... LIBS ...)
# One GoogleTest binary; each test becomes its own ctest entry so that `ctest -j` spreads them.
function(caravan_add_tests)
  cmake_parse_arguments(ARG "" "NAME" "SOURCES;LIBS" ${ARGN})
  if(NOT CARAVAN_BUILD_TESTS OR NOT ARG_SOURCES)
    return()
  endif()
  add_executable(${ARG_NAME} ${ARG_SOURCES})
  target_link_libraries(${ARG_NAME} PRIVATE ${ARG_LIBS} GTest::gtest GTest::gmock GTest::gtest_main)
  gtest_discover_tests(${ARG_NAME} DISCOVERY_MODE PRE_TEST TEST_PREFIX "${ARG_NAME}." DISCOVERY_TIMEOUT 30)
endfunction()

# caravan_add_module(name SOURCES ... [DEPENDS targets] [DATA files] [UNIT_TESTS ...] [DB_TESTS ...])
# Builds modules/<name> as the library caravan::<name>. Its migrations are the files in
# db/migrations/<name>/ and its API description is modules/<name>/openapi.json; both are embedded
# (see caravan_embed_files) as caravan_embedded::<name>::migrations() and ::openapi().
# Unit tests link the module alone; DB tests also link the test harness (a real MariaDB).
function(caravan_add_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS;DATA;UNIT_TESTS;DB_TESTS" ${ARGN})
  set(target caravan_${name})
  add_library(${target} STATIC ${ARG_SOURCES})
  add_library(caravan::${name} ALIAS ${target})
  target_include_directories(${target} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/include
                                       PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/src)
  target_link_libraries(${target} PUBLIC caravan::platform ${ARG_DEPENDS})

  file(GLOB migrations CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/db/migrations/${name}/*.sql)
  caravan_embed_files(TARGET ${target} NAMESPACE caravan_embedded_${name} FUNCTION migrations
                      FILES ${migrations})
  set(openapi ${CMAKE_CURRENT_SOURCE_DIR}/openapi.json)
  if(EXISTS ${openapi})
    caravan_embed_files(TARGET ${target} NAMESPACE caravan_embedded_${name} FUNCTION openapi
                        FILES ${openapi})
  endif()

  if(ARG_DATA)
    list(TRANSFORM ARG_DATA PREPEND ${CMAKE_CURRENT_SOURCE_DIR}/)
    caravan_embed_files(TARGET ${target} NAMESPACE caravan_embedded_${name} FUNCTION data
                        FILES ${ARG_DATA})
  endif()

  caravan_add_tests(NAME ${name}_unit_tests SOURCES ${ARG_UNIT_TESTS} LIBS ${target})
  caravan_add_tests(NAME ${name}_db_tests SOURCES ${ARG_DB_TESTS} LIBS ${target} caravan::test_support)
  # A module's tests may use its private headers.
  foreach(tests ${name}_unit_tests ${name}_db_tests)
    if(TARGET ${tests})
      target_include_directories(${tests} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/src)
    endif()
  endforeach()
endfunction()
