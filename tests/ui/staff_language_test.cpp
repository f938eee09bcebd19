// The staff face's language (issue #15, item 7): the terminal's ([kiosk] language) until a
// worker picks their own beside the PIN keypad, which then follows them to every sign-in, on
// the staff face and the coordinator face alike.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "kiosk/app/demo/demo_seed.hpp"
#include "kiosk/app/family/family_services.hpp"
#include "kiosk/app/shell/app_composition.hpp"
#include "tests/ui/staff_fixture.hpp"
#include "kiosk/app/shell/kiosk_app.hpp"
#include "kiosk/app/shell/staff_face.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "tests/harness/ui_harness.hpp"
#include "tests/support/test_store.hpp"

using Catch::Matchers::ContainsSubstring;
using namespace kiosk;

namespace {

// A tablet whose configuration says Spanish, on the demo data.
struct SpanishTablet {
    testing::TestStore store;
    core::FixedClock clock{testing::kDemoNow};
    bool seeded = testing::StaffFixture::seed_today(store.db);  // before the face reads who can sign in
    testing::UiHarness h{1280, 800, "es"};
    app::Face face;
    app::ComposedApp composed{h.ui(), {store.db, clock, {"Riverside", "Europe/London"}, face, "es"}};
    app::KioskApp& app = composed.app();
    testing::UiHarness::DrawFn draw = [this] { app.draw_frame(); };

    explicit SpanishTablet(bool coordinator_face = false)
        : face(coordinator_face ? app::Face::Coordinator : app::Face::Staff) {}
    std::string text() { return h.screen_text(draw); }
    void pin() {
        for (const char* digit = app::kDemoStaffPin; *digit != '\0'; ++digit) h.tap(std::string(1, *digit), draw);
    }
    core::Id id_of(const std::string& name) {
        for (const auto& member : store::StaffRepository(store.db).all()) {
            if (member.display_name == name) return member.id;
        }
        return 0;
    }
};

}  // namespace

TEST_CASE("the staff face speaks the terminal's language; a worker's own choice follows them") {
    SpanishTablet t;
    CHECK_THAT(t.text(), ContainsSubstring(t.h.ui().text.tr("staff.signin.who")));
    CHECK(t.h.ui().text.language() == "es");

    t.h.tap("Jo", t.draw);
    t.h.tap("Polski", t.draw);  // beside the keypad
    CHECK(t.app.staff_face()->controller().language() == "pl");
    t.pin();
    t.h.tap("Zaloguj", t.draw);  // "Sign in", already in Polish
    REQUIRE(t.app.staff_face()->controller().signed_in() != nullptr);
    CHECK_THAT(t.text(), ContainsSubstring("Zablokuj"));  // the board in Polish ("Lock")
    CHECK(store::StaffRepository(t.store.db).find(t.id_of("Jo"))->language == "pl");

    // Locked: Jo's keypad stays in Polish; someone else starts in the terminal's language.
    t.h.tap("Zablokuj", t.draw);
    t.h.frame(t.draw);
    CHECK(t.h.ui().text.language() == "pl");
    t.h.tap("To nie ty? Wybierz swoje imię", t.draw);
    t.h.frame(t.draw);
    CHECK(t.h.ui().text.language() == "es");
    t.h.tap("Sam", t.draw);
    t.h.frame(t.draw);
    CHECK(t.h.ui().text.language() == "es");
    // Jo again, on any tablet: Polish as soon as her name is tapped.
    t.h.tap("¿No eres tú? Elige tu nombre", t.draw);
    t.h.tap("Jo", t.draw);
    t.h.frame(t.draw);
    CHECK(t.h.ui().text.language() == "pl");
}

TEST_CASE("a coordinator's own language is the coordinator face's") {
    SpanishTablet t{true};
    t.h.tap("Alex", t.draw);
    t.h.tap("English", t.draw);
    t.pin();
    t.h.tap("Sign in", t.draw);
    REQUIRE(t.app.coordinator() != nullptr);
    const std::string screen = t.text();
    CHECK_THAT(screen, ContainsSubstring("Referrals"));
    CHECK_THAT(screen, ContainsSubstring("Monday 23 November"));  // dates in English too
}
