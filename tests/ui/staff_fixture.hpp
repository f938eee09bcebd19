#pragma once
// The staff face on the seeded demo data, driven through the real app glue and the headless
// harness. Shared by the staff UI tests.
#include <string>

#include "kiosk/app/demo/demo_seed.hpp"
#include "kiosk/app/family/family_services.hpp"
#include "kiosk/app/shell/kiosk_app.hpp"
#include "kiosk/app/shell/app_composition.hpp"
#include "kiosk/app/shell/staff_face.hpp"
#include "tests/harness/ui_harness.hpp"
#include "tests/support/test_store.hpp"

namespace kiosk::testing {

struct StaffFixture {
    TestStore store;
    core::FixedClock clock{kDemoNow};
    bool seeded = seed_today(store.db);  // before the staff face opens: it reads who can sign in
    UiHarness h;
    app::ComposedApp composed{h.ui(), {store.db, clock, {"Riverside Family Contact Centre", "Europe/London"}, app::Face::Staff}};
    app::KioskApp& app = composed.app();
    UiHarness::DrawFn draw = [this] { app.draw_frame(); };

    StaffFixture() { h.attach_clock(clock); }

    static bool seed_today(store::Database& db) {
        app::DemoSeedOptions seed;
        seed.today = kDemoNow;
        app::seed_demo(db, seed);
        return true;
    }

    app::StaffController& staff() { return app.staff_face()->controller(); }
    std::string text() { return h.screen_text(draw); }

    // Taps the name, then the PIN's digits on the keypad, then "Sign in".
    void sign_in(const std::string& name, const std::string& pin) {
        if (staff().signin_view().chosen == 0) h.tap(name, draw);
        for (const char digit : pin) h.tap(std::string(1, digit), draw);
        h.tap("Sign in", draw);
    }
    void sign_in_as_jo() { sign_in("Jo", app::kDemoStaffPin); }

    core::Id jo_id() {
        for (const auto& choice : staff().signin_view().roster) {
            if (choice.first_name == "Jo") return choice.staff_id;
        }
        return 0;
    }
    // Jo's first session today, as the board lists it.
    core::Id jos_first_session() {
        for (const auto& row : staff().board_view().rows) {
            if (row.worker_name == "Jo") return row.session_id;
        }
        return 0;
    }
    // Signs in, opens Jo's first session, the child arrives and the session starts: the
    // record screen is showing.
    void start_jos_session_and_open_record() {
        sign_in_as_jo();
        staff().handle(ui::BoardIntent{ui::OpenSession{jos_first_session()}});
        staff().handle(ui::SessionIntent{ui::BroughtByEdited{"Helen (carer)"}});
        staff().handle(ui::SessionIntent{ui::MarkChildArrived{}});
        staff().handle(ui::SessionIntent{ui::StartSession{}});
        h.tap("Write the record", draw);
    }
};

}  // namespace kiosk::testing
