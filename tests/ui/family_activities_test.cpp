// Activity ideas: they fit the child's age and the room, and skip what the family did lately.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>

#include "kiosk/store/session_activity_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/ui/family_fixture.hpp"

using kiosk::testing::FamilyFixture;
using namespace kiosk;
using namespace std::chrono_literals;

TEST_CASE("suggested activities fit the child's age and the room, and skip the last visits' ones") {
    FamilyFixture f;
    // Last week the family read aloud together (ages 2-8, needs books: a perfect fit otherwise).
    {
        core::Session last = *store::SessionRepository{f.store.db}.find(f.family.session);
        last.starts_at -= std::chrono::days{7};
        last.visit_code = "LLLLL3";
        last.state = core::SessionState::Ended;
        store::WriteTransaction tx(f.store.db, "system:test", testing::kDemoNow);
        const core::Id id = store::SessionRepository{f.store.db}.add(tx, last);
        store::SessionActivityRepository{f.store.db}.add(tx, id, "read_aloud");
        tx.commit();
    }
    f.on_time();
    f.enter_check_in_code("KT4MPX");
    f.tap("Mum — Sarah");
    f.tap("Continue");
    f.tap("I understand and agree");
    f.sign();
    f.tap("Done");
    REQUIRE(f.app.family().step() == app::FamilyStep::Activities);

    const auto view = f.app.family().activities_view();
    REQUIRE(view.activities.size() == 4);
    const std::vector<std::string> room{"floor_mats", "books"};  // the Blue Room
    const int age = 7;                                          // born 2019-03-14
    for (const auto& card : view.activities) {
        INFO(card.id);
        CHECK(card.id != "read_aloud");
        CHECK(card.min_age <= age);
        CHECK(card.max_age >= age);
        const auto& library = f.services.activity_library;
        const auto found = std::find_if(library.begin(), library.end(), [&](const auto& a) { return a.id == card.id; });
        REQUIRE(found != library.end());
        for (const auto& need : found->needs) CHECK(std::find(room.begin(), room.end(), need) != room.end());
    }
    // Calm and active ideas alternate, so there is something for every mood.
    CHECK(view.activities[0].calm != view.activities[1].calm);
}
