// The services behind a coordinator's week (issue #15, item 5) on a real temporary store: hand a
// draft over, review and correct a record, find a past one, cancel and move a session, close a
// referral, resolve a case flag, deactivate a worker, record a placement, write the family page.
// Each refusal is checked to change nothing.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "kiosk/app/config.hpp"
#include "kiosk/app/coordinator/agreement_export.hpp"
#include "kiosk/app/coordinator/case_service.hpp"
#include "kiosk/app/coordinator/deadline_service.hpp"
#include "kiosk/app/coordinator/record_desk_service.hpp"
#include "kiosk/app/coordinator/session_change_service.hpp"
#include "kiosk/app/coordinator/staff_service.hpp"
#include "kiosk/app/coordinator/transition_service.hpp"
#include "kiosk/app/pin_hash.hpp"
#include "kiosk/app/staff/due_records.hpp"
#include "kiosk/app/records/record_service.hpp"
#include "kiosk/app/staff/sign_in_service.hpp"
#include "kiosk/app/staff_action_error.hpp"
#include "kiosk/core/calendar.hpp"
#include "kiosk/core/check_in_rules.hpp"
#include "kiosk/core/record_rules.hpp"
#include "kiosk/store/attendance_repository.hpp"
#include "kiosk/store/audit_log.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/referral_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/sync_readiness_query.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "kiosk/ui/i18n.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/support/test_store.hpp"

using namespace kiosk;
using namespace std::chrono_literals;
using Catch::Matchers::ContainsSubstring;
using testing::kDemoNow;

namespace {
struct Week {
    testing::TestStore store;
    testing::SampleFamily family = testing::add_sample_family(store.db);
    core::FixedClock clock{kDemoNow};
    core::Id alex = 0;
    core::Id sam = 0;
    core::Id referral = 0;
    app::CoordinatorContext ctx{store.db, clock, "Europe/London", 0};

    Week() {
        store::WriteTransaction tx(store.db, "system:test", kDemoNow);
        store::StaffRepository staff(store.db);
        alex = staff.add(tx, {0, "Alex", core::Role::Coordinator, true}, "");
        sam = staff.add(tx, {0, "Sam", core::Role::Worker, true}, app::hash_pin("246810"));
        referral = store::ReferralRepository(store.db).add(
            tx, {0, family.child, "Dana Okafor", "Weekly contact.", kDemoNow - 24h, core::ReferralStatus::Agreed});
        tx.commit();
        ctx.staff_id = alex;
    }

    std::int64_t queued(const std::string& kind) {
        std::int64_t n = 0;
        for (const auto& [k, count] : store::OutboxRepository(store.db).queued_by_kind()) {
            if (k == kind) n = count;
        }
        return n;
    }
    bool audited(const std::string& action) {
        for (const auto& row : store::AuditLog::latest(store.db, 50)) {
            if (row.entry.action == action) return true;
        }
        return false;
    }
    // Jo's draft of the sample session (which has ended by then), with the attendance written.
    core::Id jos_draft() {
        clock.set(kDemoNow + 2h);
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
    // A booked session of the sample child next week, at `hour`.
    core::Id booked_next_week(int hour, const char* code) {
        core::Session s = store::SessionRepository(store.db).find(family.session).value();
        s.id = 0;
        s.starts_at = core::local_to_utc("2026-11-30", hour, 0, "Europe/London");
        s.visit_code = code;
        store::WriteTransaction tx(store.db, "system:test", kDemoNow);
        const core::Id id = store::SessionRepository(store.db).add(tx, s);
        tx.commit();
        return id;
    }
};
}  // namespace

TEST_CASE("a draft handed to another worker is theirs to finish, with an audit row and a notice, and shows who wrote what") {
    Week w;
    const core::Id record = w.jos_draft();
    const auto before = store::AuditLog::count(w.store.db);

    // Refused: no reason; a coordinator cannot write it; it is Jo's already. Nothing changes.
    CHECK(app::hand_over_draft(w.ctx, record, w.sam, "  ") == std::vector{core::ActionProblem::ReasonMissing});
    CHECK(app::hand_over_draft(w.ctx, record, w.alex, "Jo is off sick") == std::vector{core::ActionProblem::CannotWrite});
    CHECK(app::hand_over_draft(w.ctx, record, w.family.worker, "Jo is off sick") ==
          std::vector{core::ActionProblem::SameHolder});
    CHECK(store::AuditLog::count(w.store.db) == before);

    REQUIRE(app::hand_over_draft(w.ctx, record, w.sam, "Jo is off sick this week").empty());
    CHECK(w.audited("record.handed_over"));
    CHECK(w.queued("record_handover") == 1);
    const auto owed = app::due_records(w.store.db, w.clock.now(), w.sam);
    REQUIRE(owed.size() == 1);
    CHECK(owed[0].record_id == record);

    // The tablet: Jo can no longer change it; Sam writes the rest and finalizes it.
    app::RecordService records(w.store.db, w.clock);
    CHECK_THROWS_AS(records.save_section(record, w.family.worker, core::RecordSection::Interaction, "x"), app::StaffActionError);
    for (const auto section : core::required_sections()) {
        if (section != core::RecordSection::Attendance) records.save_section(record, w.sam, section, "Written by Sam.");
    }
    records.add_timeline_entry(record, w.sam, "", "Played cards.");
    CHECK(records.finalize(record, w.sam).finalized);

    const auto desk = app::load_record_desk(w.ctx, record);
    REQUIRE(desk);
    CHECK(desk->record.author_id == w.family.worker);  // who started it stays its author
    REQUIRE(desk->handovers.size() == 1);
    CHECK(desk->handovers[0].reason == "Jo is off sick this week");
    bool jo_wrote_attendance = false;
    bool sam_wrote_interaction = false;
    for (const auto& writer : desk->writers) {
        jo_wrote_attendance |= writer.part == "attendance" && writer.staff_id == w.family.worker;
        sam_wrote_interaction |= writer.part == "interaction" && writer.staff_id == w.sam;
    }
    CHECK(jo_wrote_attendance);
    CHECK(sam_wrote_interaction);

    // A final record is not handed over, by the service or by SQL.
    CHECK(app::hand_over_draft(w.ctx, record, w.family.worker, "back again") == std::vector{core::ActionProblem::NotADraft});
    CHECK(testing::raw_sql_error(w.store.db, "INSERT INTO record_handovers (record_id, from_staff, to_staff, by_staff, at) "
                                             "VALUES (" + std::to_string(record) + ", 2, 1, 1, 0)") ==
          store::StoreErrorKind::Refused);
    CHECK(testing::raw_sql_error(w.store.db, "DELETE FROM record_writers") == store::StoreErrorKind::Refused);
    CHECK(store::AuditLog::verify(w.store.db).whole);
}

TEST_CASE("the coordinator reviews a final record once and adds addenda; a draft takes neither") {
    Week w;
    const core::Id record = w.jos_draft();
    CHECK(app::mark_record_reviewed(w.ctx, record) == app::DeskRefusal::WrongState);
    CHECK(app::add_record_addendum(w.ctx, record, "Too early") == app::DeskRefusal::WrongState);
    app::RecordService records(w.store.db, w.clock);
    for (const auto section : core::required_sections()) records.save_section(record, w.family.worker, section, "Fine.");
    REQUIRE(records.finalize(record, w.family.worker).finalized);

    CHECK(app::mark_record_reviewed(w.ctx, record) == app::DeskRefusal::None);
    CHECK(app::mark_record_reviewed(w.ctx, record) == app::DeskRefusal::WrongState);
    CHECK(app::add_record_addendum(w.ctx, record, "") == app::DeskRefusal::BadText);
    CHECK(app::add_record_addendum(w.ctx, record, "Mum's partner waited outside.") == app::DeskRefusal::None);
    const auto desk = app::load_record_desk(w.ctx, record);
    REQUIRE(desk->record.review);
    CHECK(desk->record.review->reviewed_by == w.alex);
    REQUIRE(desk->record.addenda.size() == 1);
    CHECK(desk->record.addenda[0].author_id == w.alex);
    CHECK(w.queued("record_review") == 1);
    CHECK(w.queued("record_addendum") == 1);
}

TEST_CASE("a past record is found by the start of the child's name and the day; wildcards are only letters") {
    Week w;
    const core::Id record = w.jos_draft();
    const auto by_name = app::search_records(w.ctx, "zeph", "");
    REQUIRE(by_name);
    REQUIRE(by_name->size() == 1);
    CHECK(by_name->front().record_id == record);
    CHECK(app::search_records(w.ctx, " Zephyrine ", "2026-11-23")->size() == 1);
    CHECK(app::search_records(w.ctx, "Zephyrine", "2026-11-22")->empty());
    CHECK(app::search_records(w.ctx, "%", "")->empty());
    CHECK(app::search_records(w.ctx, "_ephyrine", "")->empty());
    CHECK_FALSE(app::search_records(w.ctx, "Zephyrine", "23/11/2026"));
}

TEST_CASE("a cancelled session's code is refused at the lobby, its board stage changes and a notice is queued") {
    Week w;
    const core::Id session = w.booked_next_week(14, "HJ4KMP");
    CHECK(app::cancel_session(w.ctx, session, "").problems == std::vector{core::ActionProblem::ReasonMissing});
    CHECK(store::SessionRepository(w.store.db).find(session)->state == core::SessionState::Booked);

    REQUIRE(app::cancel_session(w.ctx, session, "The worker is on a course.").problems.empty());
    const auto cancelled = store::SessionRepository(w.store.db).find_by_visit_code("HJ4KMP");
    REQUIRE(cancelled);
    CHECK(cancelled->state == core::SessionState::Cancelled);
    const auto day = core::local_day_bounds(cancelled->starts_at, "Europe/London");
    CHECK(core::check_visit_code(*cancelled, true, cancelled->starts_at - 5min, day) == core::CodeStatus::SessionCancelled);
    CHECK(w.queued("session_cancelled") == 1);
    CHECK(w.audited("session.cancelled"));
    const auto notice = store::OutboxRepository(w.store.db).next_batch(10);
    REQUIRE_FALSE(notice.empty());
    CHECK(notice.back().kind == "session_cancelled");
    CHECK_THAT(notice.back().payload, !ContainsSubstring("HJ4KMP"));  // the family's key stays here
    CHECK_THAT(notice.back().payload, ContainsSubstring("\"schema\":2"));  // by UUID (issue #13); the server checks it

    // A session that has begun is recorded as missed, not cancelled.
    w.clock.set(kDemoNow + 1h);
    CHECK(app::cancel_session(w.ctx, w.family.session, "late").problems == std::vector{core::ActionProblem::AlreadyStarted});
}

TEST_CASE("a moved session gets a fresh code at the new time and the old code stops; a clash moves nothing") {
    Week w;
    const core::Id session = w.booked_next_week(14, "HJ4KMP");
    w.booked_next_week(16, "QX7RTW");
    const auto clash = app::move_session(w.ctx, session, "2026-11-30", 16, 30, "Dad works until three.");
    CHECK_FALSE(clash.clashes.empty());
    CHECK(store::SessionRepository(w.store.db).find(session)->state == core::SessionState::Booked);
    CHECK(app::move_session(w.ctx, session, "2026-11-20", 10, 0, "x").problems ==
          std::vector{core::ActionProblem::NewTimeInPast});

    const auto moved = app::move_session(w.ctx, session, "2026-12-01", 10, 0, "Dad works on Mondays now.");
    REQUIRE(moved.problems.empty());
    REQUIRE(moved.clashes.empty());
    store::SessionRepository sessions(w.store.db);
    CHECK(sessions.find(session)->state == core::SessionState::Cancelled);
    const auto fresh = sessions.find(moved.new_session_id);
    REQUIRE(fresh);
    CHECK(fresh->visit_code == moved.new_visit_code);
    CHECK(fresh->visit_code != "HJ4KMP");
    CHECK(core::local_hhmm(fresh->starts_at, "Europe/London") == "10:00");
    REQUIRE(fresh->arrival_windows.size() == 2);
    CHECK(fresh->arrival_windows[0].arrive_until <= fresh->starts_at);
    CHECK(w.queued("session_moved") == 1);
    const auto notice = store::OutboxRepository(w.store.db).next_batch(10);
    REQUIRE_FALSE(notice.empty());
    CHECK_THAT(notice.back().payload, !ContainsSubstring(moved.new_visit_code));  // the family's key stays here
}

TEST_CASE("closing a referral keeps the reason, cancels the booked sessions to come and tells the social work team") {
    Week w;
    const core::Id next = w.booked_next_week(14, "HJ4KMP");
    CHECK(app::close_referral(w.ctx, w.referral, "").problems == std::vector{core::ActionProblem::ReasonMissing});
    const auto closed = app::close_referral(w.ctx, w.referral, "Family moved out of the area.");
    REQUIRE(closed.problems.empty());
    CHECK(closed.sessions_cancelled == 2);  // today's 11:00 and next week's
    store::ReferralRepository referrals(w.store.db);
    CHECK(referrals.find(w.referral)->status == core::ReferralStatus::Closed);
    CHECK(referrals.closure(w.referral)->reason == "Family moved out of the area.");
    CHECK(store::SessionRepository(w.store.db).find(next)->state == core::SessionState::Cancelled);
    CHECK(w.queued("referral_closed") == 1);
    CHECK(w.queued("session_cancelled") == 2);
    CHECK(app::close_referral(w.ctx, w.referral, "again").problems == std::vector{core::ActionProblem::AlreadyClosed});
}

TEST_CASE("a case flag is resolved once with the social worker's decision, and then stays as it was") {
    Week w;
    core::Id flag = 0;
    {
        store::WriteTransaction tx(w.store.db, "system:test", kDemoNow);
        flag = store::AttendanceRepository(w.store.db).raise_flag(tx, w.family.child, "missed_run");
        tx.commit();
    }
    CHECK(app::resolve_case_flag(w.ctx, flag, " ") == std::vector{core::ActionProblem::ReasonMissing});
    CHECK(store::AttendanceRepository(w.store.db).open_flags().size() == 1);
    CHECK(app::resolve_case_flag(w.ctx, flag, "Social worker: carry on weekly, remind Mum the day before.").empty());
    CHECK(store::AttendanceRepository(w.store.db).open_flags().empty());
    CHECK(w.audited("case.flag_resolved"));
    CHECK_THROWS_AS(app::resolve_case_flag(w.ctx, flag, "twice"), store::StoreError);
    CHECK(testing::raw_sql_error(w.store.db, "UPDATE case_flags SET resolution = 'rewritten'") == store::StoreErrorKind::Refused);
}

TEST_CASE("a deactivated worker cannot sign in and their draft needs a hand-over; the last coordinator stays") {
    Week w;
    const core::Id record = w.jos_draft();
    CHECK(app::set_staff_active(w.ctx, w.alex, false) == std::vector{core::ActionProblem::Yourself, core::ActionProblem::LastCoordinator});
    REQUIRE(app::set_staff_active(w.ctx, w.sam, false).empty());
    CHECK(app::SignInService(w.store.db, w.clock).sign_in(w.sam, "246810").outcome == app::SignInOutcome::Unavailable);
    REQUIRE(app::set_staff_active(w.ctx, w.family.worker, false).empty());
    const auto drafts = store::draft_records(w.store.db);
    REQUIRE(drafts.size() == 1);
    CHECK(drafts[0].record_id == record);
    CHECK_FALSE(drafts[0].holder_active);
    bool flagged = false;
    for (const auto& d : app::deadlines_board(w.ctx)) flagged |= d.kind == core::DeadlineKind::Record && d.needs_handover;
    CHECK(flagged);
    // Sam comes back, and the draft goes to him.
    REQUIRE(app::set_staff_active(w.ctx, w.sam, true).empty());
    CHECK(app::SignInService(w.store.db, w.clock).sign_in(w.sam, "246810").outcome == app::SignInOutcome::SignedIn);
    REQUIRE(app::hand_over_draft(w.ctx, record, w.sam, "Jo has left the service").empty());
    CHECK(store::draft_records(w.store.db)[0].holder_active);
}

TEST_CASE("a placement recorded now starts its comfort call (24 h) and icebreaker (7 days) deadlines") {
    Week w;
    CHECK(app::create_placement(w.ctx, w.family.child, kDemoNow + 1h).problems ==
          std::vector{core::ActionProblem::PlacedInFuture});
    CHECK(app::create_placement(w.ctx, w.family.child, kDemoNow - 24h * 20).problems ==
          std::vector{core::ActionProblem::PlacedTooLongAgo});
    CHECK(app::deadlines_board(w.ctx).empty());
    const auto placed = app::create_placement(w.ctx, w.family.child, kDemoNow - 2h);
    REQUIRE(placed.problems.empty());
    int found = 0;
    for (const auto& d : app::deadlines_board(w.ctx)) {
        if (d.kind == core::DeadlineKind::ComfortCall) {
            CHECK(d.due == kDemoNow + 22h);
            ++found;
        }
        if (d.kind == core::DeadlineKind::Icebreaker) {
            CHECK(d.due > kDemoNow + 24h * 6);
            ++found;
        }
    }
    CHECK(found == 2);
}

TEST_CASE("the family page is written whole into its folder, readable by this account only, and a bad folder says so") {
    Week w;
    const auto ui = ui::Translator::load_folder(std::filesystem::path(KIOSK_SOURCE_DIR) / "assets/i18n");
    const auto folder = w.store.dir / "pages";
    const auto file = app::write_family_page(w.store.db, w.family.version, "Europe/London", ui, folder);
    CHECK(file.parent_path() == folder);
    const std::string html = testing::read_file_bytes(file);
    CHECK_THAT(html, ContainsSubstring(testing::kSampleChildName));
    CHECK_THAT(html, ContainsSubstring("</html>"));
    struct stat info {};
    REQUIRE(::stat(file.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    REQUIRE(::stat(folder.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0700);
    CHECK(file.filename().string().find(testing::kSampleChildName) == std::string::npos);

    // A file where the folder should be: one sentence, and nothing half-written left behind.
    const auto blocked = w.store.dir / "blocked";
    { std::ofstream(blocked) << "x"; }
    CHECK_THROWS_WITH(app::write_family_page(w.store.db, w.family.version, "Europe/London", ui, blocked / "pages"),
                      ContainsSubstring("cannot be made"));
    // The screen says why in the coordinator's language: a catalog key and the folder it names.
    try {
        app::write_family_page(w.store.db, w.family.version, "Europe/London", ui, blocked / "pages");
        FAIL("a page was written under a file");
    } catch (const app::FamilyPageError& failure) {
        CHECK(std::string(failure.key()) == "coord.family_page.folder_not_made");
        CHECK(failure.folder() == blocked / "pages");
    }
    CHECK_THROWS_AS(app::write_family_page(w.store.db, w.family.version, "Europe/London", ui, {}), std::runtime_error);
}

TEST_CASE("the family pages folder comes from [coordinator] family_pages, else beside the database's folder") {
    const std::string storage = "[storage]\ndatabase = \"data/db/kiosk.db\"\nkey_file = \"data/keys/kiosk.key\"\n";
    const auto by_default = app::parse_config(storage, "/srv/kiosk");
    CHECK(by_default.family_pages == std::filesystem::path("/srv/kiosk/data/family-pages"));
    const auto chosen = app::parse_config(storage + "[coordinator]\nfamily_pages = \"pages\"\n", "/srv/kiosk");
    CHECK(chosen.family_pages == std::filesystem::path("/srv/kiosk/pages"));
    CHECK(app::demo_config("/tmp/demo").family_pages == std::filesystem::path("/tmp/demo/family-pages"));
}
