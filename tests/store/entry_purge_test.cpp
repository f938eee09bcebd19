// The personal text of synced safeguarding concerns, check-ins, feedback, comfort calls and
// missed-session notices leaves the device after keep_synced_days (issue #6, item 3), as final
// records' text does (purge_test.cpp). Rows stay for what the lobby, the reviews and the staff
// board still read; nothing unconfirmed is touched.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <set>
#include <string>
#include <vector>

#include "kiosk/store/attendance_repository.hpp"
#include "kiosk/store/audit_log.hpp"
#include "kiosk/store/check_in_repository.hpp"
#include "kiosk/store/concern_repository.hpp"
#include "kiosk/store/feedback_repository.hpp"
#include "kiosk/store/migrations.hpp"
#include "kiosk/store/entry_purge.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/placement_repository.hpp"
#include "kiosk/store/record_purge.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/store_error.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/support/purge_helpers.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/support/test_store.hpp"

using namespace kiosk;
using namespace std::chrono_literals;
using kiosk::testing::kDemoNow;
using kiosk::testing::raw_sql_error;
using kiosk::testing::count;
using kiosk::testing::purge;
using kiosk::testing::TestStore;

namespace {
constexpr const char* kCanary = "Ottoline said Quillfeather";
// What a comfort call taught about the child's care: the staff board needs it at every session.
constexpr const char* kCareNote = "Brumblewick the rabbit at naps";

struct Entries {
    core::Id concern = 0;
    core::Id check_in = 0;
    core::Id feedback = 0;
    core::Id comfort_call = 0;
    core::Id missed = 0;
    core::Id placement = 0;
};

// The kinds and ids of `e`, as the outbox names them.
std::vector<std::pair<const char*, core::Id>> outbox_entries(const Entries& e) {
    return {{"concern", e.concern},          {"check_in", e.check_in},          {"feedback", e.feedback},
            {"comfort_call", e.comfort_call}, {"missed_session_notice", e.missed}};
}

// One of each, every text carrying the canary, each queued for the server as the services do.
Entries add_entries(store::Database& db, const kiosk::testing::SampleFamily& f) {
    const std::string payload = std::string(R"({"schema":1,"text":")") + kCanary + "\"}";
    store::WriteTransaction tx(db, "staff:1", kDemoNow);
    Entries e;
    e.concern = store::ConcernRepository(db).add(
        tx, {.session_id = f.session, .raised_by = f.worker, .raised_at = kDemoNow,
             .severity = core::ConcernSeverity::High, .text = kCanary},
        payload);
    e.check_in = store::CheckInRepository(db).add(
        tx, {0, f.session, f.mum, core::Party::Family, kDemoNow, true, 1, std::string("[[1,2]] ") + kCanary}, payload);
    e.feedback = store::FeedbackRepository(db).add(tx, {0, f.session, 5, 4, kCanary, false, kDemoNow, f.venue, "2026-11-23"}, payload);

    store::PlacementRepository placements(db);
    e.placement = placements.add(tx, {0, f.child, kDemoNow - 24h * 3, f.worker});
    core::ComfortCall call;
    call.placement_id = e.placement;
    call.plan = {.critical_connection = std::string("Aunt ") + kCanary, .platform = "phone",
                 .child_wants_to_say = kCanary, .family_wants_to_say = kCanary, .urgent_needs = "",
                 .comfort_item_and_routine = kCareNote, .allergies_and_medicines = "Peanuts",
                 .formula_or_baby_food = "", .nap_and_feeding = "Nap at one"};
    call.held = true;
    call.held_at = kDemoNow - 24h * 2;
    call.how_it_went = kCanary;
    call.participants = {"child", "parents"};
    call.ended_early = true;
    call.ended_reason = std::string("Dad shouted at ") + kCanary;  // conversation: purged like the rest
    call.recorded_by = f.worker;
    e.comfort_call = placements.save_comfort_call(tx, call);
    tx.enqueue({"comfort_call", e.comfort_call, payload, false});

    // A second session, yesterday, that the family missed.
    store::SessionRepository sessions(db);
    core::Session yesterday = *sessions.find(f.session);
    yesterday.id = 0;
    yesterday.starts_at -= 24h;
    yesterday.visit_code = "YB7QRT";
    yesterday.arrival_windows.clear();
    const core::Id missed_session = sessions.add(tx, yesterday);
    e.missed = store::AttendanceRepository(db).record_missed(
        tx, {0, missed_session, core::Attendance::NoShow, std::string("Mum, ") + kCanary, kCanary, f.worker, kDemoNow});
    tx.enqueue({"missed_session_notice", e.missed, payload, false});
    tx.commit();
    return e;
}

std::string uuid_of(store::Database& db, const std::string& kind, core::Id id) {
    auto q = db.cached("SELECT uuid FROM outbox WHERE kind = ? AND entity_id = ?");
    q.bind_all(kind, id);
    REQUIRE(q.step());
    return q.text(0);
}

void settle_all(store::Database& db, const Entries& e, core::Timestamp at, bool rejected) {
    store::OutboxRepository outbox(db);
    store::WriteTransaction tx(db, "sync", at);
    for (const auto& [kind, id] : outbox_entries(e)) {
        const std::string uuid = uuid_of(db, kind, id);
        if (rejected) {
            outbox.mark_rejected(tx, uuid, "refused");
        } else {
            outbox.mark_sent(tx, uuid);
        }
    }
    tx.commit();
}


// Every column of every table that holds the canary, as "table.column ", sorted.
std::string where_canary_is(store::Database& db) {
    std::vector<std::string> tables;
    {
        store::Statement s(db.handle(), "SELECT name FROM sqlite_master WHERE type = 'table'");
        while (s.step()) tables.push_back(s.text(0));
    }
    std::set<std::string> found;
    for (const std::string& table : tables) {
        std::vector<std::string> columns;
        {
            store::Statement s(db.handle(), "SELECT name FROM pragma_table_info('" + table + "')");
            while (s.step()) columns.push_back(s.text(0));
        }
        for (const std::string& column : columns) {
            store::Statement s(db.handle(), "SELECT count(*) FROM \"" + table + "\" WHERE CAST(\"" + column +
                                                "\" AS TEXT) LIKE '%Ottoline%'");
            s.step();
            if (s.int64(0) > 0) found.insert(table + "." + column);
        }
    }
    std::string out;
    for (const std::string& where : found) out += where + " ";
    return out;
}
}  // namespace

TEST_CASE("a concern, check-in, feedback, comfort call and missed-session notice synced more than "
          "keep_synced_days ago lose their text; the rows and the chain stay") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    const Entries e = add_entries(t.db, f);
    settle_all(t.db, e, kDemoNow + 1h, /*rejected=*/false);

    CHECK(purge(t.db, kDemoNow + 1h + 24h * 6, 7) == 0);  // six days: still here
    CHECK(where_canary_is(t.db) ==
          "check_ins.signature_strokes comfort_calls.child_wants_to_say comfort_calls.critical_connection "
          "comfort_calls.ended_reason comfort_calls.family_wants_to_say comfort_calls.how_it_went concerns.text feedback.comment "
          "missed_sessions.reason missed_sessions.who outbox_payloads.payload ");

    const core::Timestamp purged_at = kDemoNow + 1h + 24h * 8;
    CHECK(purge(t.db, purged_at, 7) >= 5);
    CHECK(where_canary_is(t.db).empty());  // the outbox copies went too
    CHECK(count(t.db, "SELECT count(*) FROM purged_entries") == 5);
    CHECK(store::entry_purged_at(t.db, "comfort_call", e.comfort_call) == purged_at);
    CHECK_FALSE(store::entry_purged_at(t.db, "comfort_call", e.comfort_call + 1));
    CHECK(count(t.db, "SELECT count(*) FROM concern_purge_permits") == 0);

    // What the lobby and the reviews read stays: the concern and its severity, who checked in
    // and that they signed this agreement version, the feedback faces.
    const auto concerns = store::ConcernRepository(t.db).for_session(f.session);
    REQUIRE(concerns.size() == 1);
    CHECK(concerns[0].severity == core::ConcernSeverity::High);
    CHECK(concerns[0].raised_by == f.worker);
    CHECK(concerns[0].text.empty());
    store::CheckInRepository check_ins(t.db);
    const auto arrived = check_ins.for_session(f.session);
    REQUIRE(arrived.size() == 1);
    CHECK(arrived[0].adult_id == f.mum);
    CHECK(arrived[0].signature_strokes.empty());
    CHECK(check_ins.has_confirmed_version(f.mum, f.version));
    const auto feedback = store::FeedbackRepository(t.db).for_session(f.session);
    REQUIRE(feedback.size() == 1);
    CHECK(feedback[0].child_face == 5);
    CHECK(feedback[0].adult_face == 4);
    CHECK(feedback[0].comment.empty());
    // The comfort call keeps what the staff board shows at every session, and that it was held.
    store::PlacementRepository placements(t.db);
    const auto call = placements.comfort_call(e.placement);
    REQUIRE(call);
    CHECK(call->held);
    CHECK(call->plan.comfort_item_and_routine == kCareNote);
    CHECK(call->plan.allergies_and_medicines == "Peanuts");
    CHECK(call->plan.nap_and_feeding == "Nap at one");
    CHECK(call->plan.platform == "phone");
    CHECK(call->how_it_went.empty());
    CHECK(call->ended_reason.empty());
    CHECK(call->ended_early);  // that it had to be ended stays, and who was on it (roles, no names)
    CHECK(call->participants == std::vector<std::string>{"child", "parents"});
    CHECK(placements.transition_notes(f.child).comfort_item_and_routine == kCareNote);
    // The missed session still counts towards a run of missed sessions.
    CHECK(count(t.db, "SELECT count(*) FROM missed_sessions WHERE kind = 'no_show' AND who = '' AND reason = ''") == 1);

    // One audit row per entry, saying what went; the chain is whole.
    for (const char* action : {"concern.purged", "check_in.purged", "feedback.purged", "comfort_call.purged",
                               "missed_session_notice.purged"}) {
        INFO(action);
        CHECK(count(t.db, std::string("SELECT count(*) FROM audit_log WHERE action = '") + action + "'") == 1);
    }
    CHECK(store::AuditLog::verify(t.db).whole);
    // A second purge finds nothing more to do.
    CHECK(purge(t.db, kDemoNow + 24h * 30, 7) == 0);
}

TEST_CASE("concerns, check-ins, feedback, comfort calls and missed-session notices that are queued, rejected or "
          "sent lately keep their text") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    const Entries e = add_entries(t.db, f);
    const std::string state = GENERATE("queued", "rejected", "sent six days ago");
    INFO(state);
    core::Timestamp purge_at = kDemoNow + 24h * 365;
    int keep_days = 0;
    if (state == "rejected") settle_all(t.db, e, kDemoNow + 1h, /*rejected=*/true);
    if (state == "sent six days ago") {
        settle_all(t.db, e, kDemoNow + 1h, /*rejected=*/false);
        purge_at = kDemoNow + 1h + 24h * 6;
        keep_days = 7;
    }
    CHECK(purge(t.db, purge_at, keep_days) == 0);
    const std::string kept = where_canary_is(t.db);
    CHECK(kept.find("concerns.text") != std::string::npos);
    CHECK(kept.find("check_ins.signature_strokes") != std::string::npos);
    CHECK(kept.find("feedback.comment") != std::string::npos);
    CHECK(kept.find("comfort_calls.how_it_went") != std::string::npos);
    CHECK(kept.find("missed_sessions.reason") != std::string::npos);
    CHECK(count(t.db, "SELECT count(*) FROM purged_entries") == 0);
}

TEST_CASE("outside a purge a concern stays locked, and a permit empties only the text of a synced concern") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    const Entries e = add_entries(t.db, f);
    const std::string id = std::to_string(e.concern);
    CHECK(raw_sql_error(t.db, "UPDATE concerns SET text = '' WHERE id = " + id) == store::StoreErrorKind::Refused);
    // No permit for a concern the server has not confirmed.
    CHECK(raw_sql_error(t.db, "INSERT INTO concern_purge_permits VALUES (" + id + ")") ==
          store::StoreErrorKind::Refused);

    settle_all(t.db, e, kDemoNow + 1h, /*rejected=*/false);
    t.db.exec("INSERT INTO concern_purge_permits VALUES (" + id + ")");
    // Even with a permit the concern cannot be rewritten, only emptied.
    CHECK(raw_sql_error(t.db, "UPDATE concerns SET text = 'something else' WHERE id = " + id) ==
          store::StoreErrorKind::Refused);
    CHECK(raw_sql_error(t.db, "UPDATE concerns SET severity = 'low' WHERE id = " + id) ==
          store::StoreErrorKind::Refused);
    CHECK(raw_sql_error(t.db, "DELETE FROM concerns WHERE id = " + id) == store::StoreErrorKind::Refused);
    CHECK(count(t.db, "SELECT count(*) FROM concerns WHERE text LIKE '%Ottoline%'") == 1);
    t.db.exec("DELETE FROM concern_purge_permits");

    // A purge is never undone.
    CHECK(purge(t.db, kDemoNow + 24h * 30, 7) >= 3);
    CHECK(raw_sql_error(t.db, "DELETE FROM purged_entries") == store::StoreErrorKind::Refused);
    CHECK(raw_sql_error(t.db, "UPDATE purged_entries SET purged_at = 0") == store::StoreErrorKind::Refused);
}

TEST_CASE("purges made before the upgrade that added comfort calls are kept, and still cannot be undone") {
    kiosk::testing::TempDir dir;
    const store::OpenOptions options{.database_file = dir / "db/k.db", .key_file = dir / "keys/k.key",
                                     .create_if_missing = true, .now = kDemoNow, .migrate = false};
    {
        store::Database old = store::Database::open(options);
        store::migrate_to(old, 7, kDemoNow);
        old.exec("INSERT INTO purged_entries (kind, entity_id, purged_at) VALUES ('concern', 7, 1795428300)");
    }
    store::OpenOptions upgrade = options;
    upgrade.migrate = true;
    store::Database db = store::Database::open(upgrade);
    REQUIRE(db.schema_version() >= 8);
    CHECK(store::entry_purged_at(db, "concern", 7) == core::from_unix(1795428300));
    CHECK(raw_sql_error(db, "DELETE FROM purged_entries") == store::StoreErrorKind::Refused);
    CHECK(raw_sql_error(db, "UPDATE purged_entries SET purged_at = 0") == store::StoreErrorKind::Refused);
    // The widened list of kinds takes comfort calls, and still nothing else.
    db.exec("INSERT INTO purged_entries VALUES ('comfort_call', 1, 0)");
    (void)raw_sql_error(db, "INSERT INTO purged_entries VALUES ('horoscope', 1, 0)");
    CHECK(count(db, "SELECT count(*) FROM purged_entries") == 2);
    CHECK(store::AuditLog::verify(db).whole);
}
