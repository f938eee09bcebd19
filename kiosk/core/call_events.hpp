#pragma once
// A video or phone call recorded like a visit (issue #16, item 2): who joined, who left, and
// the calls that dropped. The events are append-only; what the staff face shows (who is on
// the call now, how often it dropped) and how the session's day moves on are derived here.
#include <optional>
#include <string_view>
#include <vector>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/session.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::core {

// Who is on a call: the family, the child (with the carer beside them, or at the venue), or the
// carer alone (a carer who starts the call for the child). The worker records, and is on it.
enum class CallParty { Family, Child, Carer };
std::string_view to_string(CallParty party);
std::optional<CallParty> parse_call_party(std::string_view text);

// Joined (or joined again after a drop), left on purpose, or lost the connection.
enum class CallEventKind { Joined, Left, Dropped };
std::string_view to_string(CallEventKind kind);
std::optional<CallEventKind> parse_call_event_kind(std::string_view text);

struct CallEvent {
    Id id = 0;
    Id session_id = 0;
    Timestamp at{};
    CallParty party = CallParty::Family;
    CallEventKind kind = CallEventKind::Joined;
    Id recorded_by = 0;
};

struct CallSummary {
    bool family_on = false;
    bool child_on = false;
    bool carer_on = false;
    int drops = 0;  // connections lost, every party counted
    std::optional<Timestamp> first_joined;
};

// What the events add up to, oldest first.
CallSummary summarize_call(const std::vector<CallEvent>& oldest_first);

// Whether the event makes sense now: a party joins only when off the call, leaves or drops only
// when on it.
bool call_event_allowed(const CallSummary& now, CallParty party, CallEventKind kind);

// The session state a call event moves the day to, if any: the family's first join is the
// parent's arrival, the child's first join the child's (as at the venue). Leaving or dropping
// never ends a session by itself: the worker ends it (or ends it early, with a reason).
std::optional<SessionState> state_after_call_event(SessionState current, CallParty party, CallEventKind kind);

}  // namespace kiosk::core
