#include "kiosk/core/call_events.hpp"

#include "kiosk/core/enum_names.hpp"

namespace kiosk::core {
namespace {
constexpr EnumNames<CallParty, 3> kParties{{{
    {CallParty::Family, "family"},
    {CallParty::Child, "child"},
    {CallParty::Carer, "carer"},
}}};
constexpr EnumNames<CallEventKind, 3> kKinds{{{
    {CallEventKind::Joined, "joined"},
    {CallEventKind::Left, "left"},
    {CallEventKind::Dropped, "dropped"},
}}};

bool& on_call(CallSummary& s, CallParty party) {
    switch (party) {
        case CallParty::Family: return s.family_on;
        case CallParty::Child: return s.child_on;
        case CallParty::Carer: break;
    }
    return s.carer_on;
}
}  // namespace

std::string_view to_string(CallParty party) { return kParties.name(party); }
std::optional<CallParty> parse_call_party(std::string_view text) { return kParties.parse(text); }
std::string_view to_string(CallEventKind kind) { return kKinds.name(kind); }
std::optional<CallEventKind> parse_call_event_kind(std::string_view text) { return kKinds.parse(text); }

CallSummary summarize_call(const std::vector<CallEvent>& oldest_first) {
    CallSummary s;
    for (const CallEvent& e : oldest_first) {
        on_call(s, e.party) = e.kind == CallEventKind::Joined;
        if (e.kind == CallEventKind::Dropped) ++s.drops;
        if (e.kind == CallEventKind::Joined && !s.first_joined) s.first_joined = e.at;
    }
    return s;
}

bool call_event_allowed(const CallSummary& now, CallParty party, CallEventKind kind) {
    CallSummary copy = now;
    const bool on = on_call(copy, party);
    return kind == CallEventKind::Joined ? !on : on;
}

std::optional<SessionState> state_after_call_event(SessionState current, CallParty party, CallEventKind kind) {
    // Leaving and dropping never move the day; the carer alone is not the child's arrival.
    if (kind != CallEventKind::Joined || party == CallParty::Carer) return std::nullopt;
    const SessionState next = party == CallParty::Family ? SessionState::ParentArrived : SessionState::ChildArrived;
    if (!can_transition(current, next)) return std::nullopt;
    return next;
}

}  // namespace kiosk::core
