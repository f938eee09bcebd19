#pragma once
// Scheduling prefers the worker a child had before (issue #16, item 5): a consistent adult is
// what the practice documents ask for, and a child should not meet a stranger each week.
#include <vector>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/session.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::core {

// One of the child's earlier sessions: who supervised it and how it went.
struct PastSession {
    Id worker_id = 0;  // 0: none was allocated
    Timestamp starts_at{};
    SessionState state = SessionState::Booked;
};

// The worker to propose for the child's next sessions: among the workers who supervised a
// session the child came to (not cancelled, not a no-show), the most recent one who is in
// `available` (active and free at those times); failing that the next most recent; 0 when
// none of them can (the coordinator chooses). Sessions that never happened do not make a
// worker "the child's": the child never met them there.
Id preferred_worker(const std::vector<PastSession>& history, const std::vector<Id>& available);

}  // namespace kiosk::core
