#pragma once
// A session (booking) of contact, and the states it moves through on the day.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/agreement.hpp"
#include "kiosk/core/ids.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::core {

enum class SessionState {
    Booked,
    ParentArrived,
    ChildArrived,
    InProgress,
    Ended,
    EndedEarly,
    Cancelled,
    NoShow,
};
std::string_view to_string(SessionState state);
std::optional<SessionState> parse_session_state(std::string_view text);

// Whether a session may move from one state to another (the day's state machine).
bool can_transition(SessionState from, SessionState to);
// A session that has finished one way or another takes no more check-ins.
bool is_closed(SessionState state);

// When one party may arrive and the order in which parties leave.
struct ArrivalWindow {
    Party party = Party::Family;
    Timestamp arrive_from{};
    Timestamp arrive_until{};
    int leave_order = 1;  // 1 leaves first
};

// A sibling in a booked session: their carer's window, who brought them and when.
struct SessionSibling {
    Id child_id = 0;
    int position = 2;
    ArrivalWindow carer_window{Party::Carer, {}, {}, 2};
    std::string brought_by{};
    std::optional<Timestamp> arrived_at{};
};

struct Session {
    Id id = 0;
    Id agreement_version_id = 0;
    Id child_id = 0;
    Id room_id = 0;
    Id worker_id = 0;  // the contact worker who supervises (staff id), 0 if not yet allocated
    Timestamp starts_at{};
    int minutes = 60;
    std::string visit_code;
    SessionState state = SessionState::Booked;
    std::vector<ArrivalWindow> arrival_windows;
    // What happened on the day (schema v2).
    std::string brought_by;  // who brought the child, as the worker wrote it ("Helen, carer")
    std::optional<Timestamp> parent_through_at;  // the parent was brought through to the room
    std::optional<Timestamp> started_at;
    std::optional<Timestamp> ended_at;
    std::string ended_early_reason;  // a core::EndedEarlyReason name, empty unless ended early
    std::string ended_early_words;
    std::vector<SessionSibling> siblings;  // brothers and sisters who come too (schema v13)

    Timestamp ends_at() const { return starts_at + std::chrono::minutes{minutes}; }
};

}  // namespace kiosk::core
