#pragma once
// staff/board: today at a glance. Every session by time and room with its stage, each
// party's arrival window, the children's allergies and medical needs (never shown on the
// lobby), open alerts to acknowledge, and how many records are due or overdue.
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "kiosk/core/ids.hpp"
#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

struct BoardAlertView {
    core::Id alert_id = 0;
    std::string kind_key;   // "staff.alert.late_arrival"
    std::string detail;     // staff-only words
    std::string severity_key;  // a safeguarding concern's level: "staff.severity.high"; else empty
    std::string raised_hhmm;
};

struct BoardWindowView {
    std::string party_key;  // "staff.party.carer"
    std::string from_hhmm;
    std::string until_hhmm;
};

struct BoardRowView {
    core::Id session_id = 0;
    std::string starts_hhmm;
    std::string ends_hhmm;
    std::string room;
    std::string child_first_name;
    std::string age_band_key;  // "staff.age_band.baby"
    std::string stage_key;     // "staff.stage.in_progress"
    bool ended_early = false;
    std::string worker_name;
    std::vector<BoardWindowView> windows;
    std::string allergies;
    std::string medical;
    std::string needs;
    std::string from_placement;
    std::vector<BoardAlertView> alerts;
    bool overdue = false;
};

struct BoardView {
    std::string clock_hhmm;
    std::string worker_name;
    std::string venue_name;
    std::string local_date;
    std::vector<BoardRowView> rows;
    std::vector<BoardAlertView> venue_alerts;  // not tied to a session (repeated wrong codes)
    int due_count = 0;
    int overdue_count = 0;
    std::string message;
    std::int64_t unsent = 0;     // records waiting for the sync
    std::string last_sync_hhmm;  // the last full sync; empty: never
};

struct OpenSession {
    core::Id session_id = 0;
};
struct AcknowledgeAlert {
    core::Id alert_id = 0;
};
struct ShowDueList {};
struct LockStaffFace {};
using BoardIntent = std::variant<std::monostate, OpenSession, AcknowledgeAlert, ShowDueList, LockStaffFace>;

BoardIntent draw_board_screen(const BoardView& view, const UiResources& ui);

}  // namespace kiosk::ui
