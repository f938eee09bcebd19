// The coordinator's sync screen driving a real day's-end sync through the background worker
// against the reference server on 127.0.0.1 over TLS: the window keeps drawing while it runs,
// and the result appears when it is done.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <thread>

#include "kiosk/app/family/family_services.hpp"
#include "kiosk/app/shell/app_composition.hpp"
#include "kiosk/app/shell/kiosk_app.hpp"
#include "kiosk/app/sync/sync_worker.hpp"
#include "tests/harness/ui_harness.hpp"
#include "tests/sync/sync_fixture.hpp"

using Catch::Matchers::ContainsSubstring;
using namespace kiosk;
using namespace kiosk::testing;
using namespace std::chrono_literals;

namespace {
app::SyncWorkerOptions day_end_only() {
    app::SyncWorkerOptions options;
    options.continuous = false;
    options.fast_lane_interval = 60s;
    options.tuning = SyncFixture::quick_tuning();
    return options;
}

// The coordinator face on the fixture's device, open at the Sync screen, with its background
// worker running against the fixture's server.
struct SyncScreen {
    explicit SyncScreen(SyncFixture& f)
        : composed{h.ui(), {f.device.db, f.clock, {"Test Centre", "Europe/London", 0}, app::Face::Coordinator}},
          worker(f.config, f.clock, day_end_only()) {
        worker.start();
        kiosk.open_coordinator({f.device.db, f.clock, "Europe/London", 0, &worker});
        kiosk.coordinator()->open(app::CoordinatorScreen::Sync);
    }
    ~SyncScreen() { worker.stop(); }

    std::string text() { return h.screen_text([this] { kiosk.draw_frame(); }); }
    void tap(const std::string& label) { h.tap(label, [this] { kiosk.draw_frame(); }); }
    // The window keeps drawing while the worker runs; gives up after 15 s.
    std::string text_once_it_shows(const std::string& wanted) {
        std::string shown;
        const auto until = std::chrono::steady_clock::now() + 15s;
        while (std::chrono::steady_clock::now() < until) {
            shown = text();
            if (shown.find(wanted) != std::string::npos) break;
            std::this_thread::sleep_for(20ms);
        }
        return shown;
    }

    UiHarness h;
    app::ComposedApp composed;
    app::KioskApp& kiosk = composed.app();
    app::SyncWorker worker;
};
}  // namespace

TEST_CASE("the coordinator's sync button sends everything through the worker and shows the result") {
    SyncFixture f;
    f.enqueue(5, "feedback");
    f.enqueue(2, "check_in");
    SyncScreen screen(f);

    screen.tap("Staff");
    CHECK_THAT(screen.text(), ContainsSubstring("This device, last sync \u2014 never"));
    screen.tap("Sync");
    const std::string before = screen.text();
    CHECK_THAT(before, ContainsSubstring("7 unsent"));
    CHECK_THAT(before, !ContainsSubstring("No sync server"));
    screen.tap("Send and receive now");

    const std::string text = screen.text_once_it_shows("sent 7");
    CHECK_THAT(text, ContainsSubstring("sent 7 \u00b7 already there 0 \u00b7 refused 0 \u00b7 still waiting 0"));
    CHECK_THAT(text, ContainsSubstring("0 unsent \u00b7 last sync 10:05"));
    CHECK_THAT(text, ContainsSubstring("Nothing is waiting to be sent."));
    CHECK(f.server_total() == 7);
    // The Staff page's list of devices says the same.
    screen.tap("Staff");
    CHECK_THAT(screen.text(), ContainsSubstring("This device, last sync \u2014 today 10:05"));
}

TEST_CASE("a record the server refuses is listed on the sync screen with its reason in words") {
    SyncFixture f;
    f.enqueue(2, "feedback");
    f.enqueue(1, "horoscope");
    SyncScreen screen(f);
    screen.tap("Send and receive now");

    const std::string text = screen.text_once_it_shows("refused 1");
    CHECK_THAT(text, ContainsSubstring("sent 2 \u00b7 already there 0 \u00b7 refused 1 \u00b7 still waiting 0"));
    CHECK_THAT(text, ContainsSubstring("The server refused these records"));
    CHECK_THAT(text, ContainsSubstring("unknown record kind"));
    CHECK_THAT(text, ContainsSubstring("horoscope"));
}

TEST_CASE("while a sync runs, the screen shows how many records have gone, how much and how fast") {
    SyncFixture f;
    f.enqueue(600, "feedback");
    // The first batch of 500 goes through; the server asks the second to wait two seconds.
    f.server->faults().add(sync::server::FaultStep{sync::server::Fault::Pass});
    f.server->faults().add(sync::server::FaultStep::too_many_requests(2));
    SyncScreen screen(f);
    screen.tap("Send and receive now");

    const std::string waiting = screen.text_once_it_shows("500 of 600 records");
    CHECK_THAT(waiting, ContainsSubstring("500 of 600 records"));
    CHECK_THAT(waiting, ContainsSubstring(" KB sent \u00b7 "));
    CHECK_THAT(waiting, ContainsSubstring(" records a second"));
    const std::string done = screen.text_once_it_shows("sent 600");
    CHECK_THAT(done, ContainsSubstring("sent 600 \u00b7 already there 0"));
    CHECK_THAT(done, !ContainsSubstring("records a second"));
}
