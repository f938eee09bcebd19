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
