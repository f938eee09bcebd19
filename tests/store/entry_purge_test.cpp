// The personal text of synced safeguarding concerns, check-ins and feedback leaves the device
// after keep_synced_days (issue #6, item 3), as final records' text does (purge_test.cpp).
// Rows stay for what the lobby and the reviews still read; nothing unconfirmed is touched.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <set>
#include <string>
#include <vector>

#include "kiosk/store/audit_log.hpp"
#include "kiosk/store/check_in_repository.hpp"
#include "kiosk/store/concern_repository.hpp"
#include "kiosk/store/feedback_repository.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/record_purge.hpp"
#include "kiosk/store/store_error.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/support/purge_helpers.hpp"
#include "tests/support/sample_data.hpp"
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

struct Entries {
    core::Id concern = 0;
    core::Id check_in = 0;
    core::Id feedback = 0;
};

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
    e.feedback = store::FeedbackRepository(db).add(tx, {0, f.session, 5, 4, kCanary, false, kDemoNow}, payload);
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
    for (const auto& [kind, id] : {std::pair{"concern", e.concern}, std::pair{"check_in", e.check_in},
                                   std::pair{"feedback", e.feedback}}) {
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

TEST_CASE("a concern, check-in and feedback synced more than keep_synced_days ago lose their text; the rows and "
          "the chain stay") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    const Entries e = add_entries(t.db, f);
    settle_all(t.db, e, kDemoNow + 1h, /*rejected=*/false);

    CHECK(purge(t.db, kDemoNow + 1h + 24h * 6, 7) == 0);  // six days: still here
    CHECK(where_canary_is(t.db) == "check_ins.signature_strokes concerns.text feedback.comment outbox_payloads.payload ");

    CHECK(purge(t.db, kDemoNow + 1h + 24h * 8, 7) >= 3);
    CHECK(where_canary_is(t.db).empty());  // the outbox copies went too
    CHECK(count(t.db, "SELECT count(*) FROM purged_entries") == 3);
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

    // One audit row per entry, saying what went; the chain is whole.
    for (const char* action : {"concern.purged", "check_in.purged", "feedback.purged"}) {
        INFO(action);
        CHECK(count(t.db, std::string("SELECT count(*) FROM audit_log WHERE action = '") + action + "'") == 1);
    }
    CHECK(store::AuditLog::verify(t.db).whole);
    // A second purge finds nothing more to do.
    CHECK(purge(t.db, kDemoNow + 24h * 30, 7) == 0);
}

TEST_CASE("concerns, check-ins and feedback that are queued, rejected or sent lately keep their text") {
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
