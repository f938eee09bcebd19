#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <fstream>

#include "kiosk/app/config.hpp"
#include "tests/support/temp_dir.hpp"

using namespace kiosk::app;
using Catch::Matchers::ContainsSubstring;

namespace {
constexpr const char* kGood = R"(
[venue]
name = "Northgate Contact Centre"
time_zone = "Europe/Warsaw"

[storage]
database = "data/kiosk.db"
key_file = "/secure/keys/kiosk.key"

[kiosk]
face = "staff"
language = "pl"
fullscreen = true
)";
}  // namespace

TEST_CASE("a configuration file is read, relative paths taken from its folder") {
    const Config c = parse_config(kGood, "/etc/contact-kiosk");
    CHECK(c.venue_name == "Northgate Contact Centre");
    CHECK(c.time_zone == "Europe/Warsaw");
    CHECK(c.database_file == "/etc/contact-kiosk/data/kiosk.db");
    CHECK(c.key_file == "/secure/keys/kiosk.key");
    CHECK(c.face == "staff");
    CHECK(c.language == "pl");
    CHECK(c.fullscreen);
    CHECK_FALSE(c.kiosk_mode);
    CHECK(c.width == 1280);
}

TEST_CASE("broken TOML names the line") {
    CHECK_THROWS_WITH(parse_config("[venue\nname = 1", "/"), ContainsSubstring("line 1"));
}

TEST_CASE("missing storage paths, a key beside the database and unknown faces are refused") {
    CHECK_THROWS_WITH(parse_config("[storage]\nkey_file = \"k/k.key\"", "/"), ContainsSubstring("storage.database"));
    CHECK_THROWS_WITH(parse_config("[storage]\ndatabase = \"d/k.db\"", "/"), ContainsSubstring("storage.key_file"));
    CHECK_THROWS_WITH(parse_config("[storage]\ndatabase = \"d/k.db\"\nkey_file = \"d/k.key\"", "/"),
                      ContainsSubstring("different folder"));
    CHECK_THROWS_WITH(
        parse_config("[storage]\ndatabase = \"d/k.db\"\nkey_file = \"k/k.key\"\n[kiosk]\nface = \"admin\"", "/"),
        ContainsSubstring("kiosk.face"));
}

TEST_CASE("a setting of the wrong type or an http server is refused") {
    const std::string base = "[storage]\ndatabase = \"d/k.db\"\nkey_file = \"k/k.key\"\n";
    CHECK_THROWS_WITH(parse_config(base + "[kiosk]\nfullscreen = \"yes\"", "/"), ContainsSubstring("kiosk.fullscreen"));
    CHECK_THROWS_WITH(parse_config(base + "[server]\nurl = \"http://example.test\"", "/"), ContainsSubstring("https"));
    CHECK_THROWS_WITH(parse_config(base + "[kiosk]\nwidth = 5", "/"), ContainsSubstring("width"));
}

TEST_CASE("a whole-number setting given as a float or past 32 bits is refused, never cast") {
    // The fuzzer's find: toml++ casts 1e300 to an integer with undefined overflow, and a width of
    // 2^32 + 1280 narrowed to int would be a plausible 1280.
    const std::string base = "[storage]\ndatabase = \"a.db\"\nkey_file = \"/k/key\"\n";
    for (const char* setting : {"[kiosk]\nwidth = 1e300", "[kiosk]\nheight = -inf", "[kiosk]\nwidth = 1280.0",
                                "[kiosk]\nwidth = 4294968576", "[records]\nkeep_synced_days = 4294967303",
                                "[kiosk]\nagreement_idle_seconds = nan", "[coordinator]\nmissed_sessions_flag = 1e19"}) {
        CAPTURE(setting);
        CHECK_THROWS_AS(parse_config(base + setting, "/"), ConfigError);
    }
}

TEST_CASE("the missed sessions that flag a case are 3 unless the coordinator's settings say otherwise") {
    const std::string base = "[storage]\ndatabase = \"d/k.db\"\nkey_file = \"k/k.key\"\n";
    CHECK(parse_config(base, "/").missed_sessions_flag == 3);
    CHECK(parse_config(base + "[coordinator]\nmissed_sessions_flag = 5", "/").missed_sessions_flag == 5);
    for (const char* bad : {"0", "21", "-3"}) {
        CHECK_THROWS_WITH(parse_config(base + "[coordinator]\nmissed_sessions_flag = " + bad, "/"),
                          ContainsSubstring("coordinator.missed_sessions_flag"));
    }
    CHECK_THROWS_WITH(parse_config(base + "[coordinator]\nmissed_sessions_flag = \"three\"", "/"),
                      ContainsSubstring("wrong type"));
}

TEST_CASE("a missing configuration file is one clear error") {
    CHECK_THROWS_WITH(load_config("/nonexistent/kiosk.toml"), ContainsSubstring("cannot be read"));
}

TEST_CASE("the example configuration in config/ is valid") {
    const Config c = load_config(std::string(KIOSK_SOURCE_DIR) + "/config/kiosk.example.toml");
    CHECK(c.face == "family");
    CHECK(c.database_file.parent_path() != c.key_file.parent_path());
}

TEST_CASE("a venue may give its own list of interpretive words; a bad list is refused") {
    CHECK(parse_config(kGood, "/etc").interpretive_words.empty());
    const Config c = parse_config(std::string(kGood) + "\n[records]\ninterpretive_words = [\"bonded\", \"I reckon\"]\n", "/etc");
    CHECK(c.interpretive_words == std::vector<std::string>{"bonded", "I reckon"});
    CHECK_THROWS_AS(parse_config(std::string(kGood) + "\n[records]\ninterpretive_words = \"seemed\"\n", "/etc"), ConfigError);
    CHECK_THROWS_AS(parse_config(std::string(kGood) + "\n[records]\ninterpretive_words = [\"\"]\n", "/etc"), ConfigError);
}

TEST_CASE("the sync identity and TLS settings are read from [server]") {
    const std::string base = "[storage]\ndatabase = \"d/k.db\"\nkey_file = \"k/k.key\"\n";
    const Config c = parse_config(base + "[server]\nurl = \"https://sync.test\"\ndevice_id = \"lobby-1\"\n"
                                         "token_file = \"k/sync.token\"\nca_file = \"/etc/ca.crt\"\n"
                                         "pinned_keys = [\"sha256//AAAAAAAAAAAAAAAAAAAA=\", \"sha256//BBBBBBBBBBBBBBBBBBBB=\"]\n"
                                         "client_cert = \"k/dev.crt\"\nclient_key = \"k/dev.key\"\n",
                                  "/etc/ck");
    CHECK(c.device_id == "lobby-1");
    CHECK(c.token_file == "/etc/ck/k/sync.token");
    CHECK(c.ca_file == "/etc/ca.crt");
    REQUIRE(c.pinned_keys.size() == 2);
    CHECK(c.pinned_keys[1] == "sha256//BBBBBBBBBBBBBBBBBBBB=");
    CHECK(c.client_key == "/etc/ck/k/dev.key");
}

TEST_CASE("malformed pins and a client certificate without its key are refused") {
    const std::string base = "[storage]\ndatabase = \"d/k.db\"\nkey_file = \"k/k.key\"\n[server]\n";
    CHECK_THROWS_WITH(parse_config(base + "pinned_keys = [\"md5//abc\"]", "/"), ContainsSubstring("sha256//"));
    CHECK_THROWS_WITH(parse_config(base + "pinned_keys = \"sha256//AAAAAAAAAAAAAAAAAAAA=\"", "/"),
                      ContainsSubstring("list"));
    CHECK_THROWS_WITH(parse_config(base + "client_cert = \"c.crt\"", "/"), ContainsSubstring("client_key"));
}

TEST_CASE("the agreement's reading time before 'Are you still there?' comes from [kiosk]") {
    const std::string base = "[storage]\ndatabase = \"d/k.db\"\nkey_file = \"k/k.key\"\n";
    CHECK(parse_config(base, "/").agreement_idle_seconds == 180);
    CHECK(parse_config(base + "[kiosk]\nagreement_idle_seconds = 300", "/").agreement_idle_seconds == 300);
    CHECK_THROWS_WITH(parse_config(base + "[kiosk]\nagreement_idle_seconds = 10", "/"),
                      ContainsSubstring("agreement_idle_seconds"));
    CHECK(load_config(std::string(KIOSK_SOURCE_DIR) + "/config/kiosk.example.toml").agreement_idle_seconds == 180);
}
