#pragma once
// Recording a missed or cancelled session: who and why, a notice to the social worker queued
// for the next morning, and, after a run of misses (3 by default), the case flagged for the
// social worker's decision. All in one transaction with its audit rows.
#include <string>
#include <vector>

#include "kiosk/app/coordinator/coordinator_context.hpp"
#include "kiosk/core/missed_session.hpp"

namespace kiosk::app {

struct MissedSessionResult {
    std::vector<core::MissedSessionProblem> problems;  // empty when recorded
    bool flagged = false;        // this miss completed a run and raised the flag
    std::string notice_uuid;     // the outbox row of the notice
    core::Timestamp notice_send_after{};
};

MissedSessionResult record_missed_session(const CoordinatorContext& ctx, core::MissedSession missed,
                                          int missed_run_threshold = core::kDefaultMissedRunThreshold);

}  // namespace kiosk::app
