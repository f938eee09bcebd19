#include "kiosk/core/arrival_watch.hpp"

#include <algorithm>

namespace kiosk::core {
namespace {

bool watched(SessionState state) {
    // Once the session is under way, or closed one way or another, nobody is late for it.
    return state == SessionState::Booked || state == SessionState::ParentArrived || state == SessionState::ChildArrived;
}

bool has_arrived(Party party, ArrivedParties arrived) { return party == Party::Family ? arrived.family : arrived.child; }

}  // namespace

ArrivedParties arrived_from_session(const Session& session) {
    ArrivedParties out;
    // Parent and child may arrive in either order, and ChildArrived -> ParentArrived keeps only
    // the latest state, so who brought the child says the child is here whatever the state.
    out.family = session.state == SessionState::ParentArrived || session.parent_through_at.has_value();
    out.child = session.state == SessionState::ChildArrived || !session.brought_by.empty();
    if (!watched(session.state)) out.family = out.child = true;
    return out;
}

std::vector<ArrivalDeadline> arrival_deadlines(const Session& session, int grace_minutes) {
    const auto grace = std::chrono::minutes{std::max(grace_minutes, 0)};
    std::vector<ArrivalDeadline> out;
    for (const auto& window : session.arrival_windows) {
        const bool seen = std::any_of(out.begin(), out.end(), [&](const ArrivalDeadline& d) { return d.party == window.party; });
        if (!seen) out.push_back({window.party, window.arrive_until + grace});
    }
    if (out.empty()) {
        out.push_back({Party::Family, session.starts_at + grace});
        out.push_back({Party::Carer, session.starts_at + grace});
    }
    return out;
}

std::vector<ArrivalAlert> arrival_alerts_due(const Session& session, ArrivedParties arrived, Timestamp now,
                                             int grace_minutes) {
    std::vector<ArrivalAlert> out;
    if (!watched(session.state)) return out;
    const auto deadlines = arrival_deadlines(session, grace_minutes);
    Timestamp last{};
    bool all_overdue = true;
    for (const auto& d : deadlines) {
        last = std::max(last, d.overdue_at);
        // "Passed": the minute of the deadline itself is still within the grace period.
        if (now <= d.overdue_at) {
            all_overdue = false;
            continue;
        }
        if (!has_arrived(d.party, arrived)) out.push_back({AlertKind::NotArrived, d.party, d.overdue_at});
    }
    if (all_overdue && !arrived.family && !arrived.child) out.push_back({AlertKind::NoShow, std::nullopt, last});
    return out;
}

std::optional<Timestamp> next_arrival_deadline(const Session& session, ArrivedParties arrived, Timestamp now,
                                               int grace_minutes) {
    if (!watched(session.state)) return std::nullopt;
    std::optional<Timestamp> next;
    for (const auto& d : arrival_deadlines(session, grace_minutes)) {
        if (d.overdue_at < now || has_arrived(d.party, arrived)) continue;
        // One second after the deadline: the first moment arrival_alerts_due() answers.
        const Timestamp at = d.overdue_at + std::chrono::seconds{1};
        if (!next || at < *next) next = at;
    }
    return next;
}

}  // namespace kiosk::core
