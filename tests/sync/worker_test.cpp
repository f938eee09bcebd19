#include <catch2/catch_test_macros.hpp>

#include <filesystem>
#include <thread>

#include "kiosk/app/sync/sync_status_text.hpp"
#include "kiosk/app/sync/sync_worker.hpp"
#include "tests/sync/sync_fixture.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using namespace std::chrono_literals;

namespace {
template <class Condition>
bool eventually(Condition condition, std::chrono::milliseconds within = 10s) {
    const auto until = std::chrono::steady_clock::now() + within;
    while (std::chrono::steady_clock::now() < until) {
        if (condition()) return true;
        std::this_thread::sleep_for(20ms);
    }
    return condition();
}

// The worker as it was before venues: the fast lane whenever it holds something, the rest when
// the coordinator asks.
app::SyncWorkerOptions fast_lane_only(std::chrono::milliseconds interval, app::SyncTuning tuning) {
    app::SyncWorkerOptions options;
    options.continuous = false;
    options.fast_lane_interval = interval;
    options.tuning = tuning;
    return options;
}
}  // namespace

TEST_CASE("the fast lane goes out in the background without a day's-end sync") {
    SyncFixture f;
    f.enqueue(4, "feedback");
    const auto alerts = f.enqueue(2, "alert", 100, /*fast_lane=*/true);
    app::SyncWorker worker(f.config, f.clock, fast_lane_only(50ms, SyncFixture::quick_tuning()));
    worker.start();
    CHECK(eventually([&] { return f.server_total() == 2; }));
    for (const auto& uuid : alerts) CHECK(f.server_store->copies_of(uuid) == 1);
    // The ordinary records wait for the coordinator.
    CHECK(eventually([&] { return f.outbox_counts().queued == 4; }));
    CHECK(f.server_total() == 2);
    worker.request_full_sync();
    CHECK(eventually([&] { return worker.last_summary().sent == 4; }));
    CHECK(eventually([&] { return !worker.progress().running; }));
    worker.stop();
    CHECK(worker.progress().records_done == 4);
    CHECK(f.outbox_counts().queued == 0);
}

TEST_CASE("stopping the worker cancels a sync that is waiting on a stalled server") {
    SyncFixture f;
    f.enqueue(1, "alert", 100, true);
    f.server->faults().add(sync::server::FaultStep::stall(8000ms));
    auto tuning = SyncFixture::quick_tuning();
    tuning.timeouts.low_speed_time = std::chrono::seconds{30};
    app::SyncWorker worker(f.config, f.clock, fast_lane_only(10ms, tuning));
    worker.start();
    CHECK(eventually([&] { return f.server->push_requests() == 1; }));
    const auto started = std::chrono::steady_clock::now();
    worker.stop();
    // Well before the 8 s stall ends: libcurl asks the progress callback about once a second;
    // the margin is for a loaded sanitizer build.
    CHECK(std::chrono::steady_clock::now() - started < 5s);
}

TEST_CASE("the status line shows what is unsent and when the last full sync was") {
    SyncFixture f;
    f.enqueue(3);
    const auto english = ui::Translator::load_folder(std::filesystem::path(KIOSK_DEFAULT_ASSETS_DIR) / "i18n");
    CHECK(app::sync_status_text(f.device.db, "Europe/London", english) == "3 unsent \u00b7 last sync never");
    REQUIRE(f.sync().problem.empty());
    CHECK(app::sync_status_text(f.device.db, "Europe/London", english) == "0 unsent \u00b7 last sync 10:05");
}
