// The receiver's PostgreSQL connection leaves this machine only under verified TLS: a database
// on another host holds every venue's records, and libpq's own default (sslmode=prefer) would
// fall back to plain text, while sslmode=require takes any certificate at all.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "sync/server/postgres/pg_connection.hpp"
#include "sync/server/receiver_storage.hpp"

using namespace kiosk::sync::server;
using Catch::Matchers::ContainsSubstring;

TEST_CASE("a database on this machine needs no TLS: a socket, localhost or a loopback address") {
    for (const char* url : {"postgresql:///contact_sync", "postgresql://contact_sync@localhost/contact_sync",
                            "postgresql://u@127.0.0.1:5433/db", "postgresql://u@[::1]/db",
                            "postgresql://u@%2Fvar%2Frun%2Fpostgresql/db", "host=/tmp/pg-test port=5544 dbname=x"}) {
        CAPTURE(url);
        CHECK(pg::transport_refusal(url).empty());
    }
}

TEST_CASE("a database on another machine needs sslmode=verify-full, and the refusal names the host") {
    for (const char* url : {"postgresql://u@db.authority.lan/contact_sync",
                            "postgresql://u@db.authority.lan/contact_sync?sslmode=prefer",
                            "postgresql://u@db.authority.lan/contact_sync?sslmode=require",
                            "postgresql://u@db.authority.lan/contact_sync?sslmode=verify-ca",
                            "postgresql://u@localhost,db2.authority.lan/contact_sync",
                            "host=localhost hostaddr=10.1.2.3 dbname=x"}) {
        CAPTURE(url);
        const std::string refusal = pg::transport_refusal(url);
        CHECK_THAT(refusal, ContainsSubstring("sslmode=verify-full") && ContainsSubstring("another machine"));
        CHECK_THAT(refusal, !ContainsSubstring("u@"));  // never the user (nor a password)
    }
    CHECK(pg::transport_refusal("postgresql://u@db.authority.lan/contact_sync?sslmode=verify-full&sslrootcert=/etc/ca.crt")
              .empty());
}

TEST_CASE("a receiver refuses to connect to another machine's database in the clear, before trying") {
    // 192.0.2.1 (TEST-NET-1) answers nobody: a connection attempt would wait out its timeout, so a
    // quick, named refusal shows none was made.
    CHECK_THROWS_WITH(pg::Connection("postgresql://u:secret@192.0.2.1/contact_sync"),
                      ContainsSubstring("sslmode=verify-full") && !ContainsSubstring("secret"));
}
