#pragma once
// What the session-control screen calls: the day's events of one session, each one small
// transaction with its audit row. The session's record gets a time-stamped entry for each,
// so attendance and punctuality can be written from facts.
#include <string>
#include <vector>

#include "kiosk/core/call_events.hpp"
#include "kiosk/core/session_control.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::store {
class Database;
}

namespace kiosk::app {

class SessionControlService {
public:
    SessionControlService(store::Database& db, const core::Clock& clock) : db_(db), clock_(clock) {}

    // The child is here; `brought_by` is who brought them, as the worker writes it.
    void child_arrived(core::Id session_id, core::Id staff_id, const std::string& brought_by);
    // The parent arrived (normally the lobby check-in does this; staff may mark it too).
    void parent_arrived(core::Id session_id, core::Id staff_id);
    void bring_parent_through(core::Id session_id, core::Id staff_id);
    // A sibling brought by their own carer (issue #16): who brought them, as the worker writes it.
    void sibling_arrived(core::Id session_id, core::Id staff_id, core::Id child_id, const std::string& brought_by);
    // A call's event (issue #16): a party joined, left or dropped. A first join is that party's
    // arrival (core::state_after_call_event), in the same transaction.
    void call_event(core::Id session_id, core::Id staff_id, core::CallParty party, core::CallEventKind kind);
    // Starts the session and opens its draft record for this worker (or keeps the one there);
    // returns the record id.
    core::Id start(core::Id session_id, core::Id staff_id);
    void end(core::Id session_id, core::Id staff_id);
    void end_early(core::Id session_id, core::Id staff_id, core::EndedEarlyReason reason, const std::string& words);
    // Who leaves first, and how long each next party waits.
    std::vector<core::DepartureStep> departure_plan(core::Id session_id,
                                                    std::chrono::minutes gap = core::kDefaultDepartureGap);

private:
    // Runs `change` in one transaction and, when the session has a draft record, adds a
    // timeline entry with `chip` in the same transaction.
    template <class Change>
    void record_event(core::Id session_id, core::Id staff_id, const char* chip, Change change);
    store::Database& db_;
    const core::Clock& clock_;
};

}  // namespace kiosk::app
