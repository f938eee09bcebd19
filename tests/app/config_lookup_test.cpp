// Where the kiosk finds its configuration and assets (docs/install.md): --config first, then
// /etc/contact-kiosk/kiosk.toml when it exists, then the built-in default; assets beside the
// executable when installed, else the source tree. The /etc case itself is exercised by the
// packaging test, which lays a kiosk.toml over /etc in a private mount namespace.
#include <catch2/catch_test_macros.hpp>

#include <filesystem>

#include "kiosk/app/config.hpp"

using namespace kiosk::app;
namespace fs = std::filesystem;

TEST_CASE("config lookup: --config wins, and the system file is /etc/contact-kiosk/kiosk.toml") {
    const auto given = choose_config("/srv/lobby.toml");
    CHECK(given.origin == ConfigOrigin::CommandLine);
    CHECK(given.file == "/srv/lobby.toml");
    CHECK(system_config_file() == "/etc/contact-kiosk/kiosk.toml");
    const auto fallback = choose_config("");
    if (fs::exists(system_config_file())) {
        CHECK(fallback.origin == ConfigOrigin::System);
        CHECK(fallback.file == system_config_file());
    } else {
        CHECK(fallback.origin == ConfigOrigin::BuiltIn);
        CHECK(fallback.file.empty());
    }
}

TEST_CASE("config lookup: a build without an installed share folder uses the source tree's assets") {
    // The test binary lives in build/bin; there is no build/share/contact-kiosk.
    CHECK(default_assets_dir() == fs::path{KIOSK_DEFAULT_ASSETS_DIR});
    CHECK(demo_config("/tmp/x").assets_dir == fs::path{KIOSK_DEFAULT_ASSETS_DIR});
    // A configuration without storage.assets gets the same.
    const auto c = parse_config("[storage]\ndatabase = \"db/k.db\"\nkey_file = \"keys/k.key\"\n", "/etc/contact-kiosk");
    CHECK(c.assets_dir == fs::path{KIOSK_DEFAULT_ASSETS_DIR});
}
