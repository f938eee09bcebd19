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
};

struct DeadlinesView {
    CoordinatorFrameView frame;
    std::string summary;  // "2 overdue, 1 due today, 4 coming up"
    std::vector<DeadlineRow> rows;
};

using DeadlinesIntent = std::variant<std::monostate, CoordinatorTab>;

DeadlinesIntent draw_deadlines_screen(const DeadlinesView& view, const UiResources& ui);

}  // namespace kiosk::ui
