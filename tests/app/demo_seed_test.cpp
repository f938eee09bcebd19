#include <catch2/catch_test_macros.hpp>

#include <set>

#include "kiosk/app/demo/demo_seed.hpp"
#include "kiosk/app/staff/due_records.hpp"
#include "kiosk/core/visit_code.hpp"
#include "kiosk/store/audit_log.hpp"
#include "kiosk/store/family_repository.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/record_search_query.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/store_error.hpp"
#include "kiosk/store/sync_readiness_query.hpp"
#include "kiosk/store/venue_repository.hpp"
#include "tests/support/test_store.hpp"

using namespace kiosk;
using kiosk::testing::kDemoNow;
using kiosk::testing::TestStore;

namespace {
app::DemoSeedOptions small(std::uint64_t seed) {
    app::DemoSeedOptions options;
    options.families = 8;
    options.days = 21;
    options.seed = seed;
    options.today = kDemoNow;
    return options;
}

std::vector<std::string> codes(const app::DemoSeedResult& r) {
    std::vector<std::string> out;
    for (const auto& v : r.todays_visits) out.push_back(v.visit_code + " " + v.starts_local + " " + v.room);
    return out;
}

std::vector<std::string> child_names(store::Database& db) {
    std::vector<std::string> out;
    store::FamilyRepository people(db);
    for (core::Id id = 1; auto child = people.child(id); ++id) out.push_back(child->first_name + " " + child->date_of_birth);
    return out;
}
}  // namespace

TEST_CASE("the same seed writes the same dataset") {
    TestStore a;
    TestStore b;
    const auto first = app::seed_demo(a.db, small(7));
    const auto second = app::seed_demo(b.db, small(7));
    CHECK(codes(first) == codes(second));
    CHECK(first.sessions == second.sessions);
    CHECK(child_names(a.db) == child_names(b.db));
    CHECK(child_names(a.db).size() == 9);  // and Mila, Zofia's little sister (issue #16)
}

TEST_CASE("a different seed writes different visit codes") {
    TestStore a;
    TestStore b;
    CHECK(codes(app::seed_demo(a.db, small(1))) != codes(app::seed_demo(b.db, small(2))));
}

TEST_CASE("the demo has one venue, three rooms, today's sessions and weekly history") {
    TestStore t;
    const auto result = app::seed_demo(t.db, small(1));
    store::VenueRepository venues(t.db);
    REQUIRE(venues.venues().size() == 2);  // the centre, and a second one for travel suggestions (issue #7)
    CHECK(venues.rooms(venues.venues()[0].id).size() == 3);
    CHECK(result.todays_visits.size() == 9);  // and the afternoon's sibling visit (issue #16)
    CHECK(result.sessions == 8 + 8 * 3 + 3 + 3);  // and the three visits whose records are still owed (issue #15),
                                                // a sibling visit, a video call and contact in the park (issue #16)
    store::SessionRepository sessions(t.db);
    std::set<std::string> unique;
    for (const auto& visit : result.todays_visits) {
        CHECK(core::normalize_visit_code(visit.visit_code) == visit.visit_code);
        unique.insert(visit.visit_code);
        const auto session = sessions.find_by_visit_code(visit.visit_code);
        REQUIRE(session);
        CHECK(core::local_date(session->starts_at, "Europe/London") == "2026-11-23");
        CHECK(session->arrival_windows.size() == 2);
    }
    CHECK(unique.size() == result.todays_visits.size());
    CHECK(store::AuditLog::verify(t.db).whole);
}

TEST_CASE("seeding refuses a database that already holds data") {
    TestStore t;
    app::seed_demo(t.db, small(1));
    CHECK_THROWS_AS(app::seed_demo(t.db, small(1)), store::StoreError);
}

TEST_CASE("the demo opens on a believable day: past records final, sent and reviewed; two due today, one overdue") {
    TestStore t;
    auto options = small(1);
    options.families = 50;  // more than get whole records: the rest of the history is settled in bulk
    app::seed_demo(t.db, options);
    const auto owed = app::due_records(t.db, kDemoNow);
    REQUIRE(owed.size() == 3);
    int overdue = 0;
    for (const auto& r : owed) {
        if (r.status == core::DueStatus::Overdue) ++overdue;
        CHECK(r.due_at > kDemoNow - std::chrono::hours{24 * 3});
    }
    CHECK(overdue == 1);
    CHECK(store::draft_records(t.db).size() == 2);            // one of today's owed records is not started
    CHECK(store::unreviewed_final_records(t.db).size() == 2);  // left for the coordinator's morning
    CHECK(store::OutboxRepository(t.db).counts().queued == 0);
    const auto found = store::find_records(t.db, {.child_name = "", .from = std::nullopt, .to = std::nullopt, .limit = 100000});
    CHECK(found.size() == 50 * 3 + 2);  // three weeks of history for every family, and Jo's and Sam's drafts
    int past = 0;
    int reviewed = 0;
    for (const auto& r : found) {
        if (r.session_start >= kDemoNow - std::chrono::hours{24 * 5}) continue;
        ++past;
        CHECK(r.final);
        if (r.reviewed) ++reviewed;
    }
    CHECK(past == 150);
    CHECK(reviewed == 148);
    CHECK(store::AuditLog::verify(t.db).whole);
}
