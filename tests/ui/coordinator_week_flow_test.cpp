// A coordinator finishing the week on the coordinator face (issue #15, item 5), through the
// headless harness as they would tap it: open a deadline's record and hand the draft to another
// worker; open an unreviewed record from the sync screen, review it and add an addendum; find a
// past record; cancel and move sessions; resolve the case flag; close a referral; record a
// placement; deactivate a worker; write the page for the family into its folder.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <filesystem>
#include <fstream>

#include "kiosk/app/family/check_in_service.hpp"
#include "kiosk/app/records/record_service.hpp"
#include "kiosk/app/staff/today_board.hpp"
#include "kiosk/core/record_rules.hpp"
#include "kiosk/core/time.hpp"
#include "kiosk/store/attendance_repository.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/placement_repository.hpp"
#include "kiosk/store/record_repository.hpp"
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
const std::string kChild = testing::kSampleChildName;

struct WeekFixture : testing::CoordinatorApp {
    core::Id alex = 0;
    core::Id sam = 0;
    core::Id referral = 0;
    std::function<void()> paint = [this] { draw(); };

    WeekFixture() {
        store::WriteTransaction tx(store.db, "system:test", testing::kDemoNow);
        store::StaffRepository staff(store.db);
        alex = staff.add(tx, {0, "Alex", core::Role::Coordinator, true}, "");
        sam = staff.add(tx, {0, "Sam", core::Role::Worker, true}, "");
        referral = store::ReferralRepository(store.db).add(
            tx, {0, family.child, "Dana Okafor", "Weekly contact.", testing::kDemoNow - 24h, core::ReferralStatus::Agreed});
        tx.commit();
    }
    void sign_in() { app.open_coordinator({store.db, clock, "Europe/London", alex, nullptr, store.dir / "family-pages"}); }

    // The sample session (today 11:00-12:00) has ended; Jo has begun its record.
    core::Id jos_draft() {
        clock.set(testing::kDemoNow + 3h);
        {
            store::WriteTransaction tx(store.db, "system:test", clock.now());
            store::SessionRepository sessions(store.db);
            sessions.record_child_arrived(tx, family.session, "Helen");
            sessions.record_started(tx, family.session);
            sessions.record_ended(tx, family.session, "", "");
            tx.commit();
        }
        app::RecordService records(store.db, clock);
        const core::Id id = records.open_draft(family.session, family.worker);
        records.save_section(id, family.worker, core::RecordSection::Attendance, "Mum arrived on time.");
        return id;
    }
    core::Id jos_final_record() {
        const core::Id id = jos_draft();
        app::RecordService records(store.db, clock);
        for (const auto section : core::required_sections()) {
            if (section != core::RecordSection::Attendance) records.save_section(id, family.worker, section, "A calm visit.");
        }
        REQUIRE(records.finalize(id, family.worker).finalized);
        return id;
    }
    core::Id booked_next_week() {
        core::Session s = store::SessionRepository(store.db).find(family.session).value();
        s.id = 0;
        s.starts_at = testing::kDemoNow + 24h * 7;
        s.visit_code = "HJ4KMP";
        store::WriteTransaction tx(store.db, "system:test", testing::kDemoNow);
        const core::Id id = store::SessionRepository(store.db).add(tx, s);
        tx.commit();
        return id;
    }
    void type_into(const std::string& field, const std::string& words) {
        h.tap(field, paint);
        h.frame(paint);
        h.type_text(words, paint);
    }
    void to_schedule() {
        h.tap("Referrals", paint);
        h.tap(kChild + ", 7", paint);
        h.tap("Book sessions", paint);
        REQUIRE(app.coordinator()->screen() == app::CoordinatorScreen::Schedule);
    }
    std::string text() { return h.screen_text(paint); }
    // The `n`th (from 1) tappable item labelled `label` on screen, for rows that share a button's words.
    void tap_nth(const std::string& label, int n) {
        h.frame(paint);
        int seen = 0;
        for (const auto& item : h.items()) {
            if (item.label == label && ++seen == n) {
                h.tap_at(item.center(), paint);
                return;
            }
        }
        FAIL("no " << n << "th item labelled " << label);
    }
};
}  // namespace

TEST_CASE("a deadline row opens Jo's draft; the coordinator hands it to Sam, who finishes it, and the record shows who wrote what") {
    WeekFixture f;
    const core::Id record = f.jos_draft();
    f.sign_in();
    f.h.tap("Deadlines", f.paint);
    f.h.tap("Session record " + kChild, f.paint);
    REQUIRE(f.app.coordinator()->screen() == app::CoordinatorScreen::Record);
    CHECK_THAT(f.text(), ContainsSubstring("Draft, being written by Jo"));
    CHECK_THAT(f.text(), ContainsSubstring("Mum arrived on time."));

    f.h.tap("Hand over", f.paint);
    CHECK_THAT(f.text(), ContainsSubstring("Choose the worker who will finish it."));
    f.h.tap("Sam", f.paint);
    f.h.tap("Hand over", f.paint);
    CHECK_THAT(f.text(), ContainsSubstring("Write the reason first. Nothing was changed."));
    f.type_into("Why (stays on this device)", "Jo is off sick this week.");
    f.h.tap("Hand over", f.paint);
    CHECK_THAT(f.text(), ContainsSubstring("Handed over to Sam."));
    CHECK_THAT(f.text(), ContainsSubstring("Jo to Sam, by Alex. Jo is off sick this week."));

    // Sam's tablet: he writes the rest and signs it.
    app::RecordService tablet(f.store.db, f.clock);
    for (const auto section : core::required_sections()) {
        if (section != core::RecordSection::Attendance) tablet.save_section(record, f.sam, section, "Sam wrote this.");
    }
    REQUIRE(tablet.finalize(record, f.sam).finalized);
    f.app.coordinator()->data_changed();  // what the app does when its sync worker brought it here
    const std::string page = f.text();
    CHECK_THAT(page, ContainsSubstring("Final, signed by Sam"));  // the signer, not the author
    CHECK_THAT(page, ContainsSubstring("(Jo)"));   // the attendance
    CHECK_THAT(page, ContainsSubstring("(Sam)"));  // the rest
    f.h.tap("Back", f.paint);
    CHECK(f.app.coordinator()->screen() == app::CoordinatorScreen::Deadlines);
    CHECK_THAT(f.text(), !ContainsSubstring("Session record"));
}

TEST_CASE("an unreviewed record on the sync screen opens; it is marked reviewed and gets an addendum") {
    WeekFixture f;
    const core::Id record = f.jos_final_record();
    f.sign_in();
    f.h.tap("Sync", f.paint);
    f.h.tap("Not reviewed " + kChild, f.paint);
    REQUIRE(f.app.coordinator()->screen() == app::CoordinatorScreen::Record);
    CHECK_THAT(f.text(), ContainsSubstring("not reviewed yet"));
    f.h.tap("Mark reviewed", f.paint);
    CHECK_THAT(f.text(), ContainsSubstring("Marked reviewed."));
    CHECK_THAT(f.text(), ContainsSubstring("reviewed by Alex"));
    CHECK_FALSE(f.h.has_item("Mark reviewed"));

    f.type_into("A dated correction or addition (the record itself stays as it was signed)", "Mum's partner waited outside.");
    f.h.tap("Add addendum", f.paint);
    CHECK_THAT(f.text(), ContainsSubstring("Addendum added."));
    CHECK_THAT(f.text(), ContainsSubstring("Alex: Mum's partner waited outside."));
    const auto stored = store::RecordRepository(f.store.db).find(record);
    CHECK(stored->review);
    REQUIRE(stored->addenda.size() == 1);
    f.h.tap("Back", f.paint);
    CHECK(f.app.coordinator()->screen() == app::CoordinatorScreen::Sync);
    CHECK_THAT(f.text(), ContainsSubstring("Every final record has been reviewed"));
}

TEST_CASE("a past record is found by the child's name and the day, and opened") {
    WeekFixture f;
    f.jos_final_record();
    f.sign_in();
    f.h.tap("Records", f.paint);
    f.type_into("Child's first name", "zeph");
    f.type_into("Day (YYYY-MM-DD)", "23-11-2026");
    f.h.tap("Find", f.paint);
    CHECK_THAT(f.text(), ContainsSubstring("Write the day as 2026-11-16"));
    f.app.coordinator()->records_page().draft().day = "2026-11-23";
    f.h.tap("Find", f.paint);
    f.h.tap(kChild + " Mon 23 Nov 11:00", f.paint);
    REQUIRE(f.app.coordinator()->screen() == app::CoordinatorScreen::Record);
    CHECK_THAT(f.text(), ContainsSubstring("A calm visit."));
}

TEST_CASE("a session cancelled from the schedule: its code stops, the staff board shows it, a notice is queued") {
    WeekFixture f;
    f.sign_in();
    f.to_schedule();
    f.h.tap("Change", f.paint);  // today's 11:00, still to come
    f.h.tap("Cancel the session", f.paint);
    CHECK_THAT(f.text(), ContainsSubstring("Write the reason first."));
    f.type_into("Why (the social work team is told)", "The room flooded.");
    f.h.tap("Cancel the session", f.paint);
    CHECK_THAT(f.text(), ContainsSubstring("The session is cancelled."));
    const auto session = store::SessionRepository(f.store.db).find_by_visit_code(testing::kSampleVisitCode);
    CHECK(session->state == core::SessionState::Cancelled);
    CHECK(app::CheckInService(f.family_services).check_in_code(testing::kSampleVisitCode, testing::kDemoNow).status ==
          core::CodeStatus::SessionCancelled);
    const auto board = app::build_today_board(f.store.db, testing::kDemoNow);
    REQUIRE(board.sessions.size() == 1);
    CHECK(board.sessions[0].stage == app::BoardStage::Cancelled);
    CHECK(store::OutboxRepository(f.store.db).next_batch(10).back().kind == "session_cancelled");
}

TEST_CASE("a session moved from the schedule gets a new code at the new time") {
    WeekFixture f;
    const core::Id next = f.booked_next_week();
    f.sign_in();
    f.to_schedule();
    // Two sessions to come (today's 11:00 and next week's); the second "Change" is next week's.
    f.tap_nth("Change", 2);
    REQUIRE(f.app.coordinator()->schedule_draft().changing_session == next);
    f.h.tap("Move it", f.paint);
    CHECK(f.app.coordinator()->schedule_draft().move_date == "2026-12-07");  // a week on, same time
    CHECK(f.app.coordinator()->schedule_draft().move_hour == 10);  // booked for 10:05
    CHECK(f.app.coordinator()->schedule_draft().move_minute == 5);
    f.h.tap("+", f.paint);  // the new time's field, as when booking: a quarter of an hour later
    CHECK_THAT(f.text(), ContainsSubstring("{ 10:20 }"));
    f.type_into("Why (the social work team is told)", "Dad works on Mondays now.");
    f.h.tap("Move the session", f.paint);
    CHECK_THAT(f.text(), ContainsSubstring("The session is moved. Its new visit code is"));
    CHECK(store::SessionRepository(f.store.db).find(next)->state == core::SessionState::Cancelled);
    const auto sessions = store::SessionRepository(f.store.db).of_child(f.family.child);
    REQUIRE(sessions.size() == 3);
    CHECK(core::local_hhmm(sessions.back().starts_at, "Europe/London") == "10:20");
}

TEST_CASE("the missed-sessions flag is resolved on the schedule with the social worker's decision") {
    WeekFixture f;
    {
        store::WriteTransaction tx(f.store.db, "system:test", testing::kDemoNow);
        store::AttendanceRepository(f.store.db).raise_flag(tx, f.family.child, "missed_run");
        tx.commit();
    }
    f.sign_in();
    f.to_schedule();
    CHECK_THAT(f.text(), ContainsSubstring("Flagged for the social worker"));
    f.h.tap("Resolve", f.paint);
    f.type_into("The social worker's decision", "Carry on weekly; remind Mum the day before.");
    f.h.tap("Resolve the flag", f.paint);
    CHECK_THAT(f.text(), ContainsSubstring("The flag is resolved."));
    CHECK(store::AttendanceRepository(f.store.db).open_flags().empty());
    CHECK_THAT(f.text(), !ContainsSubstring("Flagged for the social worker"));
}

TEST_CASE("a referral is closed with its reason from the referral screen") {
    WeekFixture f;
    f.sign_in();
    f.h.tap(kChild + ", 7", f.paint);
    f.h.tap("Close referral", f.paint);
    f.type_into("Why it is closed", "The family moved away.");
    f.h.tap("Close the referral", f.paint);
    CHECK_THAT(f.text(), ContainsSubstring("The referral is closed. Sessions cancelled: 1."));
    CHECK_THAT(f.text(), ContainsSubstring("Closed today 10:05, Alex: The family moved away."));
    CHECK_FALSE(f.h.has_item("Close referral"));
    CHECK(store::ReferralRepository(f.store.db).find(f.referral)->status == core::ReferralStatus::Closed);
}

TEST_CASE("a placement recorded from the referral opens the transition screen with its comfort call due") {
    WeekFixture f;
    f.sign_in();
    f.h.tap("Transition", f.paint);
    CHECK_THAT(f.text(), ContainsSubstring("Record a new one from the child's referral."));
    f.h.tap("Referrals", f.paint);
    f.h.tap(kChild + ", 7", f.paint);
    f.h.tap("Record a placement", f.paint);
    f.app.coordinator()->referral_form().placed_hour = 8;  // placed at 08:00 this morning
    f.app.coordinator()->referral_form().placed_minute = 0;
    f.h.tap("Record the placement", f.paint);
    REQUIRE(f.app.coordinator()->screen() == app::CoordinatorScreen::Transition);
    const std::string text = f.text();
    CHECK_THAT(text, ContainsSubstring("Placement recorded. Plan the comfort call now."));
    CHECK_THAT(text, ContainsSubstring("Comfort call: Due tomorrow 08:00"));
    REQUIRE(store::PlacementRepository(f.store.db).all().size() == 1);
    f.h.tap("Deadlines", f.paint);
    CHECK_THAT(f.text(), ContainsSubstring("Icebreaker"));
    // Its deadline rows open the placement on the transition screen, at the part that is due.
    f.h.tap("Icebreaker " + kChild, f.paint);
    REQUIRE(f.app.coordinator()->screen() == app::CoordinatorScreen::Transition);
    CHECK(f.app.coordinator()->transition_draft().part == 1);
}

TEST_CASE("a worker deactivated on the staff screen shows as no longer active and their draft as needing a hand-over") {
    WeekFixture f;
    f.jos_draft();
    f.sign_in();
    f.h.tap("Staff", f.paint);
    f.h.tap("Deactivate", f.paint);  // Jo's: Alex, listed first, has none (nobody deactivates themself)
    CHECK_THAT(f.text(), ContainsSubstring("Jo can no longer sign in."));
    CHECK_THAT(f.text(), ContainsSubstring("No longer active"));
    CHECK_FALSE(store::StaffRepository(f.store.db).find(f.family.worker)->active);
    f.h.tap("Sync", f.paint);
    CHECK_THAT(f.text(), ContainsSubstring("Jo \u00b7 cannot sign in: needs a hand-over"));
    f.h.tap("Staff", f.paint);
    f.h.tap("Reactivate", f.paint);
    CHECK(store::StaffRepository(f.store.db).find(f.family.worker)->active);
}

TEST_CASE("Page for the family writes the agreement page into the configured folder and says where") {
    WeekFixture f;
    f.sign_in();
    f.h.tap(kChild + ", 7", f.paint);
    f.h.tap("Agreement", f.paint);
    f.h.tap("Page for the family", f.paint);
    const auto file = f.store.dir / "family-pages" / "agreement-1-v1.html";
    CHECK(std::filesystem::exists(file));
    CHECK_THAT(f.text(), ContainsSubstring("The page for the family is saved as"));
    CHECK_THAT(testing::read_file_bytes(file), ContainsSubstring(kChild));
}

TEST_CASE("Page for the family says in the coordinator's words which folder it cannot write into") {
    WeekFixture f;
    const auto blocked = f.store.dir / "not-a-folder";
    { std::ofstream(blocked) << "x"; }  // a file where the folder's parent should be
    f.app.open_coordinator({f.store.db, f.clock, "Europe/London", f.alex, nullptr, blocked / "pages"});
    f.h.tap(kChild + ", 7", f.paint);
    f.h.tap("Agreement", f.paint);
    f.h.tap("Page for the family", f.paint);
    CHECK_THAT(f.text(), ContainsSubstring("The page could not be saved: this folder cannot be made: " +
                                           (blocked / "pages").string() + "."));
}

TEST_CASE("the deadlines board and the header are kept between frames, and built again when news arrives from the venue") {
    WeekFixture f;
    f.clock.set(testing::kDemoNow + 3h);
    f.sign_in();
    f.h.tap("Deadlines", f.paint);
    CHECK_THAT(f.text(), !ContainsSubstring("Session record"));
    auto& coordinator = *f.app.coordinator();
    const auto built = coordinator.views_built();
    for (int i = 0; i < 5; ++i) f.h.frame(f.paint);
    CHECK(coordinator.views_built() == built);  // nothing changed: no frame read the database

    f.jos_draft();  // written on Jo's tablet, applied here by the sync worker (same minute)
    f.h.frame(f.paint);
    CHECK(coordinator.views_built() == built);
    coordinator.data_changed();  // what the app does when its worker applied a page
    CHECK_THAT(f.text(), ContainsSubstring("Session record"));
    CHECK(coordinator.views_built() > built);
}
