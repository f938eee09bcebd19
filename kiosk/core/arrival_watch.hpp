#pragma once
// No-show and lateness, noticed by the venue rather than by the family (issue #16, item 8):
// when a party's arrival window and the agreement's grace period have passed and nobody of that
// party has arrived, staff are alerted without anyone having to tap anything. Until now only a
// family that checked in late raised an alert; a family that never came raised none.
//
// A party is "due" by the end of its arrival window plus the grace period; a session without
// arrival windows expects the family and the child by its start plus the grace period. Once
// every expected party is overdue and nobody at all has arrived, the session may be a no-show.
#include <optional>
#include <vector>

#include "kiosk/core/agreement.hpp"
#include "kiosk/core/alert.hpp"
#include "kiosk/core/session.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::core {

// Who has arrived, as the lobby (check-ins) and the worker (child arrived, parent arrived) saw it.
struct ArrivedParties {
    bool family = false;
    bool child = false;  // the child, brought by the carer (Party::Carer)
};

// What the day already shows of a session: its state and who brought the child.
ArrivedParties arrived_from_session(const Session& session);

struct ArrivalDeadline {
    Party party = Party::Family;
    Timestamp overdue_at{};  // the end of the party's window plus the grace period
};

// The deadline of each party the session expects, in the order of the session's windows.
std::vector<ArrivalDeadline> arrival_deadlines(const Session& session, int grace_minutes);

// An alert the watch should raise: its kind, and for a lateness alert, the party.
struct ArrivalAlert {
    AlertKind kind = AlertKind::NotArrived;
    std::optional<Party> party;  // set for NotArrived; none for NoShow
    Timestamp overdue_at{};
};

// The alerts due at `now` for one session: one NotArrived per overdue party that has not
// arrived, and one NoShow once every expected party is overdue and nobody has arrived. None for
// a session that is under way or closed. Whether one was already raised is the caller's to know.
std::vector<ArrivalAlert> arrival_alerts_due(const Session& session, ArrivedParties arrived, Timestamp now,
                                             int grace_minutes);

// The next moment one of the session's deadlines passes after `now` (to wake a sleeping window),
// or none when the session expects nothing more.
std::optional<Timestamp> next_arrival_deadline(const Session& session, ArrivedParties arrived, Timestamp now,
                                               int grace_minutes);

}  // namespace kiosk::core
