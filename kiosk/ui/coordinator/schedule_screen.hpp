#pragma once
// coordinator/schedule: book sessions from the agreement (with the nearest venue suggested
// first), see the child's sessions and their visit codes, and record a no-show or a
// cancellation with who and why.
#include <string>
#include <variant>
#include <vector>

#include "kiosk/core/form_choices.hpp"
#include "kiosk/core/form_defaults.hpp"
#include "kiosk/core/ids.hpp"
#include "kiosk/ui/coordinator/coordinator_frame.hpp"

namespace kiosk::ui {

struct ScheduleDraft {
    std::string first_date;
    int hour = core::form_defaults::kSessionHour;
    int minute = core::form_defaults::kSessionMinute;
    int count = core::form_defaults::kSessionsToBook;
    int worker = 0;               // 0: decide later, else 1 + a row of the active workers
    bool worker_chosen = false;   // the coordinator tapped a worker: the proposal no longer moves it
    core::Id missed_session = 0;  // the session whose miss is being recorded, 0 when none
    int missed_kind = 0;          // a row of core::kMissedKinds
    std::string who;
    std::string reason;
    // Cancelling or moving a booked session still to come (session_change_form.hpp).
    core::Id changing_session = 0;  // 0 when none
    int change_kind = core::row_of(core::kAllSessionChanges, core::SessionChange::Cancel);
    std::string change_reason;
    std::string move_date;  // YYYY-MM-DD
    int move_hour = core::form_defaults::kSessionHour;  // the new start, on the time field ("-  16:00  +", or typed)
    int move_minute = core::form_defaults::kSessionMinute;
    // Resolving the case's missed-sessions flag with the social worker's decision.
    bool resolving_flag = false;
    std::string flag_note;

    core::SessionChange chosen_change() const { return core::choice_at(core::kAllSessionChanges, change_kind); }
};

struct SessionRow {
    core::Id id = 0;
    std::string when;   // "Tue 24 Nov 14:00"
    std::string room;
    std::string code;   // visit code
    std::string state;  // translated
    bool can_mark_missed = false;  // booked, and its start has passed
    bool can_change = false;       // booked and still to come: cancel or move
};

struct ScheduleView {
    CoordinatorFrameView frame;
    std::string child;
    std::string agreement;                 // "Version 2: weekly, 60 minutes, Oak Room"
    std::vector<std::string> venues;       // "Riverside — 2.1 km (nearest)"
    std::vector<std::string> worker_labels;
    int proposed_worker = -1;              // issue #16: the child's worker before, free then; -1: none
    std::string proposed_worker_note;      // "Jo supervised Zofia before and is free then"
    std::vector<std::string> missed_kind_labels;
    std::vector<SessionRow> sessions;
    std::string flag;                      // "Flagged for the social worker: 3 missed in a row"
    std::string changing_when;             // the session being cancelled or moved: "Tue 24 Nov 14:00"
    std::vector<std::string> change_kind_labels;  // Cancel it, Move it
    std::string problem;
    std::string done;
};

struct BookSessions {};
struct MarkMissed { core::Id session_id = 0; };
struct SaveMissed {};
struct CancelMissed {};
struct StartSessionChange { core::Id session_id = 0; };
struct SaveSessionChange {};
struct StartResolveFlag {};
struct SaveResolveFlag {};
struct CloseScheduleForm {};  // back from the change or flag form
using ScheduleIntent = std::variant<std::monostate, CoordinatorTab, BookSessions, MarkMissed, SaveMissed, CancelMissed,
                                    StartSessionChange, SaveSessionChange, StartResolveFlag, SaveResolveFlag,
                                    CloseScheduleForm>;

ScheduleIntent draw_schedule_screen(const ScheduleView& view, ScheduleDraft& draft, const UiResources& ui);

}  // namespace kiosk::ui
