// Issue #16 on the coordinator face: an agreement names a sibling and a call's platform, the
// referral keeps the family's language needs, and scheduling offers the worker the child had.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <algorithm>

#include "kiosk/app/coordinator/coordinator_controller.hpp"
#include "kiosk/store/agreement_repository.hpp"
#include "kiosk/store/referral_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "kiosk/core/calendar.hpp"
#include "tests/ui/coordinator_fixture.hpp"

using Catch::Matchers::ContainsSubstring;
using namespace kiosk;
using namespace std::chrono_literals;

namespace {
struct Desk : testing::CoordinatorApp {
    core::Id coordinator = 0;
    core::Id referral = 0;
    testing::SampleSiblings siblings = testing::add_sample_siblings(store.db, family);

    Desk() {
        store::WriteTransaction tx(store.db, "system:test", testing::kDemoNow);
        coordinator = store::StaffRepository(store.db).add(tx, {0, "Alex", core::Role::Coordinator, true}, "");
        referral = store::ReferralRepository(store.db)
                       .add(tx, {0, family.child, "Dana Okafor", "", testing::kDemoNow - 48h, core::ReferralStatus::Agreed, {}});
        tx.commit();
        open_coordinator(coordinator);
        app.coordinator()->select_referral(referral);
    }
    app::CoordinatorController& c() { return *app.coordinator(); }
    std::string text() {
        std::string words = h.screen_text([this] { draw(); });
        std::replace(words.begin(), words.end(), '\n', ' ');
        return words;
    }
    void tap(std::string_view label) { h.tap(label, [this] { draw(); }); }
};
}  // namespace

TEST_CASE("the agreement names a sibling with the same parent, and a call on a platform the carer starts") {
    Desk d;
    d.c().open(app::CoordinatorScreen::Agreement);
    CHECK_THAT(d.text(), ContainsSubstring("Brothers and sisters who come too"));
    CHECK_THAT(d.text(), ContainsSubstring(std::string{testing::kSiblingName} + ", 3"));
    auto& draft = d.c().agreement_draft();
    REQUIRE(draft.siblings.size() == 1);
    CHECK(draft.siblings[0]);  // version 2 names him already
    CHECK(draft.sibling_from[0] == 40);
    d.tap("Video or phone call");
    d.tap("WhatsApp");
    d.tap("The carer");
    d.tap("Save new version");
    CHECK_THAT(d.text(), ContainsSubstring("Saved as version 3"));
    const auto agreement = store::AgreementRepository(d.store.db).for_child(d.family.child);
    const auto v = store::AgreementRepository(d.store.db).latest_version(agreement->id);
    CHECK(v->version == 3);
    CHECK(v->arrangement.mode == core::ContactMode::Virtual);
    CHECK(v->arrangement.platform == "whatsapp");
    CHECK(v->arrangement.call_started_by == core::CallStarter::Carer);
    REQUIRE(v->siblings.size() == 1);
    CHECK(v->siblings[0].child_id == d.siblings.brother);
    CHECK(v->siblings[0].carer.leave_order == 3);

    // Contact in the community without a place, or a consistent adult without a name: refused.
    d.tap("In the community");
    d.tap("A consistent adult");
    d.tap("Save new version");
    const std::string refused = d.text();
    CHECK_THAT(refused, ContainsSubstring("Say where contact in the community takes place."));
    CHECK_THAT(refused, ContainsSubstring("Give the first name of the consistent adult who supervises."));
    CHECK(store::AgreementRepository(d.store.db).latest_version(agreement->id)->version == 3);
}

TEST_CASE("the referral keeps the family's language and interpreter, shown with the referral") {
    Desk d;
    d.c().open(app::CoordinatorScreen::Referrals);
    d.tap("Language needs");
    d.tap("Spanish");
    d.tap("An interpreter is needed");
    d.tap("Save language needs");
    const auto r = store::ReferralRepository(d.store.db).find(d.referral);
    CHECK(r->language.preferred == "es");
    CHECK(r->language.interpreter_needed);
    CHECK_THAT(d.text(), ContainsSubstring("Language: Spanish"));
    // Opened again, the form shows what is saved.
    d.tap("Language needs");
    CHECK(d.c().referral_form().language == 2);  // Spanish, after "not recorded" and English
    CHECK(d.c().referral_form().interpreter);
}

TEST_CASE("booking sessions offers the worker the child had before, unless they are busy then") {
    Desk d;
    core::Id sam = 0;
    {
        // The child met Jo last week (the sample session's worker is Jo); Sam is another worker.
        store::WriteTransaction tx(d.store.db, "system:test", testing::kDemoNow);
        sam = store::StaffRepository(d.store.db).add(tx, {0, "Sam", core::Role::Worker, true}, "");
        core::Session last = *store::SessionRepository(d.store.db).find(d.family.session);
        last.starts_at -= 7 * 24h;
        last.visit_code = "PQ3RTW";
        last.state = core::SessionState::Ended;
        store::SessionRepository(d.store.db).add(tx, last);
        tx.commit();
    }
    d.c().open(app::CoordinatorScreen::Schedule);
    d.c().schedule_draft().first_date = "2026-12-01";
    CHECK_THAT(d.text(), ContainsSubstring("Jo supervised " + std::string{testing::kSampleChildName} + "'s sessions before"));
    CHECK(d.c().schedule_draft().worker == 1);  // Jo, after "choose later", chosen for the coordinator

    // Jo is busy at that time on the 1st, and Sam was never the child's worker: nobody is offered.
    {
        store::WriteTransaction tx(d.store.db, "system:test", testing::kDemoNow);
        core::Session busy = *store::SessionRepository(d.store.db).find(d.family.session);
        busy.child_id = d.siblings.brother;
        busy.starts_at = core::local_to_utc("2026-12-01", 10, 0, "Europe/London");
        busy.visit_code = "PQ3RTX";
        busy.siblings.clear();
        store::SessionRepository(d.store.db).add(tx, busy);
        tx.commit();
    }
    d.c().data_changed();  // a booking made elsewhere, as the sync worker tells the face
    CHECK_THAT(d.text(), !ContainsSubstring("supervised"));
    // A worker the coordinator picks stays picked.
    d.tap("Sam");
    CHECK(d.c().schedule_draft().worker == 2);
    (void)sam;
}
