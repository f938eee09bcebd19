// The coordinator face driven through the headless harness, as a coordinator would use it:
// referral -> risk assessment (a lower level refused without a reason) -> agreement version 2
// -> weekly sessions (a clash refused) -> three no-shows (flag + notices) -> deadlines board.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "kiosk/app/config.hpp"
#include "kiosk/app/coordinator/transition_service.hpp"
#include "kiosk/app/venue_info.hpp"
#include "kiosk/store/attendance_repository.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/placement_repository.hpp"
#include "kiosk/store/record_purge.hpp"
#include "kiosk/store/referral_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/ui/coordinator_fixture.hpp"

using Catch::Matchers::ContainsSubstring;
using namespace kiosk;
using namespace std::chrono_literals;

namespace {
struct CoordinatorFixture : testing::CoordinatorApp {
    core::Id referral = 0;
    core::Id alex = 0;

    CoordinatorFixture() {
        {
            store::WriteTransaction tx(store.db, "system:test", testing::kDemoNow);
            alex = store::StaffRepository(store.db).add(tx, {0, "Alex", core::Role::Coordinator, true}, "");
            referral = store::ReferralRepository(store.db).add(
                tx, {0, family.child, "Dana Okafor", "Mum asks for weekly contact.", testing::kDemoNow - 24h,
                     core::ReferralStatus::New});
            tx.commit();
        }
        open_coordinator(alex);
    }

    // The sample child placed three hours ago, chosen on the Transition screen.
    core::Id open_new_placement() {
        core::Id placement = 0;
        {
            store::WriteTransaction tx(store.db, "system:test", testing::kDemoNow);
            placement = store::PlacementRepository(store.db).add(tx, {0, family.child, testing::kDemoNow - 3h, 0});
            tx.commit();
        }
        h.tap("Transition", [this] { draw(); });
        h.tap(std::string(testing::kSampleChildName) + ", 7", [this] { draw(); });
        return placement;
    }
};
}  // namespace

TEST_CASE("a coordinator goes from referral to booked sessions, and missed sessions flag the case") {
    CoordinatorFixture f;
    auto draw = [&] { f.draw(); };
    CHECK_THAT(f.h.screen_text(draw), ContainsSubstring("New"));
    f.h.tap(std::string(testing::kSampleChildName) + ", 7", draw);
    CHECK_THAT(f.h.screen_text(draw), ContainsSubstring("Mum asks for weekly contact."));

    // Risk: drug misuse recommends supervised; choosing unsupervised needs a reason.
    f.h.tap("Assess risk", draw);
    f.h.tap("Drug or alcohol misuse", draw);
    f.app.coordinator()->risk_draft().history = 2;  // "Mixed", further down the form
    f.h.tap("Unsupervised", draw);
    f.h.tap("Save assessment", draw);
    CHECK_THAT(f.h.screen_text(draw), ContainsSubstring("needs a written reason. Nothing was saved."));
    CHECK_FALSE(store::ReferralRepository(f.store.db).latest_assessment(f.referral));
    f.h.tap("Supervised", draw);
    f.h.tap("Save assessment", draw);
    CHECK_THAT(f.h.screen_text(draw), ContainsSubstring("Saved at 10:05"));
    CHECK(store::ReferralRepository(f.store.db).latest_assessment(f.referral)->chosen_level ==
          core::SupervisionLevel::Supervised);

    // Agreement: the sample's version 1 is edited into version 2.
    f.h.tap("Back", draw);
    f.h.tap("Agreement", draw);
    f.h.tap("Save new version", draw);
    CHECK_THAT(f.h.screen_text(draw), ContainsSubstring("Saved as version 2"));

    // Schedule: six weekly sessions from tomorrow at 10:00; booking them again clashes.
    f.h.tap("Back", draw);
    f.h.tap("Book sessions", draw);
    REQUIRE(f.app.coordinator()->screen() == app::CoordinatorScreen::Schedule);
    f.h.tap("Book sessions", draw);
    CHECK_THAT(f.h.screen_text(draw), ContainsSubstring("Sessions booked: 6"));
    f.h.tap("Book sessions", draw);
    CHECK_THAT(f.h.screen_text(draw), ContainsSubstring("Nothing was booked."));
    CHECK(store::SessionRepository(f.store.db).of_child(f.family.child).size() == 7);

    // Three weeks on, three sessions were missed by Mum.
    f.clock.set(testing::kDemoNow + 24h * 15);
    for (int i = 0; i < 3; ++i) {
        f.h.tap("Missed", draw);
        f.h.frame(draw);  // the form settles: the booking pane's scrollbar goes a frame later
        f.h.tap("Who", draw);
        f.h.frame(draw);
        f.h.type_text("Mum", draw);
        f.h.tap("Why", draw);
        f.h.frame(draw);
        f.h.type_text("No answer on the phone.", draw);
        f.h.tap("Record it", draw);
        CHECK(f.app.coordinator()->schedule_draft().missed_session == 0);
    }
    CHECK_THAT(f.h.screen_text(draw), ContainsSubstring("Flagged for the social worker"));
    CHECK(store::AttendanceRepository(f.store.db).open_flags().size() == 1);
    CHECK(store::OutboxRepository(f.store.db).next_batch(10).size() == 3);

    f.h.tap("Deadlines", draw);
    CHECK_THAT(f.h.screen_text(draw), ContainsSubstring("Missed-session notice"));
}

TEST_CASE("the deadlines board shows a comfort call due today and an icebreaker overdue, with owners") {
    CoordinatorFixture f;
    {
        store::WriteTransaction tx(f.store.db, "system:test", testing::kDemoNow);
        store::PlacementRepository placements(f.store.db);
        placements.add(tx, {0, f.family.child, testing::kDemoNow - 20h, 0});
        placements.add(tx, {0, f.family.child, testing::kDemoNow - 24h * 9, f.family.worker});
        tx.commit();
    }
    auto draw = [&] { f.draw(); };
    f.h.tap("Deadlines (2)", draw);
    const std::string text = f.h.screen_text(draw);
    CHECK_THAT(text, ContainsSubstring("Overdue"));
    CHECK_THAT(text, ContainsSubstring("Due today"));
    CHECK_THAT(text, ContainsSubstring("Comfort call"));
    CHECK_THAT(text, ContainsSubstring("Icebreaker"));
    CHECK_THAT(text, ContainsSubstring("Jo"));
    CHECK_THAT(text, ContainsSubstring("Nobody yet"));
}

// Issue #16, item 8: [coordinator] missed_sessions_flag, here 2, read through the venue's settings.
TEST_CASE("the number of missed sessions that flags a case comes from the configuration") {
    CoordinatorFixture f;
    auto draw = [&] { f.draw(); };
    {
        // Yesterday's session too; today's 11:00 is the second.
        store::WriteTransaction tx(f.store.db, "system:test", testing::kDemoNow);
        auto yesterday = *store::SessionRepository(f.store.db).find(f.family.session);
        yesterday.starts_at -= 24h;
        yesterday.visit_code = "Y3STRD";
        yesterday.arrival_windows.clear();
        store::SessionRepository(f.store.db).add(tx, yesterday);
        tx.commit();
    }
    app::Config config = app::parse_config(
        "[storage]\ndatabase = \"d/k.db\"\nkey_file = \"k/k.key\"\n[coordinator]\nmissed_sessions_flag = 2\n", "/srv");
    const app::VenueInfo venue = app::load_venue_info(f.store.db, config);
    CHECK(venue.missed_sessions_flag == 2);
    f.app.open_coordinator(
        {f.store.db, f.clock, "Europe/London", f.alex, nullptr, {}, venue.missed_sessions_flag});
    f.clock.set(testing::kDemoNow + 3h);  // both sessions have started
    f.h.tap(std::string(testing::kSampleChildName) + ", 7", draw);
    f.h.tap("Book sessions", draw);
    for (int i = 0; i < 2; ++i) {
        CHECK_THAT(f.h.screen_text(draw), !ContainsSubstring("Flagged for the social worker"));
        f.h.tap("Missed", draw);
        f.h.frame(draw);
        f.h.tap("Who", draw);
        f.h.frame(draw);
        f.h.type_text("Mum", draw);
        f.h.tap("Why", draw);
        f.h.frame(draw);
        f.h.type_text("No answer on the phone.", draw);
        f.h.tap("Record it", draw);
    }
    CHECK_THAT(f.h.screen_text(draw), ContainsSubstring("Flagged for the social worker"));
    CHECK(store::AttendanceRepository(f.store.db).open_flags().size() == 1);
}

TEST_CASE("a comfort call recorded on the transition screen leaves the board") {
    CoordinatorFixture f;
    const core::Id placement = f.open_new_placement();
    auto draw = [&] { f.draw(); };
    f.h.tap("Save comfort call", draw);
    CHECK_THAT(f.h.screen_text(draw), ContainsSubstring("Name the person the child most needs to hear from."));
    auto& call = f.app.coordinator()->transition_draft().call;
    call.plan.critical_connection = "Mum";
    f.h.tap("The call took place", draw);
    REQUIRE(call.held);
    call.how_it_went = "Calm at first, then Dad was angry about the placement.";
    f.h.tap("Save comfort call", draw);
    CHECK_THAT(f.h.screen_text(draw), ContainsSubstring("Say who took part."));
    // Who was on the call, by role, as the QPI guide asks; then the call that became untenable.
    f.h.tap("The child", draw);
    f.h.tap("Parents", draw);
    f.h.tap("Carers", draw);
    f.h.tap("Carers", draw);  // a second tap takes them off again
    CHECK(call.participants == std::vector<std::string>{"child", "parents"});
    f.h.tap("It became too difficult and had to be ended", draw);
    f.h.tap("Save comfort call", draw);
    CHECK_THAT(f.h.screen_text(draw), ContainsSubstring("Say why the call could not go on."));
    CHECK_FALSE(store::PlacementRepository(f.store.db).comfort_call(placement));
    call.ended_reason = "Dad shouted; the child became upset.";
    f.h.tap("Ended calmly: we said again why we called, and that we hope to talk again", draw);  // it was not
    f.h.tap("Save comfort call", draw);
    const auto saved = store::PlacementRepository(f.store.db).comfort_call(placement);
    REQUIRE(saved);
    CHECK(saved->held);
    CHECK(saved->participants == std::vector<std::string>{"child", "parents"});
    CHECK(saved->ended_early);
    CHECK_FALSE(saved->ended_calmly);
    CHECK(saved->ended_reason == "Dad shouted; the child became upset.");
    // The social work team gets it in the new format (schema 2), with who took part and why.
    const auto queued = store::OutboxRepository(f.store.db).next_batch(10);
    REQUIRE(queued.size() == 1);
    CHECK(queued[0].schema == 2);
    CHECK_THAT(queued[0].payload, ContainsSubstring(R"("participants":["child","parents"])"));
    CHECK_THAT(queued[0].payload, ContainsSubstring(R"("ended_reason":"Dad shouted; the child became upset.")"));
    f.h.tap("Deadlines", draw);
    CHECK_THAT(f.h.screen_text(draw), !ContainsSubstring("Comfort call"));
}

TEST_CASE("an icebreaker says who facilitated it and who attended") {
    CoordinatorFixture f;
    const core::Id placement = f.open_new_placement();
    auto draw = [&] { f.draw(); };
    f.h.tap("Icebreaker", draw);
    auto& meeting = f.app.coordinator()->transition_draft().meeting;
    f.h.tap("The meeting took place", draw);
    meeting.routines = "Bath, story, lights out at seven.";
    f.h.tap("Save icebreaker", draw);
    const std::string refused = f.h.screen_text(draw);
    CHECK_THAT(refused, ContainsSubstring("Say who facilitated the meeting"));
    CHECK_THAT(refused, ContainsSubstring("Say who took part."));
    CHECK_FALSE(store::PlacementRepository(f.store.db).icebreaker(placement));
    // The two facilitators are the buttons under "Facilitated by"; parents and carers attend.
    f.h.tap("Foster care support worker", draw);
    CHECK(meeting.facilitated_by == std::vector<std::string>{"support_worker"});
    f.h.tap("Parents", draw);
    f.h.tap("Carers", draw);
    meeting.other_attendees = "A Polish interpreter";
    f.h.tap("Save icebreaker", draw);
    const auto saved = store::PlacementRepository(f.store.db).icebreaker(placement);
    REQUIRE(saved);
    CHECK(saved->facilitated_by == std::vector<std::string>{"support_worker"});
    CHECK(saved->attended == std::vector<std::string>{"parents", "carers"});
    CHECK(saved->other_attendees == "A Polish interpreter");
    const auto queued = store::OutboxRepository(f.store.db).next_batch(10);
    REQUIRE(queued.size() == 1);
    CHECK(queued[0].kind == "icebreaker");
    CHECK(queued[0].schema == 2);
    CHECK_THAT(queued[0].payload, ContainsSubstring(R"("facilitated_by":["support_worker"])"));
}

TEST_CASE("a comfort call whose notes went to the social work team is shown read-only, without its Save") {
    CoordinatorFixture f;
    const core::Id placement = f.open_new_placement();
    auto draw = [&] { f.draw(); };
    auto& call = f.app.coordinator()->transition_draft().call;
    call.plan.critical_connection = "Mum";
    call.plan.nap_and_feeding = "Nap at one";
    call.held = true;
    call.participants = {"child", "parents"};
    call.how_it_went = "Calm, smiled at Mum.";
    f.h.tap("Save comfort call", draw);
    CHECK_THAT(f.h.screen_text(draw), !ContainsSubstring("removed from this device"));

    // The server confirms the call; a week and a day later the purge after a sync takes its notes.
    {
        store::OutboxRepository outbox(f.store.db);
        const auto sent = outbox.next_batch(100);
        store::WriteTransaction tx(f.store.db, "sync", testing::kDemoNow);
        for (const auto& item : sent) {
            if (item.kind == "comfort_call") outbox.mark_sent(tx, item.uuid);
        }
        tx.commit();
    }
    {
        store::WriteTransaction tx(f.store.db, "sync", testing::kDemoNow);
        REQUIRE(store::purge_synced_records(tx, testing::kDemoNow + 1h) >= 1);
        tx.commit();
    }
    f.h.tap(std::string(testing::kSampleChildName) + ", 7", draw);
    f.h.tap("Comfort call", draw);
    const std::string text = f.h.screen_text(draw);
    // (The note wraps on screen.)
    CHECK_THAT(text, ContainsSubstring("The social work team has this call. Its conversation notes were removed"));
    CHECK_THAT(text, ContainsSubstring("this device (today 10:05)."));
    CHECK_THAT(text, !ContainsSubstring("Save comfort call"));
    CHECK(f.app.coordinator()->transition_draft().call.plan.nap_and_feeding == "Nap at one");

    // Saving through the service is refused too, and the device's copy stays as the purge left it.
    auto refused = f.app.coordinator()->transition_draft().call;
    refused.plan.critical_connection = "Grandad";
    refused.how_it_went = "Rewritten later";
    const auto problems = app::save_comfort_call({f.store.db, f.clock, "Europe/London", 1}, refused);
    CHECK(problems == std::vector{core::TransitionProblem::NotesRemoved});
    const auto kept = store::PlacementRepository(f.store.db).comfort_call(placement);
    REQUIRE(kept);
    CHECK(kept->how_it_went.empty());
    CHECK(kept->plan.critical_connection.empty());
}
