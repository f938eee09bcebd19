// Visit codes at the lobby: refusals with their own calm sentence, and the wrong-code lock.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "kiosk/store/alert_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/venue_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/ui/family_fixture.hpp"

using Catch::Matchers::ContainsSubstring;
using kiosk::app::FamilyStep;
using kiosk::testing::FamilyFixture;
using namespace kiosk;
using namespace std::chrono_literals;

namespace {

// Another session of the sample family, changed by `change`, under `code`.
void add_session(FamilyFixture& f, const std::string& code, const std::function<void(core::Session&)>& change) {
    core::Session s = *store::SessionRepository{f.store.db}.find(f.family.session);
    s.visit_code = code;
    change(s);
    store::WriteTransaction tx(f.store.db, "system:test", testing::kDemoNow);
    store::SessionRepository{f.store.db}.add(tx, s);
    tx.commit();
}

}  // namespace

TEST_CASE("codes for another day, another venue, an ended or a cancelled visit are refused clearly") {
    FamilyFixture f;
    f.on_time();
    add_session(f, "DDDDD3", [](core::Session& s) { s.starts_at += std::chrono::days{1}; });
    add_session(f, "EEEEE3", [](core::Session& s) { s.state = core::SessionState::Ended; });
    add_session(f, "CCCCC3", [](core::Session& s) { s.state = core::SessionState::Cancelled; });
    core::Id other_room = 0;
    {
        store::WriteTransaction tx(f.store.db, "system:test", testing::kDemoNow);
        store::VenueRepository venues{f.store.db};
        const core::Id other_venue = venues.add_venue(tx, {0, "Hillside Centre", "Europe/London", ""});
        other_room = venues.add_room(tx, {0, other_venue, "Red Room", 4, {}});
        tx.commit();
    }
    add_session(f, "VVVVV3", [&](core::Session& s) { s.room_id = other_room; });

    struct Row {
        const char* code;
        const char* sentence;
    };
    const Row rows[] = {
        {"DDDDD3", "This code is for a visit on another day."},
        {"VVVVV3", "This code is for a visit at another centre."},
        {"EEEEE3", "This visit has already ended."},
        {"CCCCC3", "This visit has been cancelled."},
        {"AAAAAA", "That code did not work. Please check your invitation and try again."},
    };
    f.tap("Tap to check in");
    for (const Row& row : rows) {
        INFO(row.code);
        f.type_code(row.code);
        CHECK(f.app.family().step() == FamilyStep::EnterCode);
        CHECK_THAT(f.text(), ContainsSubstring(row.sentence));
        CHECK(f.app.family().code_view().typed.empty());  // ready to try again
        // A right code now and then keeps the count of wrong ones in a row below the lock.
        f.type_code("KT4MPX");
        REQUIRE(f.app.family().step() == FamilyStep::Attendees);
        f.tap("Start again");
        f.tap("Tap to check in");
    }
}

TEST_CASE("the keypad offers only the code alphabet, and Delete takes back one character") {
    FamilyFixture f;
    f.tap("Tap to check in");
    f.h.frame(f.draw);
    std::vector<std::string> keys;
    for (const auto& item : f.h.items()) keys.push_back(item.label);
    for (const char* look_alike : {"0", "O", "1", "I", "L", "2", "Z", "5", "S", "8", "B"}) {
        CHECK(std::find(keys.begin(), keys.end(), look_alike) == keys.end());
    }
    f.type_code("KT4");
    f.tap("Delete");
    CHECK(f.app.family().code_view().typed == "KT");
    // A character the keypad does not offer is refused even if it reaches the controller.
    f.app.family().handle(ui::CodeIntent{ui::TypeCodeCharacter{'O'}});
    CHECK(f.app.family().code_view().typed == "KT");
}

TEST_CASE("five wrong codes lock the keypad for two minutes, alert staff, and survive a restart") {
    FamilyFixture f;
    f.on_time();
    f.tap("Tap to check in");
    for (int i = 0; i < 4; ++i) f.type_code("AAAAAA");
    CHECK(f.app.family().step() == FamilyStep::EnterCode);
    CHECK(store::AlertRepository{f.store.db}.open_alerts().empty());
    f.type_code("AAAAAA");
    REQUIRE(f.app.family().step() == FamilyStep::Locked);
    const std::string text = f.text();
    CHECK_THAT(text, ContainsSubstring("Please wait a moment"));
    CHECK_THAT(text, ContainsSubstring("You can try again in 2 min."));
    const auto alerts = store::AlertRepository{f.store.db}.open_alerts();
    REQUIRE(alerts.size() == 1);
    CHECK(alerts[0].kind == core::AlertKind::RepeatedWrongCodes);

    // A new terminal on the reopened database (a restart) is still locked, even for a right code.
    store::Database reopened = f.store.open();
    app::ComposedApp composed{f.h.ui(), {reopened, f.clock, {"Test Centre", "Europe/London", f.family.venue}}};
    app::KioskApp& restarted = composed.app();
    auto draw = [&] { restarted.draw_frame(); };
    f.h.tap("Tap to check in", draw);
    CHECK(restarted.family().step() == app::FamilyStep::Locked);

    // Two minutes later the lobby opens again by itself, and the right code works.
    f.h.advance(120.0);
    f.h.frame(draw);
    CHECK(restarted.family().step() == app::FamilyStep::Attract);
    f.h.tap("Tap to check in", draw);
    for (const char c : std::string{"KT4MPX"}) f.h.tap(std::string(1, c), draw);
    CHECK(restarted.family().step() == app::FamilyStep::Attendees);
}
