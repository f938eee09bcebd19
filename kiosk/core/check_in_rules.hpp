#pragma once
// Rules of the lobby: when a visit code opens a session, and whether a party is early,
// on time or late. The screen must never reveal anything about other parties.
#include "kiosk/core/session.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::core {

enum class CodeStatus {
    Valid,
    Unknown,           // no session has this code
    OtherVenue,        // a real code, for another venue
    OtherDay,          // a real code, for another day
    NotOpenYet,        // today, but more than an hour before its first arrival window
    SessionFinished,   // ended, ended early or a no-show
    SessionCancelled,
    NotAtVenue,        // a call or contact in the community: nothing to check in at the lobby
};

// How long before the first arrival window a code starts to work.
inline constexpr std::chrono::minutes kCodeOpensBefore{60};

// `venue_day` is the venue-local day that contains `now`.
CodeStatus check_visit_code(const Session& session, bool at_this_venue, Timestamp now, DayBounds venue_day);

// The moment a session's code starts to work.
Timestamp code_opens_at(const Session& session);

enum class ArrivalTiming { Early, OnTime, Late };

// Early before the window opens; late once the window and the grace period have passed.
ArrivalTiming classify_arrival(const ArrivalWindow& window, Timestamp now, int grace_minutes);

// The window of one party, if the session has one.
const ArrivalWindow* window_for(const Session& session, Party party);

}  // namespace kiosk::core
