#pragma once
// The kiosk on a fresh test database with the sample family, for the coordinator face's tests:
// each fixture adds its own data, then signs its coordinator in with open_coordinator().
// Unlike FamilyFixture the clock stands still, so "Saved at 10:05" stays true.
#include "kiosk/app/family/family_services.hpp"
#include "kiosk/app/shell/kiosk_app.hpp"
#include "kiosk/app/shell/app_composition.hpp"
#include "tests/harness/ui_harness.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/support/test_store.hpp"

namespace kiosk::testing {

struct CoordinatorApp {
    TestStore store;
    SampleFamily family = add_sample_family(store.db);
    core::FixedClock clock{kDemoNow};
    UiHarness h;
    app::ComposedApp composed{h.ui(), {store.db, clock, {"Test Centre", "Europe/London", family.venue}, app::Face::Coordinator}};
    app::KioskApp& app = composed.app();
    app::FamilyServices& family_services = composed.family_services();

    void open_coordinator(core::Id coordinator) { app.open_coordinator({store.db, clock, "Europe/London", coordinator}); }
    void draw() { app.draw_frame(); }
};

}  // namespace kiosk::testing
