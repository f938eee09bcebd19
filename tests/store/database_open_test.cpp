// Opening the encrypted database: first run, wrong or missing keys, newer schemas, bad folders.
#include <sqlcipher/sqlite3.h>
#include <sys/stat.h>

#include <catch2/catch_test_macros.hpp>
#include <fstream>

#include "kiosk/store/migrations.hpp"
#include "kiosk/store/secret_key.hpp"
#include "kiosk/store/store_error.hpp"
#include "tests/support/test_store.hpp"

using namespace kiosk;
using kiosk::testing::kDemoNow;
using kiosk::testing::read_file_bytes;
using kiosk::testing::TempDir;
using kiosk::testing::TestStore;

namespace {
store::StoreErrorKind open_error(const std::filesystem::path& db, const std::filesystem::path& key,
                                 bool create = true) {
    try {
        store::Database::open({.database_file = db, .key_file = key, .create_if_missing = create, .now = kDemoNow});
    } catch (const store::StoreError& error) {
        return error.kind();
    }
    FAIL("the database opened when it should not have");
    return store::StoreErrorKind::Io;
}

unsigned permissions(const std::filesystem::path& file) {
    struct stat info {};
    REQUIRE(::stat(file.c_str(), &info) == 0);
    return info.st_mode & 0777u;
}
}  // namespace

TEST_CASE("first run creates a 0600 key in its own folder and a migrated database") {
    TestStore t;
    CHECK(std::filesystem::exists(t.database_file));
    CHECK(permissions(t.key_file) == 0600u);
    CHECK(permissions(t.key_file.parent_path()) == 0700u);
    CHECK(t.db.schema_version() == store::latest_schema_version());
    CHECK(t.db.integrity_check() == "ok");
}

TEST_CASE("the database file is encrypted from its first byte") {
    TestStore t;
    const std::string header = read_file_bytes(t.database_file).substr(0, 16);
    CHECK(header != std::string("SQLite format 3\0", 16));
}

TEST_CASE("the database reopens with its key") {
    TestStore t;
    t.db.exec("CREATE TABLE probe (x); INSERT INTO probe VALUES (42);");
    t.db = t.open();
    store::Statement s(t.db.handle(), "SELECT x FROM probe");
    REQUIRE(s.step());
    CHECK(s.integer(0) == 42);
}

TEST_CASE("a wrong key is refused and the database file is left exactly as it was") {
    TempDir other_keys;
    TestStore t;
    t.db = store::Database::open({.database_file = t.dir / "other.db", .key_file = t.dir / "k2/other.key"});
    const std::string before = read_file_bytes(t.database_file);
    // Replace the key with a different valid one.
    std::filesystem::remove(t.key_file);
    store::SecretKey::create(t.key_file);
    CHECK(open_error(t.database_file, t.key_file) == store::StoreErrorKind::WrongKey);
    CHECK(read_file_bytes(t.database_file) == before);
}

TEST_CASE("a missing key for an existing database is an error, and no new key or database is made") {
    TestStore t;
    t.db = store::Database::open({.database_file = t.dir / "x.db", .key_file = t.dir / "xk/x.key"});
    const std::string before = read_file_bytes(t.database_file);
    std::filesystem::remove(t.key_file);
    CHECK(open_error(t.database_file, t.key_file) == store::StoreErrorKind::MissingKey);
    CHECK_FALSE(std::filesystem::exists(t.key_file));
    CHECK(read_file_bytes(t.database_file) == before);
}

TEST_CASE("a key file others can read is refused") {
    TestStore t;
    ::chmod(t.key_file.c_str(), 0644);
    CHECK(open_error(t.database_file, t.key_file) == store::StoreErrorKind::BadKeyFile);
}

TEST_CASE("a key file that is not a 256-bit key is refused") {
    TempDir dir;
    std::filesystem::create_directories(dir / "keys");
    {
        std::ofstream out(dir / "keys/k.key");
        out << "not-a-key\n";
    }
    ::chmod((dir / "keys/k.key").c_str(), 0600);
    CHECK(open_error(dir / "db/k.db", dir / "keys/k.key") == store::StoreErrorKind::BadKeyFile);
    CHECK_FALSE(std::filesystem::exists(dir / "db/k.db"));
}

TEST_CASE("a database from a newer schema is refused and left untouched") {
    TestStore t;
    t.db.exec("PRAGMA user_version = 999");
    t.db = store::Database::open({.database_file = t.dir / "y.db", .key_file = t.dir / "yk/y.key"});
    const std::string before = read_file_bytes(t.database_file);
    CHECK(open_error(t.database_file, t.key_file) == store::StoreErrorKind::NewerSchema);
    CHECK(read_file_bytes(t.database_file) == before);
}

TEST_CASE("a data folder that cannot be created gives an Unwritable error") {
    TempDir dir;
    { std::ofstream(dir / "a-file") << "x"; }
    CHECK(open_error(dir / "a-file/db/k.db", dir / "keys/k.key") == store::StoreErrorKind::Unwritable);
}

TEST_CASE("a file that is not a database is refused, not replaced") {
    TempDir dir;
    std::filesystem::create_directories(dir / "db");
    { std::ofstream(dir / "db/k.db") << std::string(8192, 'z'); }
    store::SecretKey::create(dir / "keys/k.key");
    CHECK(open_error(dir / "db/k.db", dir / "keys/k.key") == store::StoreErrorKind::WrongKey);
    CHECK(read_file_bytes(dir / "db/k.db") == std::string(8192, 'z'));
}

TEST_CASE("opening without create refuses a missing database") {
    TempDir dir;
    CHECK(open_error(dir / "db/none.db", dir / "keys/none.key", false) == store::StoreErrorKind::NotFound);
    CHECK_FALSE(std::filesystem::exists(dir / "keys/none.key"));
}

TEST_CASE("the database runs in WAL mode with full synchronous writes") {
    TestStore t;
    store::Statement journal(t.db.handle(), "PRAGMA journal_mode");
    REQUIRE(journal.step());
    CHECK(journal.text(0) == "wal");
    store::Statement sync(t.db.handle(), "PRAGMA synchronous");
    REQUIRE(sync.step());
    CHECK(sync.integer(0) == 2);  // FULL
}

TEST_CASE("temporary tables and sorts stay in memory, never in a temporary file") {
    TestStore t;
    store::Statement temp(t.db.handle(), "PRAGMA temp_store");
    REQUIRE(temp.step());
    CHECK(temp.integer(0) == 2);  // MEMORY
}
