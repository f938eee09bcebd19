#pragma once
// coordinator/letterbox: indirect contact (issue #16, item 3). Left: the letters, cards and
// photos waiting to be checked, and each arrangement with when its next exchange is due (red once
// overdue). Right, one at a time: logging an item as it arrives; checking one against the
// agreement's rules, then Forward (every check passed) or Hold (with the reason); or an
// arrangement: the child, who writes to whom, every how many months, the first due date.
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "kiosk/core/form_choices.hpp"
#include "kiosk/core/form_defaults.hpp"
#include "kiosk/core/ids.hpp"
#include "kiosk/ui/coordinator/coordinator_frame.hpp"

namespace kiosk::ui {

enum class LetterboxForm { LogItem, CheckItem, Arrangement };

// What the form holds between frames (kept by the page).
struct LetterboxDraft {
    LetterboxForm form = LetterboxForm::LogItem;
    // Logging an item
    int arrangement = -1;  // index into LetterboxView::arrangement_labels; -1: none chosen
    int kind = core::row_of(core::kAllLetterboxKinds, core::LetterboxItemKind::Letter);
    std::string from_whom;
    std::string description;
    std::string received_day;  // YYYY-MM-DD
    // Checking one
    core::Id checking = 0;
    std::vector<bool> checks;  // parallel to LetterboxView::check_labels
    std::string reason;
    // An arrangement
    core::Id editing = 0;  // 0: a new one
    std::string child_search;
    core::Id child = 0;
    int direction = core::row_of(core::kAllLetterboxDirections, core::LetterboxDirection::ToChild);
    std::string with_whom;
    int every_months = core::form_defaults::kLetterboxEveryMonths;
    std::string first_due;
    bool active = true;
};

struct LetterboxWaitingRow {
    core::Id item_id = 0;
    std::string line;      // "Isla · a card from Mum"
    std::string received;  // "Mon 16 Nov"
};

struct LetterboxArrangementRow {
    core::Id id = 0;
    std::string line;      // "Mum writes to Isla, every 6 months"
    std::string next_due;  // "Next due Tue 1 Dec"
    bool overdue = false;
};

struct LetterboxView {
    CoordinatorFrameView frame;
    std::vector<LetterboxWaitingRow> waiting;
    std::vector<LetterboxArrangementRow> arrangements;
    std::vector<std::string> arrangement_labels;  // the log form's choices: "Isla, from Mum"
    std::vector<std::string> kind_labels;
    std::vector<std::string> direction_labels;
    std::vector<std::string> check_labels;
    std::string checking_summary;  // the item being checked, in a sentence
    std::vector<std::pair<core::Id, std::string>> child_matches;
    std::string chosen_child;      // the arrangement's child's first name
    std::vector<std::string> problems;
    std::string done;
};

struct StartLogItem {};
struct StartArrangement {};
struct OpenLetterboxItem { core::Id id = 0; };
struct OpenArrangement { core::Id id = 0; };
struct FindLetterboxChild {};
struct ChooseLetterboxChild { core::Id id = 0; };
struct SaveLetterboxItem {};
struct ForwardLetterboxItem {};
struct HoldLetterboxItem {};
struct SaveArrangement {};
using LetterboxIntent =
    std::variant<std::monostate, CoordinatorTab, StartLogItem, StartArrangement, OpenLetterboxItem, OpenArrangement,
                 FindLetterboxChild, ChooseLetterboxChild, SaveLetterboxItem, ForwardLetterboxItem, HoldLetterboxItem,
                 SaveArrangement>;

LetterboxIntent draw_letterbox_screen(const LetterboxView& view, LetterboxDraft& draft, const UiResources& ui);

}  // namespace kiosk::ui
