#pragma once
#include <string>

#include "kiosk/core/agreement.hpp"
#include "kiosk/core/ids.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::core {

struct CheckIn {
    Id id = 0;
    Id session_id = 0;
    Id adult_id = 0;  // an approved attendee
    Party party = Party::Family;
    Timestamp at{};
    bool agreement_confirmed = false;
    int agreement_version = 0;
    // Finger signature, when the agreement version is new to them; emptied on the device once
    // synced (store/entry_purge), after which the store still knows that they signed.
    std::string signature_strokes;
};

struct Feedback {
    Id id = 0;
    // The visit it is about; 0 for anonymous feedback, which keeps no session even on the lobby
    // (schema v20) and names none to the server (issue #16, item 9).
    Id session_id = 0;
    int child_face = 0;  // 1 (sad) .. 5 (happy); 0 when not given
    int adult_face = 0;
    std::string comment;  // emptied on the device once synced (store/entry_purge)
    bool anonymous = false;
    Timestamp at{};
    Id venue_id = 0;   // where it was given: the coordinator reads feedback by venue and week
    std::string week;  // the venue-local Monday of that week (core::week_of)
};

}  // namespace kiosk::core
