// The coordinator's week actions (issue #15) in a venue (issue #13): what the coordinator does on
// their own device reaches the others through a real hub on 127.0.0.1, each device with its own
// database. A hand-over moves a tablet's draft to the worker it was handed to; a cancelled
// session's code is refused at the lobby and shows cancelled on the tablet's board; a closed
// referral, a session change's reason and a resolved case flag reach the other coordinator's
// device, and none of those reasons reaches a lobby or a tablet.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "kiosk/app/coordinator/case_service.hpp"
#include "kiosk/app/coordinator/record_desk_service.hpp"
#include "kiosk/app/coordinator/session_change_service.hpp"
#include "kiosk/app/records/record_service.hpp"
#include "kiosk/app/staff/today_board.hpp"
#include "kiosk/core/calendar.hpp"
#include "kiosk/core/check_in_rules.hpp"
#include "kiosk/store/attendance_repository.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/record_handover_repository.hpp"
#include "kiosk/store/referral_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/uuid_index.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/sync/hub_fixture.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using Catch::Matchers::ContainsSubstring;
using namespace std::chrono_literals;

namespace {

constexpr const char* kHandoverReason = "Jo is off sick with Zygmunt flu";  // must stay on the PC
constexpr const char* kCancelReason = "Mum is in hospital, Quillon ward";   // coordinators only

std::string uuid_of(HubDevice& d, store::Table table, core::Id id) { return store::UuidIndex(d.store.db).uuid_of(table, id); }

std::string text_of(HubDevice& d, const std::string& sql) {
    auto q = d.store.db.cached(sql);
    return q.step() ? q.text(0) : std::string{};
}

struct Coordinator {
    core::Id alex = 0;  // the coordinator
    core::Id sam = 0;   // a second worker
};

// Alex and Sam on the coordinator's PC, beside the sample family's worker (Jo).
Coordinator add_people(HubDevice& pc) {
    store::WriteTransaction tx(pc.store.db, "system:test", kDemoNow);
    store::StaffRepository staff(pc.store.db);
    Coordinator out;
    out.alex = staff.add(tx, {0, "Alex", core::Role::Coordinator, true}, "");
    out.sam = staff.add(tx, {0, "Sam", core::Role::Worker, true}, "");
    tx.commit();
    return out;
}

std::vector<std::string> queued(HubDevice& d, const std::string& kind) {
    std::vector<std::string> out;
    for (const auto& item : store::OutboxRepository(d.store.db).next_batch(100)) {
        if (item.kind == kind) out.push_back(item.uuid);
    }
    return out;
}

}  // namespace

TEST_CASE("a hand-over made on the coordinator's device moves the tablet's draft to the new holder through the hub", "[venue][week]") {
    HubFixture venue;
    auto& pc = venue.device("coord-1", "coordinator");
    auto& jos_tablet = venue.device("tablet-1", "tablet");
    auto& sams_tablet = venue.device("tablet-2", "tablet");
    const auto family = add_sample_family(pc.store.db);
    const auto people = add_people(pc);
    {
        // The visit happened: a record is owed.
        store::WriteTransaction tx(pc.store.db, "system:test", kDemoNow + 1h);
        store::SessionRepository sessions(pc.store.db);
        sessions.record_child_arrived(tx, family.session, "Helen");
        sessions.record_started(tx, family.session);
        sessions.record_ended(tx, family.session, "", "");
        tx.commit();
    }
    const std::string session = uuid_of(pc, store::Table::Sessions, family.session);
    const std::string jo = uuid_of(pc, store::Table::Staff, family.worker);
    const std::string sam = uuid_of(pc, store::Table::Staff, people.sam);
    for (HubDevice* d : {&pc, &jos_tablet, &sams_tablet}) REQUIRE(venue.sync(*d).problem.empty());

    // Jo starts the record on her tablet; it reaches the hub and the coordinator's PC.
    core::FixedClock later{kDemoNow + 2h};
    app::RecordService on_jos(jos_tablet.store.db, later);
    const core::Id jo_there = HubFixture::local_id(jos_tablet, "staff", jo);
    const core::Id draft = on_jos.open_draft(HubFixture::local_id(jos_tablet, "sessions", session), jo_there);
    on_jos.save_section(draft, jo_there, core::RecordSection::Interaction, "Jo's first lines");
    const std::string record = uuid_of(jos_tablet, store::Table::Records, draft);
    REQUIRE(venue.sync(jos_tablet).problem.empty());
    REQUIRE(venue.sync(pc).problem.empty());
    const core::Id on_pc = HubFixture::local_id(pc, "observation_records", record);
    REQUIRE(on_pc != 0);

    // The coordinator hands it to Sam on the PC.
    const app::CoordinatorContext ctx{pc.store.db, later, "Europe/London", people.alex};
    REQUIRE(app::hand_over_draft(ctx, on_pc, people.sam, kHandoverReason).empty());
    const auto notices = queued(pc, "record_handover");
    REQUIRE(notices.size() == 1);
    REQUIRE(venue.sync(pc).problem.empty());
    // One record tells the social work team and moves the draft: UUIDs and times, no reason.
    const std::string stored = venue.store->stored_payload(notices.front()).value_or("");
    CHECK_THAT(stored, ContainsSubstring(record));
    CHECK_THAT(stored, ContainsSubstring(sam));
    CHECK_THAT(stored, !ContainsSubstring("Zygmunt"));

    // Jo's tablet learns it: the audit row (without the reason), Sam holds it, Jo's copy is to read.
    REQUIRE(venue.sync(jos_tablet).problem.empty());
    CHECK(HubFixture::count(jos_tablet, "SELECT count(*) FROM record_handovers WHERE reason = ''") == 1);
    CHECK(store::RecordHandoverRepository(jos_tablet.store.db).holder(draft) ==
          HubFixture::local_id(jos_tablet, "staff", sam));
    CHECK(text_of(jos_tablet, "SELECT owner_device FROM observation_records WHERE id = " + std::to_string(draft)) == "*");
    CHECK_THROWS(on_jos.save_section(draft, jo_there, core::RecordSection::Interaction, "Jo again"));

    // Sam writes it on his own tablet; the hub takes his edit (his tablet owns the draft now) and
    // the coordinator's PC follows it. Jo's tablet keeps its copy to read.
    REQUIRE(venue.sync(sams_tablet).problem.empty());
    const core::Id on_sams = HubFixture::local_id(sams_tablet, "observation_records", record);
    REQUIRE(on_sams != 0);
    app::RecordService(sams_tablet.store.db, later)
        .save_section(on_sams, HubFixture::local_id(sams_tablet, "staff", sam), core::RecordSection::Interaction,
                      "Sam finishes it");
    REQUIRE(venue.sync(sams_tablet).problem.empty());
    REQUIRE(venue.sync(pc).problem.empty());
    CHECK(text_of(pc, "SELECT owner_device FROM observation_records WHERE id = " + std::to_string(on_pc)) == "tablet-2");
    CHECK(HubFixture::count(pc, "SELECT count(*) FROM record_sections WHERE text = 'Sam finishes it'") == 1);
    REQUIRE(venue.sync(jos_tablet).problem.empty());
    CHECK_THROWS(on_jos.save_section(draft, jo_there, core::RecordSection::Interaction, "Jo again"));
    // The PC holds the one hand-over it made, not a second from the hub.
    CHECK(HubFixture::count(pc, "SELECT count(*) FROM record_handovers") == 1);
}

TEST_CASE("a session cancelled on the coordinator's device is refused at the lobby and its reason stays with coordinators", "[venue][week]") {
    HubFixture venue;
    auto& pc = venue.device("coord-1", "coordinator");
    auto& other_pc = venue.device("coord-2", "coordinator");
    auto& lobby = venue.device("lobby-1", "lobby");
    auto& tablet = venue.device("tablet-1", "tablet");
    const auto family = add_sample_family(pc.store.db);
    const auto people = add_people(pc);
    const std::string session = uuid_of(pc, store::Table::Sessions, family.session);
    for (HubDevice* d : {&pc, &other_pc, &lobby, &tablet}) REQUIRE(venue.sync(*d).problem.empty());

    const auto day = core::local_day_bounds(kDemoNow, "Europe/London");
    const auto code_status = [&] {
        const auto found = store::SessionRepository(lobby.store.db).find_by_visit_code(kSampleVisitCode);
        REQUIRE(found);
        return core::check_visit_code(*found, true, kDemoNow, day);
    };
    REQUIRE(code_status() != core::CodeStatus::SessionCancelled);

    const app::CoordinatorContext ctx{pc.store.db, pc.clock, "Europe/London", people.alex};
    REQUIRE(app::cancel_session(ctx, family.session, kCancelReason).problems.empty());
    const auto notices = queued(pc, "session_cancelled");
    REQUIRE(notices.size() == 1);
    for (HubDevice* d : {&pc, &other_pc, &lobby, &tablet}) REQUIRE(venue.sync(*d).problem.empty());

    // The booking's state went with its snapshot: the lobby refuses the code, the board says so.
    CHECK(code_status() == core::CodeStatus::SessionCancelled);
    const auto board = app::build_today_board(tablet.store.db, kDemoNow);
    const core::Id on_tablet = HubFixture::local_id(tablet, "sessions", session);
    bool seen = false;
    for (const auto& s : board.sessions) {
        if (s.session_id != on_tablet) continue;
        seen = true;
        CHECK(s.stage == app::BoardStage::Cancelled);
    }
    CHECK(seen);
    // The notice, with its reason, sealed, reached the hub and the other coordinator's device.
    const std::string stored = venue.store->stored_payload(notices.front()).value_or("");
    CHECK_THAT(stored, ContainsSubstring(session));
    CHECK_THAT(stored, ContainsSubstring("Quillon"));
    CHECK_THAT(stored, !ContainsSubstring(kSampleVisitCode));
    CHECK(HubFixture::count(other_pc, "SELECT count(*) FROM session_changes WHERE kind = 'cancelled' AND reason = '" +
                                          std::string(kCancelReason) + "' AND session_id = " +
                                          std::to_string(HubFixture::local_id(other_pc, "sessions", session))) == 1);
    // Never to a lobby or a tablet.
    CHECK(HubFixture::count(lobby, "SELECT count(*) FROM session_changes") == 0);
    CHECK(HubFixture::count(tablet, "SELECT count(*) FROM session_changes") == 0);
}

TEST_CASE("a moved session and a closed referral and a resolved case flag reach the other coordinator's device", "[venue][week]") {
    HubFixture venue;
    auto& pc = venue.device("coord-1", "coordinator");
    auto& other_pc = venue.device("coord-2", "coordinator");
    auto& lobby = venue.device("lobby-1", "lobby");
    const auto family = add_sample_family(pc.store.db);
    const auto people = add_people(pc);
    core::Id referral = 0;
    core::Id flag = 0;
    {
        store::WriteTransaction tx(pc.store.db, "system:test", kDemoNow);
        referral = store::ReferralRepository(pc.store.db)
                       .add(tx, {0, family.child, "Dana Okafor", "Weekly contact.", kDemoNow - 24h,
                                 core::ReferralStatus::Agreed});
        flag = store::AttendanceRepository(pc.store.db).raise_flag(tx, family.child, "missed_run");
        tx.commit();
    }
    const std::string session = uuid_of(pc, store::Table::Sessions, family.session);
    const std::string referral_uuid = uuid_of(pc, store::Table::Referrals, referral);
    const std::string flag_uuid = uuid_of(pc, store::Table::CaseFlags, flag);
    for (HubDevice* d : {&pc, &other_pc, &lobby}) REQUIRE(venue.sync(*d).problem.empty());

    const app::CoordinatorContext ctx{pc.store.db, pc.clock, "Europe/London", people.alex};
    const auto move = app::move_session(ctx, family.session, "2026-12-01", 10, 0, "The room is flooded");
    REQUIRE(move.problems.empty());
    REQUIRE(move.clashes.empty());
    REQUIRE(app::resolve_case_flag(ctx, flag, "Talked it through with Mum").empty());
    REQUIRE(app::close_referral(ctx, referral, "The family moved away").problems.empty());
    const std::string new_session = uuid_of(pc, store::Table::Sessions, move.new_session_id);
    for (HubDevice* d : {&pc, &other_pc, &lobby}) REQUIRE(venue.sync(*d).problem.empty());

    // The lobby takes the new code and refuses the old one; the new one was cancelled with the
    // referral's closing, so it is refused too.
    const auto old_code = store::SessionRepository(lobby.store.db).find_by_visit_code(kSampleVisitCode);
    REQUIRE(old_code);
    CHECK(old_code->state == core::SessionState::Cancelled);
    const auto new_code = store::SessionRepository(lobby.store.db).find_by_visit_code(move.new_visit_code);
    REQUIRE(new_code);
    CHECK(new_code->state == core::SessionState::Cancelled);

    // The other coordinator's device: the move with its new session, the closure, the flag.
    const core::Id moved_there = HubFixture::local_id(other_pc, "sessions", session);
    const core::Id new_there = HubFixture::local_id(other_pc, "sessions", new_session);
    REQUIRE(new_there != 0);
    CHECK(HubFixture::count(other_pc, "SELECT count(*) FROM session_changes WHERE kind = 'moved' AND session_id = " +
                                          std::to_string(moved_there) + " AND new_session_id = " +
                                          std::to_string(new_there) + " AND reason = 'The room is flooded'") == 1);
    CHECK(HubFixture::count(other_pc, "SELECT count(*) FROM session_changes WHERE kind = 'cancelled' AND session_id = " +
                                          std::to_string(new_there)) == 1);
    const core::Id referral_there = HubFixture::local_id(other_pc, "referrals", referral_uuid);
    CHECK(text_of(other_pc, "SELECT status FROM referrals WHERE id = " + std::to_string(referral_there)) == "closed");
    CHECK(text_of(other_pc, "SELECT reason FROM referral_closures WHERE referral_id = " +
                                std::to_string(referral_there)) == "The family moved away");
    const core::Id flag_there = HubFixture::local_id(other_pc, "case_flags", flag_uuid);
    CHECK(text_of(other_pc, "SELECT resolution FROM case_flags WHERE resolved_at IS NOT NULL AND id = " +
                                std::to_string(flag_there)) == "Talked it through with Mum");
    CHECK(text_of(other_pc, "SELECT s.display_name FROM case_flags f JOIN staff s ON s.id = f.resolved_by WHERE f.id = " +
                                std::to_string(flag_there)) == "Alex");
    // Again: nothing twice, and the resolved flag stays as it is (v12's lock) through a second pull.
    for (HubDevice* d : {&pc, &other_pc}) REQUIRE(venue.sync(*d).problem.empty());
    CHECK(HubFixture::count(other_pc, "SELECT count(*) FROM session_changes") == 2);
    CHECK(HubFixture::count(other_pc, "SELECT count(*) FROM referral_closures") == 1);
    CHECK(HubFixture::count(lobby, "SELECT count(*) FROM referral_closures") == 0);
}
