#pragma once
// Records still owed: each ended session without a final record, with when it is due (the
// agreement's recording timescale) and whether it is due soon or overdue. Shown on the today
// board and straight after sign-in.
#include <optional>
#include <vector>

#include "kiosk/core/due_dates.hpp"
#include "kiosk/core/ids.hpp"

namespace kiosk::store {
class Database;
}

namespace kiosk::app {

struct DueRecord {
    core::Id session_id = 0;
    core::Id record_id = 0;  // 0 when no draft has been started
    core::Id worker_id = 0;
    core::Timestamp session_end{};
    core::Timestamp due_at{};
    core::DueStatus status = core::DueStatus::Due;
};

// Soonest due first (so overdue records lead). With `worker_id`, only that worker's.
std::vector<DueRecord> due_records(store::Database& db, core::Timestamp now,
                                   std::optional<core::Id> worker_id = std::nullopt);

}  // namespace kiosk::app
