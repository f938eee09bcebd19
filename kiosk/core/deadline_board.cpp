#include "kiosk/core/deadline_board.hpp"

#include <date/date.h>

#include <algorithm>
#include <tuple>

#include "kiosk/core/calendar.hpp"
#include "kiosk/core/enum_names.hpp"

namespace kiosk::core {
namespace {
constexpr EnumNames<DeadlineKind, 6> kNames{{{
    {DeadlineKind::ComfortCall, "comfort_call"},
    {DeadlineKind::Icebreaker, "icebreaker"},
    {DeadlineKind::Record, "record"},
    {DeadlineKind::Review, "review"},
    {DeadlineKind::MissedSessionNotice, "missed_session_notice"},
    {DeadlineKind::Letterbox, "letterbox"},
}}};

int urgency(DeadlineState state) {
    switch (state) {
        case DeadlineState::Overdue: return 0;
        case DeadlineState::DueToday: return 1;
        case DeadlineState::Due: return 2;
        case DeadlineState::Done: return 3;
    }
    return 3;
}

}  // namespace

std::string_view to_string(DeadlineKind kind) { return kNames.name(kind); }

std::vector<Deadline> board_order(std::vector<Deadline> items, Timestamp now, const std::string& time_zone) {
    std::erase_if(items, [](const Deadline& d) { return d.done; });
    for (auto& item : items) item.state = deadline_state(item.due, now, item.done, time_zone);
    std::stable_sort(items.begin(), items.end(), [](const Deadline& a, const Deadline& b) {
        return std::tuple{urgency(a.state), a.due, static_cast<int>(a.kind), a.subject_id} <
               std::tuple{urgency(b.state), b.due, static_cast<int>(b.kind), b.subject_id};
    });
    return items;
}

Timestamp next_morning(Timestamp t, const std::string& time_zone, int hour) {
    return local_to_utc(add_days(local_date(t, time_zone), 1), hour, 0, time_zone);
}

Timestamp end_of_local_day(const std::string& iso_date, const std::string& time_zone) {
    return local_day_bounds(local_to_utc(iso_date, 12, 0, time_zone), time_zone).end;
}

}  // namespace kiosk::core
