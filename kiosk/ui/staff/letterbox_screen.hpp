#pragma once
// staff/letterbox: letters, cards and photos waiting to be checked (issue #16, item 3), reached
// from the board's "Letters to check" when any wait. Left: the item being checked (whose, what,
// from whom, when it came, the arrangement's rule), the four checks as tiles and the reason.
// Right: Forward (every check passed) and Hold (with the reason), what happened, and every item
// still waiting with a button to check it instead. The names differ from the coordinator's
// letterbox screen (kiosk/ui/coordinator) so both can be in one program.
#include <string>
#include <variant>
#include <vector>

#include "kiosk/core/ids.hpp"
#include "kiosk/ui/staff/board_screen.hpp"
#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

struct WaitingLetterLine {
    core::Id item_id = 0;
    std::string child_first_name;
    std::string kind_from_key;  // "coord.letterbox.kind_from.letter" ("a letter from {who}")
    std::string from_whom;
    std::string received_date;  // venue-local "2026-12-04"; shown as "Fri 4 Dec" in the worker's language
    std::string description;    // what it is, in a line (never a copy of it)
    // The arrangement it came under, in plain words: "{who} writes to {child}" every N months.
    // Empty rule_key: it came outside any arrangement.
    std::string rule_key;
    std::string with_whom;
    int every_months = 0;
};

struct StaffLetterboxView {
    std::string clock_hhmm;
    std::string worker_name;
    std::vector<WaitingLetterLine> waiting;  // oldest first
    core::Id checking = 0;                   // the item on the left; 0: none waits
    std::vector<std::string> check_keys;     // "coord.letterbox.check.no_promises", in core's order
    std::vector<bool> ticked;                // parallel to check_keys
    std::string reason;
    std::vector<std::string> problems;       // catalog keys of what stops the decision
    std::string message;                     // what happened, or a refusal, one sentence
    bool message_is_done = false;            // a decision saved (success colour), not a refusal
};

struct CheckLetterboxItem {
    core::Id item_id = 0;
};
struct TickLetterboxCheck {
    int index = 0;
};
struct LetterboxReasonEdited {
    std::string text;
};
struct ForwardCheckedItem {};
struct HoldCheckedItem {};
struct CloseLetterbox {};
using StaffLetterboxIntent = std::variant<std::monostate, CheckLetterboxItem, TickLetterboxCheck, LetterboxReasonEdited,
                                          ForwardCheckedItem, HoldCheckedItem, CloseLetterbox, LockStaffFace>;

StaffLetterboxIntent draw_staff_letterbox_screen(const StaffLetterboxView& view, const UiResources& ui);

}  // namespace kiosk::ui
