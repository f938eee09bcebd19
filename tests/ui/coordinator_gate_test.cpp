// A coordinator terminal asks for a PIN first, opens the coordinator screens only for a
// coordinator, and goes back to the PIN after two minutes without a touch.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "kiosk/app/demo/demo_seed.hpp"
#include "kiosk/app/family/family_services.hpp"
#include "kiosk/app/shell/kiosk_app.hpp"
#include "kiosk/app/shell/app_composition.hpp"
#include "kiosk/app/shell/staff_face.hpp"
#include "kiosk/core/idle_lock.hpp"
#include "tests/harness/ui_harness.hpp"
#include "tests/support/test_store.hpp"
#include "tests/ui/staff_fixture.hpp"

using Catch::Matchers::ContainsSubstring;
using namespace kiosk;

namespace {
struct CoordinatorTerminal {
    testing::TestStore store;
    core::FixedClock clock{testing::kDemoNow};
    bool seeded = testing::StaffFixture::seed_today(store.db);  // before the face reads who can sign in
    testing::UiHarness h;
    app::ComposedApp composed{h.ui(), {store.db, clock, {"Riverside Family Contact Centre", "Europe/London"},
                                       app::Face::Coordinator}};
    app::KioskApp& app = composed.app();
    testing::UiHarness::DrawFn draw = [this] { app.draw_frame(); };

    CoordinatorTerminal() { h.attach_clock(clock); }
    void sign_in(const std::string& name, const std::string& pin) {
        h.frame(draw);
        if (h.has_item(name)) h.tap(name, draw);  // after a wrong PIN the keypad stays on this person
        for (const char digit : pin) h.tap(std::string(1, digit), draw);
        h.tap("Sign in", draw);
        h.frame(draw);  // the gate hands over on the frame after the PIN is accepted
    }
};
}  // namespace

TEST_CASE("the coordinator face starts at PIN sign-in and shows no coordinator screen before it") {
    CoordinatorTerminal t;
    const std::string text = t.h.screen_text(t.draw);
    CHECK_THAT(text, ContainsSubstring("Tap your name"));
    CHECK(t.app.coordinator() == nullptr);
    CHECK_FALSE(t.h.has_item("Referrals"));
}

TEST_CASE("a wrong PIN keeps the coordinator screens closed; the right one opens them") {
    CoordinatorTerminal t;
    t.sign_in("Alex", "111111");
    CHECK(t.app.coordinator() == nullptr);
    CHECK_THAT(t.h.screen_text(t.draw), ContainsSubstring("PIN is not right"));
    t.sign_in("Alex", app::kDemoStaffPin);
    REQUIRE(t.app.coordinator() != nullptr);
    CHECK(t.h.has_item("Referrals"));
}

TEST_CASE("a worker who signs in at the coordinator terminal gets the staff screens, not the coordinator's") {
    CoordinatorTerminal t;
    t.sign_in("Jo", app::kDemoStaffPin);
    CHECK(t.app.coordinator() == nullptr);
    REQUIRE(t.app.staff_face() != nullptr);
    CHECK(t.app.staff_face()->controller().signed_in() != nullptr);
}

TEST_CASE("two minutes without a touch lock the coordinator face back to the PIN") {
    CoordinatorTerminal t;
    t.sign_in("Alex", app::kDemoStaffPin);
    REQUIRE(t.app.coordinator() != nullptr);
    REQUIRE(t.app.next_wake().has_value());
    CHECK(*t.app.next_wake() == t.clock.now() + core::kStaffIdleLock);
    t.h.advance(60.0);
    t.h.tap("Referrals", t.draw);  // a touch restarts the two minutes
    t.h.advance(90.0);
    t.h.frame(t.draw);
    CHECK(t.app.coordinator() != nullptr);
    t.h.advance(121.0);
    t.h.frame(t.draw);
    CHECK(t.app.coordinator() == nullptr);
    CHECK_THAT(t.h.screen_text(t.draw), ContainsSubstring("Tap your name"));
}
