// The server's sealing secret key out of the records' database (issue #14, item 3): a 0600 file
// made on first start, or the service manager's credential; the public half recorded in the
// database, so a start with another key, or with none, is refused; and a SQLite database from
// before issue #14 has its key moved out and forgotten.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <sqlite3.h>

#include <fstream>
#include <sstream>

#include "sync/protocol/base64.hpp"
#include "sync/server/open_storage.hpp"
#include "sync/server/sealing_key.hpp"
#include "sync/server/sqlite_schema.hpp"
#include "sync/server/sqlite_storage.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/support/test_storage.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using namespace kiosk::sync::server;
using Catch::Matchers::ContainsSubstring;

namespace {

std::string file_bytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void exec(sqlite3* db, const char* sql) {
    char* error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error != nullptr ? error : "?";
        sqlite3_free(error);
        throw std::runtime_error(message);
    }
}

// A receiver database as issue #13's server left it (schema 3): the sealing key pair, secret
// half included, in its server_keys table, and a device enrolled against it.
SealingKeyPair make_schema_3_database(const std::filesystem::path& file) {
    const SealingKeyPair keys = generate_sealing_key_pair();
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
    exec(db, "PRAGMA journal_mode = WAL;");
    exec(db, kServerSchema);
    exec(db, kFeedSchemaV3);
    exec(db, "CREATE TABLE server_keys (id INTEGER PRIMARY KEY CHECK (id = 1), public_key BLOB NOT NULL, "
             "secret_key BLOB NOT NULL);");
    sqlite3_stmt* insert = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "INSERT INTO server_keys VALUES (1, ?, ?)", -1, &insert, nullptr) == SQLITE_OK);
    sqlite3_bind_blob(insert, 1, keys.public_key.data(), 32, SQLITE_TRANSIENT);
    sqlite3_bind_blob(insert, 2, keys.secret_key.data(), 32, SQLITE_TRANSIENT);
    REQUIRE(sqlite3_step(insert) == SQLITE_DONE);
    sqlite3_finalize(insert);
    exec(db, "INSERT INTO enrolments (device_id, venue_id, role, enrolled_at) VALUES ('tablet-1', 1, 'tablet', 0);"
             "PRAGMA user_version = 3;");
    sqlite3_close(db);
    return keys;
}

}  // namespace

TEST_CASE("the sealing key lives in a 0600 file of its own, made on first start and checked on every start") {
    TempDir dir;
    const std::string where = new_test_database(dir.path());
    const auto key_file = dir / "keys" / "sealing.key";
    SealingPublicKey first{};
    {
        auto storage = open_storage(where);
        const LoadedSealingKey loaded = load_sealing_key(*storage, {.key_file = key_file, .credentials_dir = {}});
        CHECK_THAT(loaded.source, ContainsSubstring("(new)"));
        first = loaded.keys.public_key;
        CHECK((std::filesystem::status(key_file).permissions() & std::filesystem::perms::all) ==
              (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
        CHECK(storage->recorded_sealing_key() == first);
    }
    auto storage = open_storage(where);
    SECTION("the next start reads the same key") {
        CHECK(load_sealing_key(*storage, {.key_file = key_file, .credentials_dir = {}}).keys.public_key == first);
    }
    SECTION("a key file gone missing is not replaced by a new key: the devices seal to the old one") {
        std::filesystem::rename(key_file, dir / "elsewhere.key");
        CHECK_THROWS_WITH(load_sealing_key(*storage, {.key_file = key_file, .credentials_dir = {}}),
                          ContainsSubstring("restore the key from its backup"));
        CHECK_FALSE(std::filesystem::exists(key_file));
    }
    SECTION("another key is refused") {
        const auto other = dir / "other.key";
        std::ofstream(other) << sync::encode_base64(generate_sealing_key_pair().secret_key.data(), 32) << '\n';
        std::filesystem::permissions(other, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                                     std::filesystem::perm_options::replace);
        CHECK_THROWS_WITH(load_sealing_key(*storage, {.key_file = other, .credentials_dir = {}}),
                          ContainsSubstring("not the one this database's devices seal to"));
    }
    SECTION("a key file others can read is refused") {
        std::filesystem::permissions(key_file, std::filesystem::perms::group_read, std::filesystem::perm_options::add);
        CHECK_THROWS_WITH(load_sealing_key(*storage, {.key_file = key_file, .credentials_dir = {}}),
                          ContainsSubstring("chmod 600"));
    }
    SECTION("the service manager's credential is taken before the file") {
        const auto credentials = dir / "credentials";
        std::filesystem::create_directories(credentials);
        std::filesystem::copy_file(key_file, credentials / "sealing-key");
        std::filesystem::remove(key_file);
        const LoadedSealingKey loaded =
            load_sealing_key(*storage, {.key_file = key_file, .credentials_dir = credentials});
        CHECK(loaded.keys.public_key == first);
        CHECK_THAT(loaded.source, ContainsSubstring("credential"));
        CHECK_FALSE(std::filesystem::exists(key_file));
    }
}

TEST_CASE("a SQLite database from before issue #14 has its sealing key moved into the key file, and kept nowhere else") {
    TempDir dir;
    const auto database = dir / "receiver.db";
    const SealingKeyPair old = make_schema_3_database(database);
    const std::string secret(reinterpret_cast<const char*>(old.secret_key.data()), 32);
    REQUIRE(file_bytes(database).find(secret) != std::string::npos);  // the test can see it there
    const auto key_file = dir / "sealing.key";
    {
        SqliteStorage storage(database);
        const LoadedSealingKey loaded = load_sealing_key(storage, {.key_file = key_file, .credentials_dir = {}});
        CHECK_THAT(loaded.source, ContainsSubstring("moved out of the database"));
        CHECK(loaded.keys.secret_key == old.secret_key);
        CHECK(storage.recorded_sealing_key() == old.public_key);
        CHECK_FALSE(storage.legacy_sealing_keys().has_value());
        // Not in the database, its WAL or its journal, while the server goes on running (closing
        // the last connection would checkpoint anyway; a server keeps its open for months):
        // overwritten where it was, and the database file rewritten from the WAL at once.
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
            const auto file = std::filesystem::path(database.string() + suffix);
            if (!std::filesystem::exists(file)) continue;
            INFO(file.string());
            CHECK(file_bytes(file).find(secret) == std::string::npos);
        }
    }
    CHECK(read_sealing_key(key_file, true).secret_key == old.secret_key);
    CHECK(file_bytes(database).find(secret) == std::string::npos);
    // The next start takes the file as any other.
    SqliteStorage again(database);
    CHECK(load_sealing_key(again, {.key_file = key_file, .credentials_dir = {}}).source == key_file.string());
}

TEST_CASE("a database whose old key differs from the key file given refuses to start, and keeps its key") {
    TempDir dir;
    const auto database = dir / "receiver.db";
    const SealingKeyPair old = make_schema_3_database(database);
    const auto key_file = dir / "sealing.key";
    std::ofstream(key_file) << sync::encode_base64(generate_sealing_key_pair().secret_key.data(), 32) << '\n';
    std::filesystem::permissions(key_file, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                                 std::filesystem::perm_options::replace);
    SqliteStorage storage(database);
    CHECK_THROWS_WITH(load_sealing_key(storage, {.key_file = key_file, .credentials_dir = {}}),
                      ContainsSubstring("is not the one this database holds"));
    REQUIRE(storage.legacy_sealing_keys().has_value());
    CHECK(storage.legacy_sealing_keys()->secret_key == old.secret_key);
}

TEST_CASE("without a key file or a credential the server does not start (a PostgreSQL receiver has no default file)") {
    TempDir dir;
    auto storage = open_storage(new_test_database(dir.path()));
    CHECK_THROWS_WITH(load_sealing_key(*storage, {.key_file = {}, .credentials_dir = dir / "no-credentials"}),
                      ContainsSubstring("no sealing key"));
    CHECK_FALSE(storage->recorded_sealing_key().has_value());
}
