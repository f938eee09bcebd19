#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <nlohmann/json.hpp>

#include "kiosk/store/agreement_repository.hpp"
#include "kiosk/store/family_repository.hpp"
#include "kiosk/store/pull_apply_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/uuid_index.hpp"
#include "tests/sync/sync_fixture.hpp"
#include "tests/sync/venue_samples.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using nlohmann::json;
using Catch::Matchers::ContainsSubstring;

namespace {
// Rows are named by UUID on the wire (issue #13); the numbers of the old feed stay as the last
// digits of each UUID so the changes still read as before.
std::string u(int n) { return sample_uuid(n); }

// A small feed: a venue, a room, a child with mum, a referral, an agreement with a version,
// and `bookings` sessions (each its own change, so pages can split between them).
std::string feed(int bookings) {
    json changes = json::array();
    changes.push_back({{"kind", "venue"},
                       {"data", {{"uuid", u(1)}, {"number", 1}, {"name", "Riverside"}, {"time_zone", "Europe/London"}}}});
    changes.push_back({{"kind", "room"},
                       {"data", {{"uuid", u(5)}, {"venue_uuid", u(1)}, {"name", "Oak Room"}, {"capacity", 6},
                                 {"features", {"table", "books"}}}}});
    changes.push_back({{"kind", "staff"},
                       {"data", {{"uuid", u(3)}, {"display_name", "Jo"}, {"role", "worker"}, {"active", true}}}});
    changes.push_back({{"kind", "child"},
                       {"data", {{"uuid", u(10)}, {"first_name", "Zephyrine"}, {"date_of_birth", "2019-04-02"},
                                 {"allergies", "peanuts"}}}});
    changes.push_back({{"kind", "adult"},
                       {"data", {{"uuid", u(20)}, {"child_uuid", u(10)}, {"first_name", "Sarah"}, {"relationship", "Mum"}}}});
    changes.push_back({{"kind", "referral"},
                       {"data", {{"uuid", u(30)}, {"child_uuid", u(10)}, {"social_worker", "A. Social Worker"},
                                 {"received_at", "2026-11-01T09:00:00Z"}, {"status", "agreed"}}}});
    changes.push_back({{"kind", "agreement"},
                       {"data", {{"uuid", u(40)}, {"child_uuid", u(10)}, {"referral_uuid", u(30)},
                                 {"created_at", "2026-11-02T09:00:00Z"}}}});
    changes.push_back(sample_agreement_version_change({{{"kind", "gifts"}, {"text", "Small gifts only"}}}, {u(20)}));
    const std::array<const char*, 5> codes{"KT4MPX", "KT4MPY", "KT4MPW", "KT4MPV", "KT4MPU"};
    for (int i = 0; i < bookings; ++i) {
        changes.push_back({{"kind", "booking"},
                           {"data", {{"uuid", u(100 + i)}, {"agreement_version_uuid", u(41)}, {"child_uuid", u(10)},
                                     {"room_uuid", u(5)}, {"worker_uuid", u(3)}, {"starts_at", "2026-11-23T10:00:00Z"},
                                     {"minutes", 60}, {"visit_code", codes.at(static_cast<std::size_t>(i))},
                                     {"state", "booked"}, {"arrival_windows", json::array()}}}});
    }
    return json{{"changes", changes}}.dump();
}

std::int64_t count_rows(store::Database& db, const char* table) {
    auto q = db.cached(std::string("SELECT count(*) FROM ") + table);
    q.step();
    return q.int64(0);
}

}  // namespace

TEST_CASE("pulled pages are applied with their cursor, and a second sync pulls nothing again") {
    SyncFixture f;
    CHECK(f.server_store->import_feed(feed(3)) == 11);
    app::SyncOptions options;
    options.pull_page_size = 4;
    const auto summary = f.sync(options);
    CHECK(summary.problem.empty());
    CHECK(summary.pulled_changes == 11);
    CHECK(count_rows(f.device.db, "sessions") == 3);
    CHECK(count_rows(f.device.db, "approved_attendees") == 1);
    CHECK(store::PullApplyRepository(f.device.db).cursor() == "11");
    const auto child_id = store::UuidIndex(f.device.db).id_of(store::Table::Children, u(10));
    REQUIRE(child_id);
    const auto child = store::FamilyRepository(f.device.db).child(*child_id);
    REQUIRE(child);
    CHECK(child->allergies == "peanuts");
    CHECK(f.sync(options).pulled_changes == 0);
}

TEST_CASE("a malformed page is refused without touching local data or the cursor") {
    SyncFixture f;
    f.server_store->import_feed(feed(2));
    f.server->faults().add(sync::server::FaultStep{sync::server::Fault::MalformedPage}, 10);
    const auto summary = f.sync();
    CHECK_THAT(summary.problem, ContainsSubstring("lacks the field"));
    CHECK(count_rows(f.device.db, "children") == 0);
    CHECK(count_rows(f.device.db, "rooms") == 0);
    CHECK_FALSE(store::PullApplyRepository(f.device.db).cursor().has_value());
}

TEST_CASE("after a pull stops part-way the cursor resumes where the last whole page ended") {
    SyncFixture f;
    f.server_store->import_feed(feed(5));  // 13 changes
    app::SyncOptions options;
    options.pull_page_size = 5;
    // Page 1 arrives; page 2 is refused with a Retry-After longer than this run will wait.
    f.server->faults().add(sync::server::FaultStep{sync::server::Fault::Pass});
    f.server->faults().add(sync::server::FaultStep::too_many_requests(600));
    const auto first = f.sync(options);
    CHECK_FALSE(first.problem.empty());
    CHECK(first.pulled_changes == 5);
    CHECK(store::PullApplyRepository(f.device.db).cursor() == "5");
    CHECK(count_rows(f.device.db, "sessions") == 0);
    // A restart: a new connection finds the cursor and fetches only the rest.
    f.device.db = f.device.open();
    const auto second = f.sync(options);
    CHECK(second.problem.empty());
    CHECK(second.pulled_changes == 8);
    CHECK(store::PullApplyRepository(f.device.db).cursor() == "13");
    CHECK(count_rows(f.device.db, "sessions") == 5);
}

TEST_CASE("a page the database refuses is rolled back whole and its cursor not moved") {
    SyncFixture f;
    json bad = json::parse(feed(0));
    // A booking for a child no feed has sent: the hub's order would never do this.
    bad["changes"].push_back({{"kind", "booking"},
                              {"data", {{"uuid", u(900)}, {"agreement_version_uuid", u(41)}, {"child_uuid", u(999)},
                                        {"room_uuid", u(5)}, {"worker_uuid", u(3)}, {"starts_at", "2026-11-23T10:00:00Z"},
                                        {"minutes", 60}, {"visit_code", "KT4MPX"}, {"state", "booked"},
                                        {"arrival_windows", json::array()}}}});
    f.server_store->import_feed(bad.dump());
    const auto summary = f.sync();
    CHECK_THAT(summary.problem, ContainsSubstring("could not be saved"));
    CHECK_THAT(summary.problem, ContainsSubstring("does not hold"));
    CHECK(count_rows(f.device.db, "children") == 0);
    CHECK_FALSE(store::PullApplyRepository(f.device.db).cursor().has_value());
}

TEST_CASE("a pulled booking keeps the state the day has given it") {
    SyncFixture f;
    f.server_store->import_feed(feed(1));
    REQUIRE(f.sync().problem.empty());
    f.device.db.exec("UPDATE sessions SET state = 'in_progress' WHERE uuid = '" + u(100) + "'");
    f.server_store->import_feed(feed(1));  // the same booking again, as the server changed something
    REQUIRE(f.sync().problem.empty());
    auto q = f.device.db.cached("SELECT state FROM sessions WHERE uuid = '" + u(100) + "'");
    REQUIRE(q.step());
    CHECK(q.text(0) == "in_progress");
}

TEST_CASE("a feed with a bad change is refused by import as a whole") {
    SyncFixture f;
    CHECK_THROWS_WITH(f.server_store->import_feed(R"({"changes":[{"kind":"child","data":{"uuid":")" + u(1) +
                                                  R"("}}]})"),
                      ContainsSubstring("first_name"));
    CHECK(f.server_store->changes_after("", 10, SyncFixture::kVenue, {"child"}).changes.empty());
}

TEST_CASE("a sibling with no referral of their own reaches the venue of the session they come to") {
    SyncFixture f;
    json doc = json::parse(feed(0));
    auto& changes = doc["changes"];
    // Leo comes with his sister; the feed names him only in the version and the booking.
    changes.insert(changes.begin() + 4, json{{"kind", "child"},
                                             {"data", {{"uuid", u(11)}, {"first_name", "Leo"}, {"date_of_birth", "2022-01-09"}}}});
    for (auto& c : changes) {
        if (c["kind"] == "agreement_version") {
            c["data"]["sibling_uuids"] = {u(11)};
            c["data"]["sibling_carer_plans"] = {
                {{"arrive_from_minutes_before", 20}, {"arrive_until_minutes_before", 10}, {"leave_order", 1}}};
        }
    }
    changes.push_back({{"kind", "booking"},
                       {"data", {{"uuid", u(100)}, {"agreement_version_uuid", u(41)}, {"child_uuid", u(10)},
                                 {"room_uuid", u(5)}, {"worker_uuid", u(3)}, {"starts_at", "2026-11-23T10:00:00Z"},
                                 {"minutes", 60}, {"visit_code", "KT4MPX"}, {"state", "booked"},
                                 {"arrival_windows", json::array()}, {"sibling_uuids", {u(11)}},
                                 {"sibling_carer_windows",
                                  {{{"arrive_from", "2026-11-23T09:40:00Z"}, {"arrive_until", "2026-11-23T09:50:00Z"},
                                    {"leave_order", 1}}}}}}});
    f.server_store->import_feed(doc.dump());
    const auto children = f.server_store->changes_after("", 50, SyncFixture::kVenue, {"child"}).changes;
    CHECK(children.size() == 2);
    const auto summary = f.sync();
    CHECK(summary.problem.empty());
    store::UuidIndex uuids(f.device.db);
    CHECK(uuids.id_of(store::Table::Children, u(11)).has_value());
    CHECK(uuids.id_of(store::Table::Sessions, u(100)).has_value());
}
