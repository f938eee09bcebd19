# Every third-party library comes from a Debian 12 package (scripts/setup installs them).
find_package(PkgConfig REQUIRED)
pkg_check_modules(SQLCIPHER REQUIRED IMPORTED_TARGET sqlcipher)  # reports the SQLite version (3.46), not SQLCipher 4.6
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
pkg_check_modules(IMGUI REQUIRED IMPORTED_TARGET imgui)
pkg_check_modules(CURL REQUIRED IMPORTED_TARGET libcurl)
pkg_check_modules(FREETYPE REQUIRED IMPORTED_TARGET freetype2)
# sd_notify for the sync server's Type=notify units; a no-op outside systemd.
pkg_check_modules(SYSTEMD REQUIRED IMPORTED_TARGET libsystemd)
# The receiver on PostgreSQL (issue #14): libpq from Debian's libpq-dev.
pkg_check_modules(PQ REQUIRED IMPORTED_TARGET libpq)
# Request bodies are compressed by ISA-L's igzip (sync/client/gzip.cpp); zlib inflates them.
pkg_check_modules(ISAL REQUIRED IMPORTED_TARGET libisal)
find_package(glfw3 3.3 REQUIRED)
find_package(OpenGL REQUIRED)
find_package(nlohmann_json 3 REQUIRED)
# The server reads push bodies (mostly base64 ciphertext) with simdjson: sync/protocol/push_batch.cpp.
find_package(simdjson 3 REQUIRED)
find_package(tomlplusplus REQUIRED)
find_package(CLI11 REQUIRED)
find_package(date REQUIRED)
find_package(OpenSSL REQUIRED)
find_package(Threads REQUIRED)
find_package(ZLIB REQUIRED)
if(KIOSK_TESTS)
  find_package(Catch2 3 REQUIRED)
endif()
if(KIOSK_BENCH)
  find_package(benchmark REQUIRED)
endif()
# Boost.Beast and Boost.Asio (header-only) for the sync server's HTTP layer, on OpenSSL.
find_package(Boost 1.74 REQUIRED)
