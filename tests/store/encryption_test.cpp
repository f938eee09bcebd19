// What a thief who copies the files sees: no names in the database file or its WAL.
#include <catch2/catch_test_macros.hpp>

#include "tests/support/sample_data.hpp"
#include "tests/support/test_store.hpp"

using namespace kiosk;
using kiosk::testing::read_file_bytes;
using kiosk::testing::TestStore;

TEST_CASE("a child's name written to the database is in neither the database nor its WAL file") {
    TestStore t;
    kiosk::testing::add_sample_family(t.db);
    const std::filesystem::path wal = t.database_file.string() + "-wal";
    // While the connection is open the fresh pages sit in the WAL: check it before it is merged.
    REQUIRE(std::filesystem::exists(wal));
    REQUIRE(std::filesystem::file_size(wal) > 0);
    const std::string name = kiosk::testing::kSampleChildName;
    CHECK(read_file_bytes(wal).find(name) == std::string::npos);
    CHECK(read_file_bytes(wal).find("Marchbank") == std::string::npos);
    t.db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    CHECK(read_file_bytes(t.database_file).find(name) == std::string::npos);
    CHECK(read_file_bytes(t.database_file).find("12 Willow Lane") == std::string::npos);
}

TEST_CASE("the canary is really stored, so the search above would have found plain text") {
    TestStore t;
    kiosk::testing::add_sample_family(t.db);
    store::Statement s(t.db.handle(), "SELECT first_name FROM children");
    REQUIRE(s.step());
    CHECK(s.text(0) == kiosk::testing::kSampleChildName);
}
