// `contact-kiosk audit verify` on a real database file that an insider edited with the key
// in hand: exit 1 and the number of the first row that no longer matches.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <fstream>

#include "tests/security/run_command.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/support/test_store.hpp"

using namespace kiosk::testing;
using Catch::Matchers::ContainsSubstring;

namespace {
std::string write_config(const TestStore& t) {
    const auto file = t.dir / "kiosk.toml";
    std::ofstream out(file);
    out << "[storage]\ndatabase = \"" << t.database_file.string() << "\"\nkey_file = \"" << t.key_file.string()
        << "\"\n";
    return file.string();
}
}  // namespace

TEST_CASE("audit verify exits 0 on a whole chain and 1 naming the first edited row") {
    TestStore t;
    add_sample_family(t.db);
    const std::string config = write_config(t);
    const auto whole = run_kiosk("audit verify --config " + config);
    CHECK(whole.exit_code == 0);
    CHECK_THAT(whole.output, ContainsSubstring("audit chain whole"));

    t.db.exec("DROP TRIGGER audit_log_no_update");
    t.db.exec("UPDATE audit_log SET detail = 'nothing to see' WHERE seq = 5");
    t.db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const auto broken = run_kiosk("audit verify --config " + config);
    CHECK(broken.exit_code == 1);
    CHECK_THAT(broken.output, ContainsSubstring("broken at row 5"));
}

TEST_CASE("audit verify names a deleted row's successor and the first of two swapped rows") {
    TestStore t;
    add_sample_family(t.db);
    const std::string config = write_config(t);
    t.db.exec("DROP TRIGGER audit_log_no_update");
    t.db.exec("UPDATE audit_log SET seq = -1 WHERE seq = 6");
    t.db.exec("UPDATE audit_log SET seq = 6 WHERE seq = 7");
    t.db.exec("UPDATE audit_log SET seq = 7 WHERE seq = -1");
    const auto swapped = run_kiosk("audit verify --config " + config);
    CHECK(swapped.exit_code == 1);
    CHECK_THAT(swapped.output, ContainsSubstring("broken at row 6"));
}
