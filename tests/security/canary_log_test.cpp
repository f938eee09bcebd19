// Personal data never reaches a log (item 7): the command-line flows run over a database full
// of canary names and words, and nothing they print (stdout and stderr, which is what a
// service manager's journal keeps) holds any of them.
#include <catch2/catch_test_macros.hpp>

#include <cstdlib>
#include <fstream>

#include "kiosk/store/write_transaction.hpp"
#include "tests/security/run_command.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/sync/sync_fixture.hpp"

using namespace kiosk;
using namespace kiosk::testing;

namespace {
// The sample family's names and address, and words only a record would hold.
const std::vector<std::string> kCanaries{kSampleChildName, "Quillfeather", "Marchbank", "Willow Lane", "Hughes",
                                          "Elm School", "Ottoline Brackenridge"};

void check_clean(const std::string& what, const std::string& output) {
    INFO(what << " printed: " << output);
    for (const auto& canary : kCanaries) CHECK(output.find(canary) == std::string::npos);
}
}  // namespace

TEST_CASE("no canary name appears in anything the command line prints") {
    SyncFixture f;
    add_sample_family(f.device.db);
    {
        // A safeguarding concern and a rejected record whose words are canaries.
        store::WriteTransaction tx(f.device.db, "staff:1", f.clock.now());
        tx.enqueue({.kind = "concern", .entity_id = 1,
                    .payload = sample_payload("concern", 1, "Ottoline Brackenridge said Marchbank hit her"),
                    .fast_lane = true});
        tx.enqueue({.kind = "horoscope", .entity_id = 2, .payload = R"({"schema":1,"text":"Quillfeather"})",
                    .fast_lane = false});
        tx.audit("test.canaries", "outbox", 0);
        tx.commit();
    }
    f.device.db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const std::string config = f.write_config_file().string();

    const auto sync = run_kiosk("sync --config " + config);
    CHECK(sync.exit_code == 0);  // the rejected record is settled, not queued
    check_clean("sync", sync.output);
    check_clean("audit verify", run_kiosk("audit verify --config " + config).output);
    check_clean("db check", run_kiosk("db check --config " + config).output);
    check_clean("db backup", run_kiosk("db backup --config " + config + " --out " + (f.device.dir / "b.db").string()).output);
    // A failing command prints its error, which must not quote data either.
    check_clean("backup over a file", run_kiosk("db backup --config " + config + " --out " + config).output);
    // Nothing the program wrote beside the database is readable text with a canary in it.
    for (const auto& entry : std::filesystem::recursive_directory_iterator(f.device.dir.path())) {
        if (!entry.is_regular_file() || entry.path().extension() == ".db" || entry.path().string().find("server") != std::string::npos) continue;
        check_clean(entry.path().filename().string(), read_file_bytes(entry.path()));
    }
}

// The window itself, on each face, over the canary database: whatever it prints while it
// starts, draws and closes holds no personal data. Needs a display: ctest runs it under
// xvfb-run ("canary_window_under_xvfb").
TEST_CASE("no canary name appears in anything the window prints, on any face", "[.][xvfb]") {
    if (std::getenv("DISPLAY") == nullptr) SKIP("no X display; run under xvfb-run");
    SyncFixture f;
    add_sample_family(f.device.db);
    f.device.db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const std::string config = f.write_config_file().string();
    for (const char* face : {"family", "staff", "coordinator"}) {
        const auto run = run_kiosk(std::string("run --config ") + config + " --face " + face + " --exit-after-frames 5");
        INFO("face " << face << " printed: " << run.output);
        CHECK(run.exit_code == 0);
        CHECK(run.output.find("first frame drawn") != std::string::npos);  // it really drew
        check_clean(face, run.output);
    }
}
