#include <catch2/catch_test_macros.hpp>
#include <catch2/catch_approx.hpp>

#include "kiosk/core/scheduling_rules.hpp"

using namespace kiosk::core;
using namespace std::chrono_literals;

namespace {
const Timestamp kTen = from_unix(1795428000);
Booking booking(Id id, Id room, Id worker, Timestamp start, std::chrono::minutes length) {
    return {id, room, worker, start, start + length};
}
}  // namespace

TEST_CASE("room and worker clashes are found; back-to-back and other rooms are fine") {
    const std::vector<Booking> existing{booking(1, 10, 100, kTen, 60min)};
    struct Row {
        const char* name;
        Booking proposed;
        std::size_t clashes;
    };
    const std::vector<Row> table{
        {"same room, overlapping", booking(2, 10, 200, kTen + 30min, 60min), 1},
        {"same worker, other room", booking(2, 11, 100, kTen + 30min, 60min), 1},
        {"same room and worker", booking(2, 10, 100, kTen, 60min), 2},
        {"back to back", booking(2, 10, 100, kTen + 60min, 60min), 0},
        {"just before", booking(2, 10, 100, kTen - 60min, 60min), 0},
        {"unallocated worker never clashes", booking(2, 11, 0, kTen, 60min), 0},
    };
    for (const auto& row : table) {
        INFO(row.name);
        CHECK(find_clashes({row.proposed}, existing).size() == row.clashes);
    }
}

TEST_CASE("clashes among the proposed sessions are found too") {
    const auto clashes = find_clashes({booking(1, 10, 0, kTen, 60min), booking(2, 10, 0, kTen + 15min, 30min)}, {});
    REQUIRE(clashes.size() == 1);
    CHECK(clashes[0].kind == ClashKind::Room);
}

TEST_CASE("venues are ranked by the child's travel") {
    const GeoPoint home{51.5072, -0.1276};  // central London
    const std::vector<VenueOption> venues{
        {1, "Brighton", {50.8225, -0.1372}},
        {2, "Croydon", {51.3762, -0.0982}},
        {3, "Reading", {51.4543, -0.9781}},
    };
    const auto ranked = rank_venues_by_travel(home, venues);
    CHECK(ranked[0].name == "Croydon");
    CHECK(ranked[1].name == "Reading");
    CHECK(ranked[2].name == "Brighton");
    CHECK(distance_km(home, venues[0].location) == Catch::Approx(76.0).margin(2.0));
}

TEST_CASE("three missed sessions in a row flag the case; service cancellations do not count") {
    using A = Attendance;
    CHECK(missed_run_reached({A::Attended, A::NoShow, A::CancelledByFamily, A::NoShow}));
    CHECK_FALSE(missed_run_reached({A::NoShow, A::NoShow, A::Attended, A::NoShow}));
    CHECK(missed_run_reached({A::NoShow, A::CancelledByService, A::NoShow, A::NoShow}));
    CHECK_FALSE(missed_run_reached({A::NoShow, A::CancelledByService, A::NoShow}));
    CHECK(missed_run_reached({A::NoShow, A::NoShow}, 2));
    CHECK_FALSE(missed_run_reached({}));
}
