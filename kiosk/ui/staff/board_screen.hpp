#pragma once
// staff/board: today at a glance. Every session by time and room with its stage, each
// party's arrival window, the children's allergies and medical needs (never shown on the
// lobby), open alerts to acknowledge, how many records are due or overdue, and (only when some
// wait) the letters, cards and photos waiting for a worker's check.
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

// A sibling in the session (issue #16): first name, age band, their own needs and carer's window.
struct BoardSiblingView {
    core::Id child_id = 0;
    std::string first_name;
    std::string age_band_key;
    std::string allergies;
    std::string medical;
    std::string needs;
    BoardWindowView carer_window;
    std::string arrived_hhmm;  // empty until they are here
    std::string brought_by;
};

// How contact happens, when it is not a visit supervised by a contact worker at the venue.
struct BoardContactView {
    std::string mode_key;           // "staff.contact.virtual", "staff.contact.community"; "" at the venue
    std::string platform;           // "WhatsApp"; empty for a phone call (platform_key says it)
    std::string platform_key;       // "platform.phone" for a phone call
    std::string starter_key;        // "staff.call_starter.carer"
    std::string place;              // in the community: where
    std::string supervised_by_key;  // "staff.supervised_by.carer"; "" for a contact worker
    std::string supervisor_name;    // a consistent adult's first name
    int drops = 0;                  // a call's lost connections so far
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
    std::vector<BoardSiblingView> siblings;
    BoardContactView contact;
    std::string language_key;  // "language_name.pl": the family's language; "" when not recorded
    bool interpreter_needed = false;
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
    int letters_waiting = 0;     // letterbox items waiting for a worker's check (issue #16)
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
struct ShowLettersToCheck {};
struct LockStaffFace {};
using BoardIntent = std::variant<std::monostate, OpenSession, AcknowledgeAlert, ShowDueList, ShowLettersToCheck, LockStaffFace>;

BoardIntent draw_board_screen(const BoardView& view, const UiResources& ui);

}  // namespace kiosk::ui
