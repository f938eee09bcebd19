// `contact-kiosk enrol` as a coordinator runs it, against the real server over TLS: the
// first use of a token enrols and the device can then sync with nothing but its storage
// paths configured; a second use is refused with a clear sentence; the token is read from a
// 0600 file or standard input, never from the command line, and is never printed.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <fstream>

#include "tests/security/run_command.hpp"
#include "tests/sync/sync_fixture.hpp"

using namespace kiosk::testing;
using Catch::Matchers::ContainsSubstring;
namespace fs = std::filesystem;

namespace {
std::string storage_only_config(const TestStore& t, const std::string& name) {
    const auto file = t.dir / name;
    std::ofstream out(file);
    out << "[storage]\ndatabase = \"" << t.database_file.string() << "\"\nkey_file = \"" << t.key_file.string()
        << "\"\n";
    return file.string();
}

std::string issue(SyncFixture& f, const std::string& device) {
    return f.server_store->issue_enrolment_token({.device_id = device, .venue_id = SyncFixture::kVenue,
                                                  .role = kiosk::sync::DeviceRole::Lobby,
                                                  .valid_for = std::chrono::hours{24}});
}

// The token in a file only its owner reads, as a coordinator hands it over.
std::string token_file(const TestStore& t, const std::string& token) {
    const fs::path file = t.dir / "enrolment.token";
    std::ofstream(file) << token << '\n';
    fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace);
    return file.string();
}
}  // namespace

TEST_CASE("contact-kiosk enrol uses a one-time token once, and the enrolled device syncs") {
    SyncFixture f;
    const std::string token = issue(f, "lobby-9");
    const std::string config = storage_only_config(f.device, "enrol.toml");
    const std::string server = " --server " + f.config.server_url + " --ca-file " + f.config.ca_file.string();

    const auto first = run_kiosk("enrol --config " + config + server + " --token-file " + token_file(f.device, token));
    CHECK(first.exit_code == 0);
    CHECK_THAT(first.output, ContainsSubstring("enrolled as lobby-9 (lobby, venue 1)"));
    CHECK(first.output.find(token) == std::string::npos);

    const auto sync = run_kiosk("sync --config " + config);
    CHECK(sync.exit_code == 0);
    CHECK_THAT(sync.output, ContainsSubstring("still queued 0"));

    // The same token again, on standard input this time, from another device.
    TestStore other;
    const auto again = run_kiosk("enrol --config " + storage_only_config(other, "other.toml") + server + " < " +
                                 token_file(other, token));
    CHECK(again.exit_code == 3);
    CHECK_THAT(again.output, ContainsSubstring("already been used"));
    CHECK(again.output.find(token) == std::string::npos);
}

TEST_CASE("contact-kiosk enrol takes the token from standard input or a private file, never the command line") {
    SyncFixture f;
    const std::string token = issue(f, "lobby-11");
    const std::string config = storage_only_config(f.device, "enrol.toml");
    const std::string server = " --server " + f.config.server_url + " --ca-file " + f.config.ca_file.string();

    const auto on_argv = run_kiosk("enrol --config " + config + server + " --token " + token);
    CHECK(on_argv.exit_code == 3);
    CHECK_THAT(on_argv.output, ContainsSubstring("not taken on the command line"));
    CHECK(on_argv.output.find(token) == std::string::npos);

    const std::string file = token_file(f.device, token);
    fs::permissions(file, fs::perms::group_read | fs::perms::others_read, fs::perm_options::add);
    const auto readable = run_kiosk("enrol --config " + config + server + " --token-file " + file);
    CHECK(readable.exit_code == 3);
    CHECK_THAT(readable.output, ContainsSubstring("owner only"));
    CHECK_FALSE(fs::exists(f.device.dir / "keys" / "enrolment.json"));

    // Neither refusal used the token up: on standard input it enrols.
    const auto from_stdin = run_kiosk("enrol --config " + config + server + " < " + token_file(f.device, token));
    CHECK(from_stdin.exit_code == 0);
    CHECK_THAT(from_stdin.output, ContainsSubstring("enrolled as lobby-11"));
}

TEST_CASE("contact-kiosk enrol refuses a server whose key does not match the pin, and writes nothing") {
    SyncFixture f;
    const std::string token = issue(f, "lobby-10");
    const std::string config = storage_only_config(f.device, "enrol.toml");
    const std::string common = " --server " + f.config.server_url + " --token-file " + token_file(f.device, token) +
                               " --ca-file " + f.config.ca_file.string();

    const auto wrong = run_kiosk("enrol --config " + config + common + " --pin-sha256 '" + f.pin("backup.pin") + "'");
    CHECK(wrong.exit_code == 3);
    CHECK(wrong.output.find(token) == std::string::npos);
    CHECK_FALSE(fs::exists(f.device.dir / "keys" / "enrolment.json"));
    CHECK_FALSE(fs::exists(f.device.dir / "keys" / "device-signing.key"));

    // The token was not used up by the refused attempt: with the right pin it still works,
    // and the pin is kept for every later sync.
    const auto right = run_kiosk("enrol --config " + config + common + " --pin-sha256 '" + f.pin("server.pin") + "'");
    CHECK(right.exit_code == 0);
    CHECK_THAT(kiosk::testing::read_file_bytes(f.device.dir / "keys" / "enrolment.json"),
               ContainsSubstring(f.pin("server.pin")));
}
