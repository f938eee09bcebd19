#pragma once
// staff/concern: a safeguarding concern, raised from the record. The worker picks how serious
// it is and writes what was seen and heard; "Send now" saves it at once and puts it first in
// the queue for the social work team.
#include <string>
#include <variant>
#include <vector>

#include "kiosk/ui/staff/board_screen.hpp"
#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

struct ConcernView {
    std::string clock_hhmm;
    std::string worker_name;
    std::string child_first_name;
    std::vector<std::string> severity_keys;  // "staff.severity.high", least to most serious
    int chosen_severity = -1;
    std::string text;
    std::string message;
};

struct ChooseSeverity {
    int index = 0;
};
struct ConcernEdited {
    std::string text;
};
struct SendConcern {};
struct CancelConcern {};
using ConcernIntent = std::variant<std::monostate, ChooseSeverity, ConcernEdited, SendConcern, CancelConcern, LockStaffFace>;

ConcernIntent draw_concern_screen(const ConcernView& view, const UiResources& ui);

}  // namespace kiosk::ui
