#pragma once
// Sessions that have ended and whose record is not yet final: what the due list is made of.
// The deadline itself is a core rule (core/due_dates.hpp); this only gathers its inputs.
#include <vector>

#include "kiosk/core/due_dates.hpp"
#include "kiosk/core/ids.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::store {

class Database;

struct RecordOwed {
    core::Id session_id = 0;
    core::Id worker_id = 0;  // 0 when no worker was allocated
    core::Id record_id = 0;  // 0 when no draft has been started
    core::Id child_id = 0;
    core::Timestamp session_end{};  // when it really ended, else when it was booked to end
    core::RecordingTimescale timescale;
    std::string time_zone;  // the venue's
};

// Every ended session without a final record, oldest first.
std::vector<RecordOwed> records_owed(Database& db);

}  // namespace kiosk::store
