#pragma once
// staff/session: running one session on the day. Child arrived (and who brought them), the
// parent arrived and brought through, start, end, or end early with a reason from a list and
// words, and the staggered departure (who leaves first, and how long the next one waits).
// A sibling's arrival is marked on its own; a call records each party's joins, leaves and
// drops in place of arrivals (issue #16).
#include <string>
#include <variant>
#include <vector>

#include "kiosk/core/ids.hpp"
#include "kiosk/ui/staff/board_screen.hpp"
#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

struct DepartureLineView {
    std::string party_key;  // "staff.party.family"
    int wait_minutes = 0;   // after the party before has left
    std::string child_first_name;  // a sibling's own carer: whose carer (issue #16)
};

// A party of a video or phone call (issue #16): on it or not; joined, left, dropped are recorded.
struct CallPartyView {
    int party = 0;          // a core::CallParty, as an index
    std::string party_key;  // "staff.call_party.family"
    bool on_call = false;
};

// A sibling who comes with their own carer: marked arrived on their own.
struct SiblingArrivalView {
    core::Id child_id = 0;
    std::string first_name;
    bool arrived = false;
    bool can_mark = false;
};

struct SessionView {
    std::string clock_hhmm;
    std::string worker_name;
    BoardRowView session;                   // what the board shows of it
    std::vector<DepartureLineView> departure;
    std::string brought_by;                 // as typed so far
    bool can_mark_child_arrived = false;
    bool can_mark_parent_arrived = false;
    bool can_bring_parent_through = false;
    bool can_start = false;
    bool can_end = false;
    bool has_record = false;
    bool ending_early = false;              // the reason list is open
    std::vector<std::string> reason_keys;   // "staff.reason.child_distressed", in list order
    int chosen_reason = -1;
    std::string early_words;
    std::string message;
    bool is_call = false;                        // a call: joins and drops instead of arrivals
    std::vector<CallPartyView> call_parties;
    std::vector<SiblingArrivalView> sibling_arrivals;
};

struct BroughtByEdited {
    std::string text;
};
struct MarkChildArrived {};
struct MarkParentArrived {};
struct BringParentThrough {};
struct StartSession {};
struct EndSession {};
struct BeginEndEarly {};
struct ChooseEndReason {
    int index = 0;
};
struct EarlyWordsEdited {
    std::string text;
};
struct ConfirmEndEarly {};
struct CancelEndEarly {};
struct OpenRecord {};
struct RecordCallEvent {
    int party = 0;  // core::CallParty
    int kind = 0;   // core::CallEventKind
};
struct MarkSiblingArrived {
    core::Id child_id = 0;
};
struct BackToBoard {};
using SessionIntent =
    std::variant<std::monostate, BroughtByEdited, MarkChildArrived, MarkParentArrived, BringParentThrough,
                 StartSession, EndSession, BeginEndEarly, ChooseEndReason, EarlyWordsEdited, ConfirmEndEarly,
                 CancelEndEarly, OpenRecord, BackToBoard, LockStaffFace, RecordCallEvent, MarkSiblingArrived>;

SessionIntent draw_session_screen(const SessionView& view, const UiResources& ui);

}  // namespace kiosk::ui
