#pragma once
// Booking sessions from an agreement version: each gets a fresh visit code and the
// agreement's arrival windows; a room or worker clash refuses the whole batch (nothing is
// half-booked). Venues are suggested nearest the child's home first.
#include <string>
#include <vector>

#include "kiosk/app/coordinator/coordinator_context.hpp"
#include "kiosk/core/agreement_rules.hpp"
#include "kiosk/core/scheduling_rules.hpp"

namespace kiosk::app {

struct ScheduleRequest {
    core::Id version_id = 0;
    core::SessionPlan plan;
    core::Id worker_id = 0;  // 0: allocate later
};

enum class ScheduleOutcome { Booked, Clash, BadPlan, NoSuchAgreement };

struct ScheduleResult {
    ScheduleOutcome outcome = ScheduleOutcome::Booked;
    std::vector<core::Id> session_ids;
    std::vector<core::Clash> clashes;  // existing_id is the session already booked
    // Index into the plan of each clash's proposed session (its proposed_id).
};

ScheduleResult book_sessions(const CoordinatorContext& ctx, const ScheduleRequest& request);

// The worker to offer first for these sessions (issue #16): the one the child had before
// (core::preferred_worker) who is active and free at every start; 0 when none is.
core::Id propose_worker(const CoordinatorContext& ctx, const ScheduleRequest& request);

// A visit code no session holds, drawn from the OS (codes must not be guessable from one another).
std::string fresh_visit_code(store::Database& db);
// Sessions that could overlap [from, to), cancelled ones left out, as bookings to check a clash against.
std::vector<core::Booking> bookings_near(store::Database& db, core::Timestamp from, core::Timestamp to);

struct VenueSuggestion {
    core::VenueOption venue;
    double distance_km = 0;
};
// Nearest first; empty when the child's home area or the venues' locations are unknown.
std::vector<VenueSuggestion> suggest_venues(const CoordinatorContext& ctx, core::Id child_id);

}  // namespace kiosk::app
