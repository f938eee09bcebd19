// The [hub] section of the server's configuration (packaging/etc/hub.toml): present, the server
// is the venue's hub; each setting checked, a misspelt one refused.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <fstream>
#include <sstream>

#include "sync/server/hub/hub_commands.hpp"
#include "sync/server/server_config.hpp"

using namespace kiosk::sync::server;
using Catch::Matchers::ContainsSubstring;

TEST_CASE("a [hub] section makes the server the venue's hub, with its settings", "[hub][config]") {
    const ServerConfig c = parse_server_config(R"([storage]
database = "db/hub.db"
[hub]
key_dir = "keys"
upstream_sync = "continuous"
venue = 3
upstream_pull_wait = 10
upstream_retry_max = 5
)",
                                               "/etc/x");
    REQUIRE(c.hub);
    CHECK(c.hub->key_dir == "/etc/x/keys");
    CHECK(c.hub->venue == 3);
    const hub::HubServeSettings s = hub::hub_settings_from(*c.hub);
    CHECK(s.upstream.mode == hub::ForwardMode::Continuous);
    CHECK(s.upstream.pull_wait_seconds == 10);
    CHECK(s.upstream.longest_retry == std::chrono::seconds{5});
    CHECK_FALSE(parse_server_config("[storage]\ndatabase = \"a.db\"\n", "/etc/x").hub);
}

TEST_CASE("a [hub] setting that is misspelt or out of range is refused with its name", "[hub][config]") {
    CHECK_THROWS_WITH(parse_server_config("[hub]\nupstream = \"x\"\n", "/"), ContainsSubstring("hub.upstream"));
    CHECK_THROWS_WITH(parse_server_config("[hub]\nupstream_sync = \"daily\"\n", "/"),
                      ContainsSubstring("hub.upstream_sync"));
    CHECK_THROWS_WITH(parse_server_config("[hub]\nupstream_pull_wait = 60\n", "/"),
                      ContainsSubstring("hub.upstream_pull_wait"));
    CHECK_THROWS_WITH(parse_server_config("[hub]\nvenue = 0\n", "/"), ContainsSubstring("hub.venue"));
    // A float where a whole number belongs is refused, not cast (toml++'s cast of 1e300 overflows).
    CHECK_THROWS_WITH(parse_server_config("[hub]\nupstream_pull_wait = 1e300\n", "/"),
                      ContainsSubstring("hub.upstream_pull_wait"));
    CHECK_THROWS_WITH(parse_server_config("[hub]\nupstream_pull_wait = 4294967306\n", "/"),
                      ContainsSubstring("hub.upstream_pull_wait"));
}

TEST_CASE("the shipped hub.toml is a hub that serves once enrolled", "[hub][config]") {
    const auto c = load_server_config(std::string(KIOSK_SOURCE_DIR) + "/packaging/etc/hub.toml");
    REQUIRE(c.hub);
    CHECK(c.hub->upstream_sync == "on-request");
    CHECK_FALSE(c.hub->venue);  // set by hub-enrol from the upstream's enrolment
}
