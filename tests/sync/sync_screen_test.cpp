// The coordinator's sync screen driving a real day's-end sync through the background worker
// against the reference server on 127.0.0.1 over TLS: the window keeps drawing while it runs,
// and the result appears when it is done.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <thread>

#include "kiosk/app/family_services.hpp"
#include "kiosk/app/kiosk_app.hpp"
#include "kiosk/app/sync_worker.hpp"
#include "tests/harness/ui_harness.hpp"
#include "tests/sync/sync_fixture.hpp"

using Catch::Matchers::ContainsSubstring;
using namespace kiosk;
using namespace kiosk::testing;
using namespace std::chrono_literals;

TEST_CASE("the coordinator's sync button sends everything through the worker and shows the result") {
    SyncFixture f;
    f.enqueue(5, "feedback");
    f.enqueue(2, "check_in");
    UiHarness h;
    app::FamilyServices family = app::make_family_services(f.device.db, KIOSK_DEFAULT_ASSETS_DIR, "Europe/London");
    app::KioskApp kiosk{h.ui(), {"Test Centre", "Europe/London", 0}, f.clock, "en", family};
    app::SyncWorker worker(f.config, f.clock, app::SyncWorkerOptions{.fast_lane_interval = 60s, .tuning = SyncFixture::quick_tuning()});
    worker.start();
    kiosk.open_coordinator({f.device.db, f.clock, "Europe/London", 0, &worker});
    kiosk.coordinator()->open(app::CoordinatorScreen::Sync);
    auto draw = [&] { kiosk.draw_frame(); };

    const std::string before = h.screen_text(draw);
    CHECK_THAT(before, ContainsSubstring("7 unsent"));
    CHECK_THAT(before, !ContainsSubstring("No sync server"));
    h.tap("Send and receive now", draw);

    std::string text;
    const auto until = std::chrono::steady_clock::now() + 15s;
    while (std::chrono::steady_clock::now() < until) {
        text = h.screen_text(draw);  // the window keeps drawing while the worker runs
        if (text.find("sent 7") != std::string::npos) break;
        std::this_thread::sleep_for(20ms);
    }
    CHECK_THAT(text, ContainsSubstring("sent 7 \u00b7 already there 0 \u00b7 refused 0 \u00b7 still waiting 0"));
    CHECK_THAT(text, ContainsSubstring("0 unsent \u00b7 last sync 10:05"));
    CHECK_THAT(text, ContainsSubstring("Nothing is waiting to be sent."));
    CHECK(f.server_total() == 7);
    worker.stop();
}

TEST_CASE("a record the server refuses is listed on the sync screen with its reason in words") {
    SyncFixture f;
    f.enqueue(2, "feedback");
    f.enqueue(1, "horoscope");
    UiHarness h;
    app::FamilyServices family = app::make_family_services(f.device.db, KIOSK_DEFAULT_ASSETS_DIR, "Europe/London");
    app::KioskApp kiosk{h.ui(), {"Test Centre", "Europe/London", 0}, f.clock, "en", family};
    app::SyncWorker worker(f.config, f.clock, app::SyncWorkerOptions{.fast_lane_interval = 60s, .tuning = SyncFixture::quick_tuning()});
    worker.start();
    kiosk.open_coordinator({f.device.db, f.clock, "Europe/London", 0, &worker});
    kiosk.coordinator()->open(app::CoordinatorScreen::Sync);
    auto draw = [&] { kiosk.draw_frame(); };
    h.tap("Send and receive now", draw);

    std::string text;
    const auto until = std::chrono::steady_clock::now() + 15s;
    while (std::chrono::steady_clock::now() < until) {
        text = h.screen_text(draw);
        if (text.find("refused 1") != std::string::npos) break;
        std::this_thread::sleep_for(20ms);
    }
    CHECK_THAT(text, ContainsSubstring("sent 2 \u00b7 already there 0 \u00b7 refused 1 \u00b7 still waiting 0"));
    CHECK_THAT(text, ContainsSubstring("The server refused these records"));
    CHECK_THAT(text, ContainsSubstring("unknown record kind"));
    CHECK_THAT(text, ContainsSubstring("horoscope"));
    worker.stop();
}
