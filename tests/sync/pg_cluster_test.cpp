// The throwaway PostgreSQL cluster the server's tests run against (issue #14): it starts as an
// unprivileged user when CI runs as root, listens on loopback only, and each instance is apart.
#include <catch2/catch_test_macros.hpp>

#include "tests/support/pg_cluster.hpp"

TEST_CASE("a throwaway PostgreSQL cluster starts on loopback, holds databases apart and goes away") {
    std::filesystem::path data;
    {
        kiosk::testing::PgCluster pg;
        CHECK(pg.psql("SELECT 1 + 1") == "2\n");
        CHECK(pg.psql("SHOW listen_addresses") == "127.0.0.1\n");
        pg.create_database("receiver_a");
        pg.psql("CREATE TABLE t (x int); INSERT INTO t VALUES (7)", "receiver_a");
        CHECK(pg.psql("SELECT x FROM t", "receiver_a") == "7\n");
        CHECK(pg.psql("SELECT count(*) FROM pg_tables WHERE tablename = 't'") == "0\n");  // another database
        kiosk::testing::PgCluster second;
        CHECK(second.port() != pg.port());
        data = pg.psql("SHOW data_directory");
    }
    data.replace_filename(data.filename().string().substr(0, data.filename().string().find('\n')));
    CHECK_FALSE(std::filesystem::exists(data));
}
