#pragma once
// The safeguarding-concern action: the concern is saved with its severity at once, queued in
// the outbox's fast lane (sent as soon as any network is there, not at day's end), raised as
// an alert for colleagues on the today board, and marked on the session's record timeline,
// all in one transaction.
#include <string>

#include "kiosk/core/safeguarding.hpp"

namespace kiosk::store {
class Database;
}

namespace kiosk::app {

class SafeguardingService {
public:
    SafeguardingService(store::Database& db, const core::Clock& clock) : db_(db), clock_(clock) {}

    // `session_id` may be 0 for a concern not tied to a session. Returns the concern's id.
    core::Id raise_concern(core::Id session_id, core::Id staff_id, core::ConcernSeverity severity,
                           const std::string& what_was_seen_and_heard);

private:
    store::Database& db_;
    const core::Clock& clock_;
};

}  // namespace kiosk::app
