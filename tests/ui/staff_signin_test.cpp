// Staff sign-in through the screen: wrong PIN, lock-out, the idle lock, and no way from the
// lobby face to a staff screen.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "kiosk/app/sign_in_relay.hpp"
#include "tests/ui/staff_fixture.hpp"

using Catch::Matchers::ContainsSubstring;
using kiosk::app::StaffStep;
using kiosk::testing::StaffFixture;

TEST_CASE("staff sign-in: a wrong PIN is refused with a message, the right one opens the board") {
    StaffFixture f;
    CHECK_THAT(f.text(), ContainsSubstring("Tap your name"));
    f.sign_in("Jo", "111111");
    CHECK(f.staff().step() == StaffStep::SignIn);
    CHECK(f.staff().signed_in() == nullptr);
    CHECK_THAT(f.text(), ContainsSubstring("That PIN is not right. 9 tries left"));

    f.sign_in("Jo", kiosk::app::kDemoStaffPin);
    CHECK(f.staff().step() == StaffStep::Board);
    REQUIRE(f.staff().signed_in() != nullptr);
    CHECK(f.staff().signed_in()->member().display_name == "Jo");
    CHECK_THAT(f.text(), ContainsSubstring("Today"));
}

TEST_CASE("staff sign-in: ten wrong PINs lock the account, and then even the right PIN waits") {
    StaffFixture f;
    for (int attempt = 1; attempt <= 10; ++attempt) {
        f.sign_in("Jo", "999999");
        f.h.advance(61.0);  // past every slow-down wait, which caps at 60 s
    }
    CHECK_THAT(f.text(), ContainsSubstring("locked after 10 wrong PINs"));
    f.sign_in("Jo", kiosk::app::kDemoStaffPin);
    CHECK(f.staff().signed_in() == nullptr);
    CHECK_THAT(f.text(), ContainsSubstring("locked after 10 wrong PINs"));
}

TEST_CASE("staff face locks itself after 2 minutes without a touch and needs the PIN again") {
    StaffFixture f;
    f.sign_in_as_jo();
    REQUIRE(f.staff().step() == StaffStep::Board);
    f.h.advance(100.0);
    f.h.frame(f.draw);
    CHECK(f.staff().step() == StaffStep::Board);  // not yet
    f.h.tap("Records due", f.draw);              // a touch resets the two minutes
    f.h.advance(100.0);
    f.h.frame(f.draw);
    CHECK(f.staff().step() == StaffStep::Due);
    f.h.advance(21.0);
    f.h.frame(f.draw);
    CHECK(f.staff().step() == StaffStep::SignIn);
    CHECK(f.staff().signed_in() == nullptr);
    const std::string text = f.text();
    CHECK_THAT(text, ContainsSubstring("Locked after 2 minutes"));
    CHECK_THAT(text, ContainsSubstring("Enter your PIN"));
    CHECK_FALSE(f.h.has_item("Records due"));
}

TEST_CASE("the lobby face has no staff face and never shows a staff screen") {
    kiosk::testing::UiHarness h;
    kiosk::core::FixedClock clock{kiosk::testing::kDemoNow};
    kiosk::testing::TestStore store;
    kiosk::app::ComposedApp composed{h.ui(), {store.db, clock, {"Riverside Family Contact Centre", "Europe/London"}}};
    kiosk::app::KioskApp& app = composed.app();
    auto draw = [&] { app.draw_frame(); };
    CHECK(app.staff_face() == nullptr);
    const std::string text = h.screen_text(draw);
    CHECK_THAT(text, ContainsSubstring("Tap to check in"));
    CHECK_THAT(text, !ContainsSubstring("PIN"));
    CHECK_FALSE(app.next_wake().has_value());  // the attract screen waits for nobody
}

namespace {
// The venue hub's answer, as HubSignInRelay brings it: ten failures counted on other tablets.
class LockedAtTheHub final : public kiosk::app::SignInRelay {
public:
    explicit LockedAtTheHub(kiosk::core::Timestamp now) : now_(now) {}
    std::optional<kiosk::app::RemoteAttempt> report(const std::string&, bool) override {
        ++asked;
        return kiosk::app::RemoteAttempt{
            .accepted = false,
            .counters = {.failed_attempts = 10, .total_failures = 10, .locked_until = now_ + std::chrono::minutes{15},
                         .last_attempt_at = now_, .reset_at = {}}};
    }
    int asked = 0;

private:
    kiosk::core::Timestamp now_;
};
}  // namespace

TEST_CASE("staff sign-in asks the venue hub first: a right PIN the hub refuses does not sign in") {
    // The window gives the app its relay once the face is open (app::DeviceSync).
    StaffFixture f;
    LockedAtTheHub hub(f.clock.now());
    f.app.set_sign_in_relay(&hub);
    f.sign_in("Jo", kiosk::app::kDemoStaffPin);
    CHECK(hub.asked == 1);
    CHECK(f.staff().signed_in() == nullptr);
    CHECK_THAT(f.text(), ContainsSubstring("locked after 10 wrong PINs"));
    f.app.set_sign_in_relay(nullptr);
}
