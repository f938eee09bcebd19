// `contact-kiosk enrol` as a coordinator runs it, against the real server over TLS: the
// first use of a token enrols and the device can then sync with nothing but its storage
// paths configured; a second use is refused with a clear sentence; the token is never printed.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <fstream>

#include "tests/security/run_command.hpp"
#include "tests/sync/sync_fixture.hpp"

using namespace kiosk::testing;
using Catch::Matchers::ContainsSubstring;

namespace {
std::string storage_only_config(const TestStore& t, const std::string& name) {
    const auto file = t.dir / name;
    std::ofstream out(file);
    out << "[storage]\ndatabase = \"" << t.database_file.string() << "\"\nkey_file = \"" << t.key_file.string()
        << "\"\n";
    return file.string();
}
}  // namespace

TEST_CASE("contact-kiosk enrol uses a one-time token once, and the enrolled device syncs") {
    SyncFixture f;
    const std::string token = f.server_store->issue_enrolment_token("lobby-9");
    const std::string config = storage_only_config(f.device, "enrol.toml");
    const std::string args = " --server " + f.config.server_url + " --token " + token + " --ca-file " +
                             f.config.ca_file.string();

    const auto first = run_kiosk("enrol --config " + config + args);
    CHECK(first.exit_code == 0);
    CHECK_THAT(first.output, ContainsSubstring("enrolled as lobby-9"));
    CHECK(first.output.find(token) == std::string::npos);

    const auto sync = run_kiosk("sync --config " + config);
    CHECK(sync.exit_code == 0);
    CHECK_THAT(sync.output, ContainsSubstring("still queued 0"));

    TestStore other;
    const auto again = run_kiosk("enrol --config " + storage_only_config(other, "other.toml") + args);
    CHECK(again.exit_code == 3);
    CHECK_THAT(again.output, ContainsSubstring("already been used"));
    CHECK(again.output.find(token) == std::string::npos);
}

TEST_CASE("contact-kiosk enrol refuses a server whose key does not match the pin, and writes nothing") {
    SyncFixture f;
    const std::string token = f.server_store->issue_enrolment_token("lobby-10");
    const std::string config = storage_only_config(f.device, "enrol.toml");
    const std::string common = " --server " + f.config.server_url + " --token " + token + " --ca-file " +
                               f.config.ca_file.string();

    const auto wrong = run_kiosk("enrol --config " + config + common + " --pin-sha256 '" + f.pin("backup.pin") + "'");
    CHECK(wrong.exit_code == 3);
    CHECK(wrong.output.find(token) == std::string::npos);
    CHECK_FALSE(std::filesystem::exists(f.device.dir / "keys" / "enrolment.json"));
    CHECK_FALSE(std::filesystem::exists(f.device.dir / "keys" / "device-signing.key"));

    // The token was not used up by the refused attempt: with the right pin it still works,
    // and the pin is kept for every later sync.
    const auto right = run_kiosk("enrol --config " + config + common + " --pin-sha256 '" + f.pin("server.pin") + "'");
    CHECK(right.exit_code == 0);
    CHECK_THAT(kiosk::testing::read_file_bytes(f.device.dir / "keys" / "enrolment.json"),
               ContainsSubstring(f.pin("server.pin")));
}
