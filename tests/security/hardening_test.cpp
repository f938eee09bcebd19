// The process refuses core dumps (item 7); the start-up check refuses weakened cipher
// settings (item 5).
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <sys/prctl.h>

#include "kiosk/app/command_error.hpp"
#include "kiosk/app/open_store.hpp"
#include "kiosk/app/shell/process_hardening.hpp"
#include "tests/support/test_store.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using Catch::Matchers::ContainsSubstring;

TEST_CASE("after hardening the process is not dumpable and its core limit is zero") {
    REQUIRE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 1);  // a test binary starts dumpable
    CHECK(app::harden_process());
    CHECK(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0);
    CHECK(app::process_is_hardened());
}

TEST_CASE("opening the store refuses a database whose cipher settings are weaker than SQLCipher 4's") {
    TempDir dir;
    app::Config config = app::demo_config(dir.path());
    // A process-wide default, as a differently built SQLCipher or a stray pragma would give.
    {
        TestStore scratch;
        scratch.db.exec("PRAGMA cipher_default_kdf_iter = 64000");
    }
    try {
        app::open_store(config, kDemoNow, /*create_if_missing=*/true);
        FAIL("a weakened database was opened");
    } catch (const app::CommandError& error) {
        CHECK_THAT(error.what(), ContainsSubstring("weaker than SQLCipher 4"));
        CHECK_THAT(error.what(), ContainsSubstring("iteration"));
    }
    TestStore scratch;
    scratch.db.exec("PRAGMA cipher_default_kdf_iter = 256000");
    TempDir fresh;
    CHECK_NOTHROW(app::open_store(app::demo_config(fresh.path()), kDemoNow, true));
}
