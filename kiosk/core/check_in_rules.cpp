#include "kiosk/core/check_in_rules.hpp"

#include <algorithm>

namespace kiosk::core {

Timestamp code_opens_at(const Session& session) {
    Timestamp first = session.starts_at;
    for (const auto& window : session.arrival_windows) first = std::min(first, window.arrive_from);
    return first - kCodeOpensBefore;
}

CodeStatus check_visit_code(const Session& session, bool at_this_venue, Timestamp now, DayBounds venue_day) {
    if (!at_this_venue) return CodeStatus::OtherVenue;
    if (session.state == SessionState::Cancelled) return CodeStatus::SessionCancelled;
    if (session.starts_at < venue_day.start || session.starts_at >= venue_day.end) return CodeStatus::OtherDay;
    if (is_closed(session.state) || now >= session.ends_at()) return CodeStatus::SessionFinished;
    if (now < code_opens_at(session)) return CodeStatus::NotOpenYet;
    return CodeStatus::Valid;
}

ArrivalTiming classify_arrival(const ArrivalWindow& window, Timestamp now, int grace_minutes) {
    if (now < window.arrive_from) return ArrivalTiming::Early;
    if (now > window.arrive_until + std::chrono::minutes{grace_minutes}) return ArrivalTiming::Late;
    return ArrivalTiming::OnTime;
}

const ArrivalWindow* window_for(const Session& session, Party party) {
    for (const auto& window : session.arrival_windows) {
        if (window.party == party) return &window;
    }
    return nullptr;
}

}  // namespace kiosk::core
