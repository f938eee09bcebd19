// Feedback by venue and week, and anonymous feedback that keeps no session (schema v20,
// issue #16, item 9).
#include <catch2/catch_test_macros.hpp>

#include "kiosk/store/audit_log.hpp"
#include "kiosk/store/feedback_repository.hpp"
#include "kiosk/store/feedback_week_query.hpp"
#include "kiosk/store/migrations.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/support/test_store.hpp"

using namespace kiosk;
using namespace std::chrono_literals;
using kiosk::testing::kDemoNow;
using kiosk::testing::raw_sql_error;
using kiosk::testing::TestStore;

TEST_CASE("feedback is read back by week and venue; anonymous feedback names no session and no child") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    {
        store::WriteTransaction tx(t.db, "lobby", kDemoNow);
        store::FeedbackRepository feedback(t.db);
        feedback.add(tx, {0, f.session, 5, 4, "Lovely.", false, kDemoNow, f.venue, "2026-11-23"}, "{}");
        feedback.add(tx, {0, 0, 2, 3, "Too short.", true, kDemoNow, f.venue, "2026-11-23"}, "{}", kDemoNow - 10h);
        // A session given by mistake with anonymous feedback is not kept.
        feedback.add(tx, {0, f.session, 4, 4, "", true, kDemoNow, f.venue, "2026-11-23"}, "{}");
        feedback.add(tx, {0, f.session, 3, 3, "", false, kDemoNow - 24h * 7, f.venue, "2026-11-16"}, "{}");
        tx.commit();
    }
    const auto week = store::feedback_of_week(t.db, "2026-11-23");
    REQUIRE(week.size() == 3);
    CHECK_FALSE(week[0].feedback.anonymous);  // named first
    CHECK(week[0].feedback.session_id == f.session);
    CHECK(week[0].child_first_name == kiosk::testing::kSampleChildName);
    for (std::size_t i = 1; i < week.size(); ++i) {
        CHECK(week[i].feedback.anonymous);
        CHECK(week[i].feedback.session_id == 0);
        CHECK(week[i].child_first_name.empty());
        CHECK(week[i].venue_name == week[0].venue_name);
    }
    CHECK(store::feedback_of_week(t.db, "2026-11-16").size() == 1);
    CHECK(store::weeks_with_feedback(t.db, 10) == std::vector<std::string>{"2026-11-23", "2026-11-16"});
    CHECK(store::FeedbackRepository(t.db).for_session(f.session).size() == 2);  // the named ones
    // The anonymous one's outbox copy says it was made when it was told to (the week's start).
    bool found = false;
    for (const auto& item : store::OutboxRepository(t.db).next_batch(10)) {
        found = found || item.created_at == kDemoNow - 10h;
    }
    CHECK(found);

    // The table itself refuses an anonymous row with a session, and a named one without.
    CHECK(raw_sql_error(t.db, "INSERT INTO feedback (session_id, anonymous, at) VALUES (" + std::to_string(f.session) +
                                  ", 1, 0)") == store::StoreErrorKind::Refused);
    CHECK(raw_sql_error(t.db, "INSERT INTO feedback (session_id, anonymous, at) VALUES (NULL, 0, 0)") ==
          store::StoreErrorKind::Refused);
}

TEST_CASE("the upgrade to v20 keeps every feedback, and drops the session of the anonymous ones") {
    kiosk::testing::TempDir dir;
    const store::OpenOptions options{.database_file = dir / "db/k.db", .key_file = dir / "keys/k.key",
                                     .create_if_missing = true, .now = kDemoNow, .migrate = false};
    kiosk::testing::SampleFamily f;
    {
        store::Database old = store::Database::open(options);
        store::migrate_to(old, 19, kDemoNow);
        f = kiosk::testing::add_sample_family(old);
        const std::string s = std::to_string(f.session);
        // Sunday 22 November 12:00 UTC and Monday 23 November 10:05 UTC.
        old.exec("INSERT INTO feedback (id, session_id, child_face, adult_face, comment, anonymous, at) VALUES "
                 "(7, " + s + ", 5, 5, 'Named', 0, 1795348800), (8, " + s + ", 1, 2, 'Anon', 1, 1795428300)");
        old.exec("INSERT INTO purged_entries (kind, entity_id, purged_at) VALUES ('feedback', 8, 1795428300)");
    }
    store::OpenOptions upgrade = options;
    upgrade.migrate = true;
    store::Database db = store::Database::open(upgrade);
    const auto earlier = store::feedback_of_week(db, "2026-11-16");
    REQUIRE(earlier.size() == 1);
    CHECK(earlier[0].feedback.id == 7);
    CHECK(earlier[0].feedback.session_id == f.session);
    CHECK(earlier[0].feedback.venue_id == f.venue);
    const auto monday = store::feedback_of_week(db, "2026-11-23");
    REQUIRE(monday.size() == 1);
    CHECK(monday[0].feedback.id == 8);  // the same id: the outbox and the purge name it so
    CHECK(monday[0].feedback.session_id == 0);
    CHECK(monday[0].feedback.venue_id == f.venue);
    CHECK(monday[0].comment_removed);
    CHECK(store::AuditLog::verify(db).whole);
}
