#pragma once
// Alerts raised for staff: by the lobby (a person not on the agreement, a late arrival,
// repeated wrong codes) or by a colleague (a safeguarding concern).
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::core {

// ArrivalAfterClose: someone arrived for a session another device had closed as a no-show or
// cancelled (the venue hub raises it when the two meet: core/merge_rules).
enum class AlertKind { AttendeeNotApproved, LateArrival, RepeatedWrongCodes, SafeguardingConcern, ArrivalAfterClose };
std::string_view to_string(AlertKind kind);
std::optional<AlertKind> parse_alert_kind(std::string_view text);

struct Alert {
    Id id = 0;
    AlertKind kind = AlertKind::AttendeeNotApproved;
    Id session_id = 0;  // 0 when no session is known (wrong codes)
    Timestamp raised_at{};
    std::string detail;  // staff-only words
    Id acknowledged_by = 0;
    std::optional<Timestamp> acknowledged_at;
};

}  // namespace kiosk::core
