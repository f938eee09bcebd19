#pragma once
// The arrival watch (issue #16, item 8): the staff face looks at today's sessions once a minute
// and at each arrival deadline, and raises an alert when a party's window and grace have passed
// with nobody of that party arrived ("not arrived"), and once nobody at all has come when every
// window has passed ("no-show"). Each alert is raised once per session (and party), with its
// audit row and a fast-lane outbox copy, like the lobby's alerts. The rules are
// core/arrival_watch; a family seen at the lobby (a late check-in refused, "someone else is with
// me") counts as arrived.
#include <optional>

#include "kiosk/core/time.hpp"

namespace kiosk::store {
class Database;
}

namespace kiosk::app {

struct ArrivalWatchResult {
    int raised = 0;                             // alerts raised by this look
    std::optional<core::Timestamp> next_check;  // the next deadline still to pass today
};

// Looks at the venue-local day of `now` for the device's (first) venue.
ArrivalWatchResult watch_arrivals(store::Database& db, core::Timestamp now);

// The staff face's watch: looks once a minute, and at the next deadline, so the sleeping window
// wakes for it (wake_at). A look that fails (the database busy) is tried again a minute later.
class ArrivalWatcher {
public:
    ArrivalWatcher(store::Database& db, const core::Clock& clock) : db_(db), clock_(clock) {}
    // Looks when the next look is due; returns the alerts raised.
    int look_if_due();
    std::optional<core::Timestamp> wake_at() const { return next_look_; }

private:
    store::Database& db_;
    const core::Clock& clock_;
    std::optional<core::Timestamp> next_look_;  // none: look at the first frame
};

}  // namespace kiosk::app
