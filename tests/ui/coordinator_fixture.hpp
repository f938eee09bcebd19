#pragma once
// The kiosk on a fresh test database with the sample family, for the coordinator face's tests:
// each fixture adds its own data, then signs its coordinator in with open_coordinator().
// Unlike FamilyFixture the clock stands still, so "Saved at 10:05" stays true.
#include "kiosk/app/family_services.hpp"
#include "kiosk/app/kiosk_app.hpp"
#include "tests/harness/ui_harness.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/support/test_store.hpp"

namespace kiosk::testing {

struct CoordinatorApp {
    TestStore store;
    SampleFamily family = add_sample_family(store.db);
    core::FixedClock clock{kDemoNow};
    UiHarness h;
    app::FamilyServices family_services = app::make_family_services(store.db, KIOSK_DEFAULT_ASSETS_DIR, "Europe/London");
    app::KioskApp app{h.ui(), {"Test Centre", "Europe/London", family.venue}, clock, "en", family_services};

    void open_coordinator(core::Id coordinator) { app.open_coordinator({store.db, clock, "Europe/London", coordinator}); }
    void draw() { app.draw_frame(); }
};

}  // namespace kiosk::testing
