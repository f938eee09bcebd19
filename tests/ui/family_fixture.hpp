#pragma once
// A lobby terminal on a fresh test database with the sample family (a visit at 11:00, code
// KT4MPX, Mum "Sarah" approved, Uncle "Gareth" not), driven through the headless harness.
#include <algorithm>
#include <string>

#include "kiosk/app/family/family_services.hpp"
#include "kiosk/app/shell/app_composition.hpp"
#include "kiosk/app/shell/kiosk_app.hpp"
#include "kiosk/app/venue_info.hpp"
#include "tests/harness/ui_harness.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/support/test_store.hpp"

namespace kiosk::testing {

struct FamilyFixture {
    explicit FamilyFixture(const std::string& language = "en", int width = 1280, int height = 800)
        : h(width, height, language) {
        h.attach_clock(clock);
    }

    TestStore store;
    SampleFamily family = add_sample_family(store.db);
    core::FixedClock clock{kDemoNow};
    UiHarness h;
    app::ComposedApp composed{h.ui(), {store.db, clock, app::VenueInfo{"Test Centre", "Europe/London", family.venue},
                                       app::Face::Family, h.ui().text.language()}};
    app::KioskApp& app = composed.app();
    app::FamilyServices& services = composed.family_services();
    UiHarness::DrawFn draw = [this] { app.draw_frame(); };

    // 10:55, inside the family's arrival window (10:50 to 11:00, 15 minutes' grace).
    void on_time() { clock.set(kDemoNow + std::chrono::minutes{50}); }
    // The words on screen, with wrapped lines joined by spaces so sentences can be matched.
    std::string text() {
        std::string words = h.screen_text(draw);
        std::replace(words.begin(), words.end(), '\n', ' ');
        return words;
    }
    void tap(std::string_view label) { h.tap(label, draw); }
    // Types a code key by key on the on-screen keypad.
    void type_code(std::string_view code) {
        for (const char c : code) tap(std::string(1, c));
    }
    void enter_check_in_code(std::string_view code) {
        tap("Tap to check in");
        type_code(code);
    }
    // Signs across the middle of the pad with one long zig-zag.
    void sign() {
        const float w = static_cast<float>(ImGui::GetIO().DisplaySize.x);
        const float y = static_cast<float>(ImGui::GetIO().DisplaySize.y) * 0.6F;
        h.drag({w * 0.15F, y}, {w * 0.3F, y - 40.0F}, 4, draw);
        h.drag({w * 0.3F, y - 40.0F}, {w * 0.6F, y + 30.0F}, 6, draw);
    }
};

}  // namespace kiosk::testing
