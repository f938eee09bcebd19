// Issue #16 at the lobby: a sibling visit (ideas for every child's age, nothing about the
// siblings but their ages), a call's or a community session's code (nothing to check in here,
// and not a wrong guess), and the family's language from the referral.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "kiosk/store/check_in_repository.hpp"
#include "kiosk/store/lobby_lock_repository.hpp"
#include "kiosk/store/referral_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/ui/family_fixture.hpp"

using Catch::Matchers::ContainsSubstring;
using kiosk::app::FamilyStep;
using kiosk::testing::FamilyFixture;
using namespace kiosk;
using namespace std::chrono_literals;

namespace {
void add_referral_language(FamilyFixture& f, const core::LanguageNeeds& needs) {
    store::WriteTransaction tx(f.store.db, "system:test", testing::kDemoNow);
    store::ReferralRepository(f.store.db)
        .add(tx, {0, f.family.child, "Dana Okafor", "", testing::kDemoNow - 48h, core::ReferralStatus::Agreed, needs});
    tx.commit();
}
}  // namespace

TEST_CASE("a sibling visit at the lobby: ideas for every child's age, and the siblings stay unnamed") {
    FamilyFixture f;
    const auto siblings = testing::add_sample_siblings(f.store.db, f.family);
    f.clock.set(testing::kDemoNow + 230min);  // 13:55, in the family's window for 14:00
    f.enter_check_in_code(testing::kSiblingVisitCode);
    f.tap("Mum — Sarah");
    f.tap("Continue");
    REQUIRE(f.app.family().step() == FamilyStep::Agreement);
    f.tap("I understand and agree");
    f.sign();  // version 2 names the brother: a new version is signed once
    f.tap("Done");
    REQUIRE(f.app.family().step() == FamilyStep::Activities);

    const auto view = f.app.family().activities_view();
    CHECK(view.child_ages == std::vector<int>{3, 7});  // Peregrine is 3, Zephyrine 7
    const std::string words = f.text();
    CHECK_THAT(words, ContainsSubstring("for children aged 3 and 7"));
    for (const char* hidden : {testing::kSiblingName, testing::kSampleChildName, "Winsome", "Ravenscroft", "Heron Row",
                               "Sesame", "Inhaler"}) {
        CHECK_THAT(words, !ContainsSubstring(hidden));
    }
    for (const auto& card : view.activities) {
        for (const int age : card.for_ages) CHECK((age == 3 || age == 7));
    }
    CHECK(store::CheckInRepository(f.store.db).for_session(siblings.session).size() == 1);
}

TEST_CASE("a call's or a community session's code: nothing to check in, and no step towards a lock") {
    for (const bool community : {false, true}) {
        INFO((community ? "community" : "call"));
        FamilyFixture f;
        const auto call = testing::add_sample_call(f.store.db, f.family, community);
        const std::string code = store::SessionRepository(f.store.db).find(call.session)->visit_code;
        f.clock.set(testing::kDemoNow + 285min);  // 14:50, as for the call
        f.enter_check_in_code(code);
        CHECK(f.app.family().step() == FamilyStep::EnterCode);
        CHECK_THAT(f.text(), ContainsSubstring("there is nothing to check in here"));
        CHECK(store::LobbyLockRepository(f.store.db).load().consecutive_wrong == 0);
        CHECK(store::CheckInRepository(f.store.db).for_session(call.session).empty());
        // Four of them in a row still lock nothing: a real code is not a guess.
        for (int i = 0; i < 5; ++i) f.type_code(code);
        CHECK(f.app.family().step() == FamilyStep::EnterCode);
    }
}

TEST_CASE("the lobby goes on in the family's language from the referral, unless the person chose one") {
    SECTION("Spanish on the referral: the code switches the lobby to Spanish") {
        FamilyFixture f;
        add_referral_language(f, {"es", true});
        f.on_time();
        f.enter_check_in_code("KT4MPX");
        CHECK(f.app.family().language() == "es");
        CHECK_THAT(f.text(), ContainsSubstring(f.h.ui().text.catalog("es")->at("attendees.continue")));
        // Left alone, the screen is wiped for the next family, in the lobby's own language.
        f.clock.set(f.clock.now() + 2min);
        f.h.frame(f.draw);
        f.h.frame(f.draw);
        CHECK(f.app.family().step() == FamilyStep::Attract);
        CHECK(f.app.family().language() == "en");
    }
    SECTION("a person who picked Polish on the lobby keeps it") {
        FamilyFixture f;
        add_referral_language(f, {"es", false});
        f.on_time();
        f.tap("Polski");
        f.tap(f.h.ui().text.catalog("pl")->at("attract.tap_to_check_in"));
        f.type_code("KT4MPX");
        CHECK(f.app.family().language() == "pl");
    }
    SECTION("a language the lobby does not have leaves it as it is") {
        FamilyFixture f;
        add_referral_language(f, {"ur", true});
        f.on_time();
        f.enter_check_in_code("KT4MPX");
        CHECK(f.app.family().language() == "en");
    }
}
