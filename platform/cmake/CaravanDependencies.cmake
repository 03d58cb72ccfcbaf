# Every dependency comes from Debian 12 packages (installed by scripts/deps).
find_package(Threads REQUIRED)
find_package(Poco REQUIRED COMPONENTS Foundation Util Net NetSSL JSON Crypto XML Zip)
find_package(Boost 1.74 REQUIRED)
find_package(ICU REQUIRED COMPONENTS uc i18n)

# Debian's libmysqlcppconn-dev (Connector/C++ 1.1) ships no CMake config: find it by hand.
find_path(MYSQLCPPCONN_INCLUDE_DIR NAMES mysql_driver.h cppconn/driver.h REQUIRED)
find_library(MYSQLCPPCONN_LIBRARY NAMES mysqlcppconn REQUIRED)
add_library(mysqlcppconn::mysqlcppconn UNKNOWN IMPORTED)
set_target_properties(mysqlcppconn::mysqlcppconn PROPERTIES
  IMPORTED_LOCATION ${MYSQLCPPCONN_LIBRARY}
  INTERFACE_INCLUDE_DIRECTORIES ${MYSQLCPPCONN_INCLUDE_DIR})

# libsodium (Argon2id password hashing) through pkg-config: Debian ships no CMake config for it.
find_package(PkgConfig REQUIRED)
pkg_check_modules(sodium REQUIRED IMPORTED_TARGET libsodium)

if(CARAVAN_BUILD_TESTS)
  find_package(GTest REQUIRED)
endif()
if(CARAVAN_BUILD_BENCH)
  find_package(benchmark REQUIRED)
endif()
