#pragma once
// The today board as plain view structs: every session today by room and time, its stage,
// the arrival windows, the children's allergies and medical needs (staff face only), open
// alerts, and the records due. The screen draws this and nothing else.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/alert.hpp"
#include "kiosk/core/call_events.hpp"
#include "kiosk/core/contact_arrangement.hpp"
#include "kiosk/core/language_needs.hpp"
#include "kiosk/core/agreement.hpp"
#include "kiosk/core/record_rules.hpp"
#include "kiosk/core/session.hpp"
#include "kiosk/core/time.hpp"
#include "kiosk/app/staff/due_records.hpp"

namespace kiosk::store {
class Database;
}

namespace kiosk::app {

// The stages the board shows, in the order a session goes through them.
enum class BoardStage { Booked, ParentArrived, ChildArrived, InProgress, Ended, RecordDraft, RecordFinal, Cancelled, NoShow };
std::string_view to_string(BoardStage stage);

struct BoardArrivalWindow {
    core::Party party = core::Party::Family;
    std::string from_local;   // "10:35"
    std::string until_local;  // "11:15"
    int leave_order = 1;
};

// A brother or sister in the session (issue #16): their own needs and their own carer's window.
struct BoardSibling {
    core::Id child_id = 0;
    int position = 2;
    std::string first_name;
    core::AgeBand age_band = core::AgeBand::Primary;
    std::string allergies;  // staff face only
    std::string medical;
    std::string needs;
    BoardArrivalWindow carer_window;
    std::string arrived_local;  // "13:35" once here, else empty
    std::string brought_by;
};

struct BoardSession {
    core::Id session_id = 0;
    std::string room;
    std::string starts_local;
    std::string ends_local;
    core::Timestamp starts_at{};
    BoardStage stage = BoardStage::Booked;
    bool ended_early = false;
    core::Id worker_id = 0;
    std::string worker_name;
    std::string child_first_name;
    core::AgeBand age_band = core::AgeBand::Primary;
    std::string allergies;  // staff face only: never on the lobby
    std::string medical;
    std::string needs;
    std::string from_placement;  // what the comfort call and icebreaker taught (staff only)
    std::vector<BoardArrivalWindow> arrival_windows;
    std::vector<BoardSibling> siblings;     // issue #16: siblings in the session
    core::ContactArrangement arrangement;   // at the venue, a call, or in the community; who supervises
    core::LanguageNeeds language;           // the family's, from the referral
    core::CallSummary call;                 // a call's joins and drops so far
    std::vector<core::Alert> alerts;  // open alerts for this session
    core::Id record_id = 0;
    std::optional<DueRecord> due;     // set while the record is owed
};

struct TodayBoard {
    std::string venue_name;
    std::string local_date;  // "2026-11-23"
    std::vector<BoardSession> sessions;      // by start time, then room
    std::vector<core::Alert> venue_alerts;   // open alerts not tied to a session (wrong codes)
    std::vector<DueRecord> due;              // every record owed, today's and earlier
};

// The board of the venue-local day containing `now`, for the device's (first) venue.
TodayBoard build_today_board(store::Database& db, core::Timestamp now);

// The siblings, how contact happens, the family's language and a call's events (issue #16), for
// a board row or any one session's facts.
void add_contact_details(store::Database& db, const std::string& time_zone, const std::string& local_date,
                         const core::Session& session, BoardSession& row);

// A named worker acknowledges an alert (one transaction with its audit row).
void acknowledge_alert(store::Database& db, const core::Clock& clock, core::Id alert_id, core::Id staff_id);

}  // namespace kiosk::app
