#include "kiosk/app/staff/due_records.hpp"

#include <algorithm>

#include "kiosk/store/due_record_query.hpp"
#include "kiosk/store/holiday_repository.hpp"

namespace kiosk::app {

std::vector<DueRecord> due_records(store::Database& db, core::Timestamp now, std::optional<core::Id> worker_id) {
    std::vector<DueRecord> out;
    const core::WorkingCalendar calendar = store::HolidayRepository(db).calendar();
    for (const auto& owed : store::records_owed(db)) {
        if (worker_id && owed.worker_id != *worker_id) continue;
        const core::Timestamp due = core::recording_due_at(owed.session_end, owed.timescale, owed.time_zone, calendar);
        out.push_back(DueRecord{.session_id = owed.session_id,
                                .record_id = owed.record_id,
                                .worker_id = owed.worker_id,
                                .session_end = owed.session_end,
                                .due_at = due,
                                .status = core::due_status(due, now)});
    }
    std::stable_sort(out.begin(), out.end(), [](const DueRecord& a, const DueRecord& b) { return a.due_at < b.due_at; });
    return out;
}

}  // namespace kiosk::app
