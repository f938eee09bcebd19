#pragma once
// staff/finalize: before signing, what is still missing; after, the signed record's seal,
// its due time and late-entry mark, the note on the limits of its use, and dated addenda,
// which are the only way to correct a final record.
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "kiosk/ui/staff/board_screen.hpp"
#include "kiosk/ui/staff/session_screen.hpp"
#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

struct AddendumLineView {
    std::string when;  // "23 Nov 10:40"
    std::string author;
    std::string text;
};

struct FinalizeView {
    std::string clock_hhmm;
    std::string worker_name;
    std::string child_first_name;
    bool is_final = false;
    std::vector<std::string> missing_title_keys;  // "staff.section.concerns"
    std::vector<std::pair<std::string, std::string>> missing_for_siblings;  // first name, section title key
    bool checked = false;                          // a finalize was tried: show what is missing
    std::string due_text;                          // "23 Nov 11:00"
    bool overdue = false;
    std::string signed_text;                       // "Jo, 23 Nov 10:40"
    bool late_entry = false;
    std::string use_note;                          // the note on the limits of use
    bool reviewed = false;
    bool can_review = false;                       // a coordinator who did not write it
    std::vector<AddendumLineView> addenda;
    std::string addendum_text;
    std::string message;
};

struct SignAndFinalize {};
struct AddendumEdited {
    std::string text;
};
struct AddAddendum {};
struct MarkReviewed {};
struct BackToRecord {};
using FinalizeIntent = std::variant<std::monostate, SignAndFinalize, AddendumEdited, AddAddendum, MarkReviewed,
                                    BackToRecord, BackToBoard, LockStaffFace>;

FinalizeIntent draw_finalize_screen(const FinalizeView& view, const UiResources& ui);

}  // namespace kiosk::ui
