#pragma once
// coordinator/deadlines: everything with a due time — comfort calls, icebreakers, records,
// reviews, missed-session notices — overdue first, then due today, then later, with its owner.
#include <string>
#include <variant>
#include <vector>

#include "kiosk/ui/coordinator/coordinator_frame.hpp"

namespace kiosk::ui {

enum class DeadlineUrgency { Overdue, DueToday, Due };

struct DeadlineRow {
    DeadlineUrgency urgency = DeadlineUrgency::Due;
    std::string state;  // "Overdue", "Due today", "Due"
    std::string what;   // "Comfort call"
    std::string child;
    std::string due;    // "today 16:00", "Tue 24 Nov"
    std::string owner;
    bool needs_handover = false;  // the owner can no longer sign in
};

struct DeadlinesView {
    CoordinatorFrameView frame;
    std::string summary;  // "2 overdue, 1 due today, 4 coming up"
    std::vector<DeadlineRow> rows;
};

// A row opened: its record, placement, agreement or schedule (the row's index in `rows`).
struct OpenDeadline { std::size_t row = 0; };
using DeadlinesIntent = std::variant<std::monostate, CoordinatorTab, OpenDeadline>;

DeadlinesIntent draw_deadlines_screen(const DeadlinesView& view, const UiResources& ui);

}  // namespace kiosk::ui
