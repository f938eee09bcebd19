#pragma once
// A deterministic fictional dataset: one venue, three rooms, staff, families with agreements,
// today's sessions with visit codes, and a few historic records. The same options always
// write the same data (codes included), so tests and screenshots can rely on it.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/time.hpp"

namespace kiosk::store {
class Database;
}

namespace kiosk::app {

struct DemoSeedOptions {
    int families = 12;
    int days = 7;             // days of history before today
    std::uint64_t seed = 1;
    core::Timestamp today{};  // any instant of the venue-local day the sessions are for
    std::string venue_name = "Riverside Family Contact Centre";
    std::string time_zone = "Europe/London";
    // When set, today's visits keep their spacing but the first starts here (a demo tried at
    // any hour has a family due in a few minutes); else they start at 10:00, venue time.
    std::optional<core::Timestamp> first_visit_at;
};

struct TodaysVisit {
    std::string visit_code;
    std::string starts_local;  // "10:00"
    std::string room;
    std::int64_t session_id = 0;
};

struct DemoSeedResult {
    std::vector<TodaysVisit> todays_visits;
    std::int64_t sessions = 0;
};

// Refuses (StoreError Refused) to seed a database that already holds a venue.
DemoSeedResult seed_demo(store::Database& db, const DemoSeedOptions& options);
bool has_demo_data(store::Database& db);

// The demo PIN of every seeded staff member (a fictional venue; printed by demo-seed).
inline constexpr const char* kDemoStaffPin = "246810";

}  // namespace kiosk::app
