#pragma once
// staff/due: every record still owed, soonest due first, overdue ones marked in red, so a
// worker sees at sign-in and on the board what must be finished and by when.
#include <string>
#include <variant>
#include <vector>

#include "kiosk/core/ids.hpp"
#include "kiosk/ui/staff/board_screen.hpp"
#include "kiosk/ui/staff/session_screen.hpp"
#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

struct DueLineView {
    core::Id session_id = 0;
    std::string child_first_name;
    std::string session_when;  // "16 Nov 10:00"
    std::string worker_name;
    std::string due_when;      // "17 Nov 11:00"
    std::string status_key;    // "staff.due.overdue"
    bool overdue = false;
    bool mine = false;         // this worker's: they can open it
};

struct DueView {
    std::string clock_hhmm;
    std::string worker_name;
    std::vector<DueLineView> lines;
};

struct OpenDueRecord {
    core::Id session_id = 0;
};
using DueIntent = std::variant<std::monostate, OpenDueRecord, BackToBoard, LockStaffFace>;

DueIntent draw_due_screen(const DueView& view, const UiResources& ui);

}  // namespace kiosk::ui
