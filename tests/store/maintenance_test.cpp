// Keys and files: changing the key, encrypted backups, cipher settings, tamper detection.
#include <catch2/catch_test_macros.hpp>

#include <fstream>

#include "kiosk/store/database_maintenance.hpp"
#include "kiosk/store/family_repository.hpp"
#include "kiosk/store/secret_key.hpp"
#include "kiosk/store/store_error.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/support/test_store.hpp"

using namespace kiosk;
using kiosk::testing::kDemoNow;
using kiosk::testing::read_file_bytes;
using kiosk::testing::TestStore;

namespace {
std::string child_name(store::Database& db, core::Id child) {
    return store::FamilyRepository(db).child(child).value().first_name;
}
}  // namespace

TEST_CASE("the database uses SQLCipher 4's default cipher settings") {
    TestStore t;
    CHECK(store::cipher_settings_problems(t.db).empty());
}

TEST_CASE("weakened cipher settings are reported") {
    TestStore t;
    t.db.exec("PRAGMA cipher_hmac_algorithm = HMAC_SHA1");
    const auto problems = store::cipher_settings_problems(t.db);
    REQUIRE_FALSE(problems.empty());
    CHECK(problems[0].find("HMAC") != std::string::npos);
}

TEST_CASE("rekey: the old key stops working, the new one opens the same data") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    const std::string old_key = read_file_bytes(t.key_file);
    store::rekey(t.db, t.key_file);
    CHECK(read_file_bytes(t.key_file) != old_key);
    CHECK_FALSE(std::filesystem::exists(t.key_file.string() + ".new"));
    t.db = t.open();
    CHECK(child_name(t.db, f.child) == kiosk::testing::kSampleChildName);
}

TEST_CASE("an interrupted key change is finished on the next open") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    // Stop exactly where a crash would: database re-keyed, new key still in ".new".
    const auto next = store::SecretKey::create(t.key_file.string() + ".new");
    t.db.exec("PRAGMA rekey = \"" + next.sqlcipher_raw_key() + "\"");
    t.db = store::Database::open({.database_file = t.dir / "z.db", .key_file = t.dir / "zk/z.key"});
    t.db = t.open();
    CHECK(child_name(t.db, f.child) == kiosk::testing::kSampleChildName);
    CHECK_FALSE(std::filesystem::exists(t.key_file.string() + ".new"));
}

TEST_CASE("a backup is an encrypted copy the same key opens") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    const auto copy = t.dir / "backup.db";
    store::backup(t.db, t.key_file, copy);
    CHECK(read_file_bytes(copy).find(kiosk::testing::kSampleChildName) == std::string::npos);
    auto restored = store::Database::open({.database_file = copy, .key_file = t.key_file, .now = kDemoNow});
    CHECK(child_name(restored, f.child) == kiosk::testing::kSampleChildName);
    CHECK_THROWS_AS(store::backup(t.db, t.key_file, copy), store::StoreError);
}

TEST_CASE("a flipped byte in the database file is reported, not hidden") {
    TestStore t;
    kiosk::testing::add_sample_family(t.db);
    t.db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    CHECK(store::cipher_integrity_problems(t.db).empty());
    t.db = store::Database::open({.database_file = t.dir / "w.db", .key_file = t.dir / "wk/w.key"});
    {
        std::fstream file(t.database_file, std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(4096 * 2 + 100);  // inside the third page
        char byte = 0;
        file.read(&byte, 1);
        file.seekp(4096 * 2 + 100);
        byte = static_cast<char>(byte ^ 0x20);
        file.write(&byte, 1);
    }
    t.db = t.open();
    const auto problems = store::cipher_integrity_problems(t.db);
    REQUIRE_FALSE(problems.empty());
    CHECK(problems[0].find("page 3") != std::string::npos);
}
