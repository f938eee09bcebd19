#include "kiosk/core/session.hpp"

#include <algorithm>
#include <array>

#include "kiosk/core/enum_names.hpp"

namespace kiosk::core {
namespace {
constexpr EnumNames<SessionState, 8> kNames{{{
    {SessionState::Booked, "booked"},
    {SessionState::ParentArrived, "parent_arrived"},
    {SessionState::ChildArrived, "child_arrived"},
    {SessionState::InProgress, "in_progress"},
    {SessionState::Ended, "ended"},
    {SessionState::EndedEarly, "ended_early"},
    {SessionState::Cancelled, "cancelled"},
    {SessionState::NoShow, "no_show"},
}}};

struct Transition {
    SessionState from;
    SessionState to;
};

// Parent and child may arrive in either order (staggered arrival), so both orders are allowed.
constexpr std::array<Transition, 14> kTransitions{{
    {SessionState::Booked, SessionState::ParentArrived},
    {SessionState::Booked, SessionState::ChildArrived},
    {SessionState::Booked, SessionState::Cancelled},
    {SessionState::Booked, SessionState::NoShow},
    {SessionState::ParentArrived, SessionState::ChildArrived},
    {SessionState::ParentArrived, SessionState::InProgress},
    {SessionState::ParentArrived, SessionState::Cancelled},
    {SessionState::ChildArrived, SessionState::ParentArrived},
    {SessionState::ChildArrived, SessionState::InProgress},
    {SessionState::ChildArrived, SessionState::NoShow},
    {SessionState::ChildArrived, SessionState::Cancelled},
    {SessionState::InProgress, SessionState::Ended},
    {SessionState::InProgress, SessionState::EndedEarly},
    {SessionState::ParentArrived, SessionState::NoShow},
}};
}  // namespace

std::string_view to_string(SessionState state) { return kNames.name(state); }
std::optional<SessionState> parse_session_state(std::string_view text) { return kNames.parse(text); }

bool can_transition(SessionState from, SessionState to) {
    return std::any_of(kTransitions.begin(), kTransitions.end(),
                       [&](const Transition& t) { return t.from == from && t.to == to; });
}

bool is_closed(SessionState state) {
    return state == SessionState::Ended || state == SessionState::EndedEarly ||
           state == SessionState::Cancelled || state == SessionState::NoShow;
}

}  // namespace kiosk::core
