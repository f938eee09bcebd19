// The sync server's configuration file (/etc/contact-kiosk/hub.toml): every key read, paths
// taken from the file's folder, and every mistake an administrator can make refused with a
// sentence naming the setting, never silently replaced by a default.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <fstream>

#include "sync/server/server_config.hpp"
#include "tests/support/temp_dir.hpp"

using namespace kiosk::sync::server;
using Catch::Matchers::ContainsSubstring;

namespace {
std::string refusal(std::string_view toml) {
    try {
        (void)parse_server_config(toml, "/etc/contact-kiosk");
    } catch (const ServerConfigError& error) {
        return error.what();
    }
    return "accepted";
}
}  // namespace

TEST_CASE("server config: every key is read and relative paths are taken from the file's folder") {
    const auto c = parse_server_config(R"(
[server]
listen = "0.0.0.0:8443"
certificate = "tls/server.crt"
private_key = "/var/lib/hub/tls/server.key"
[storage]
database = "db/hub.db"
)",
                                       "/etc/contact-kiosk");
    CHECK(c.listen == "0.0.0.0:8443");
    CHECK(c.certificate == "/etc/contact-kiosk/tls/server.crt");
    CHECK(c.private_key == "/var/lib/hub/tls/server.key");
    CHECK(c.database == "/etc/contact-kiosk/db/hub.db");
}

TEST_CASE("server config: an empty file keeps the defaults, every path then to come from the command line") {
    const auto c = parse_server_config("", "/etc/contact-kiosk");
    CHECK(c.listen == "127.0.0.1:8443");
    CHECK(c.database.empty());
    CHECK(c.certificate.empty());
}

TEST_CASE("server config: mistakes are refused with the setting named") {
    CHECK_THAT(refusal("[server\nlisten = 1"), ContainsSubstring("not valid TOML (line 1"));
    CHECK_THAT(refusal("[server]\nlisten = 8443\n"), ContainsSubstring("server.listen must be text"));
    CHECK_THAT(refusal("[server]\nlisten = \"8443\"\n"), ContainsSubstring("server.listen must be HOST:PORT"));
    CHECK_THAT(refusal("[server]\nlisten = \"0.0.0.0:99999\"\n"), ContainsSubstring("server.listen"));
    CHECK_THAT(refusal("[server]\nlisten = \"0.0.0.0:84x3\"\n"), ContainsSubstring("server.listen"));
    CHECK_THAT(refusal("[server]\nlisten = \":8443\"\n"), ContainsSubstring("server.listen"));
    // A misspelt key would otherwise leave the default in force without a word.
    CHECK_THAT(refusal("[server]\nprivate-key = \"k.pem\"\n"), ContainsSubstring("unknown setting server.private-key"));
    CHECK_THAT(refusal("[storgae]\ndatabase = \"x\"\n"), ContainsSubstring("unknown section [storgae]"));
    CHECK_THAT(refusal("server = 1\n"), ContainsSubstring("[server] must be a section"));
}

TEST_CASE("server config: --config names a file that must be readable; without it the default file is optional") {
    kiosk::testing::TempDir dir;
    CHECK_THROWS_WITH(resolve_server_config((dir / "absent.toml").string()), ContainsSubstring("cannot be read"));
    std::ofstream(dir / "hub.toml") << "[storage]\ndatabase = \"hub.db\"\n";
    const auto c = resolve_server_config((dir / "hub.toml").string());
    CHECK(c.database == dir.path() / "hub.db");
    CHECK(c.source == dir / "hub.toml");
    CHECK(default_server_config_file() == "/etc/contact-kiosk/hub.toml");
}

TEST_CASE("server config: [storage] url picks PostgreSQL, with the sealing key file and connection caps") {
    const auto c = parse_server_config(R"(
[server]
max_connections = 2000
max_connections_per_address = 1000
[storage]
url = "postgresql://contact_sync@db.authority.lan/contact_sync?sslmode=verify-full"
sealing_key_file = "keys/sealing.key"
)",
                                       "/etc/contact-kiosk");
    CHECK(c.storage_url == "postgresql://contact_sync@db.authority.lan/contact_sync?sslmode=verify-full");
    CHECK(c.database.empty());
    CHECK(storage_location(c) == c.storage_url);
    CHECK(c.sealing_key_file == "/etc/contact-kiosk/keys/sealing.key");
    CHECK(c.max_connections == 2000);
    CHECK(c.max_connections_per_address == 1000);
    CHECK(storage_location(parse_server_config("[storage]\ndatabase = \"/d/r.db\"\n", "/")) == "/d/r.db");

    CHECK_THAT(refusal("[storage]\nurl = \"/var/lib/r.db\"\n"), ContainsSubstring("storage.url must be a postgresql:// URL"));
    CHECK_THAT(refusal("[storage]\nurl = \"postgresql://h/d\"\ndatabase = \"r.db\"\n"), ContainsSubstring("not both"));
    CHECK_THAT(refusal("[server]\nmax_connections = 0\n"), ContainsSubstring("server.max_connections must be a number"));
}
