#include "kiosk/app/coordinator/attendance_service.hpp"

#include "kiosk/app/record_payload.hpp"
#include "kiosk/core/deadline_board.hpp"
#include "kiosk/store/attendance_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/store_error.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::app {
namespace {
constexpr const char* kMissedRunFlag = "missed_run";
}

MissedSessionResult record_missed_session(const CoordinatorContext& ctx, core::MissedSession missed,
                                          int missed_run_threshold) {
    MissedSessionResult result;
    result.problems = core::check_missed_session(missed);
    if (!result.problems.empty()) return result;
    store::SessionRepository sessions(ctx.db);
    store::AttendanceRepository attendance(ctx.db);
    const auto session = sessions.find(missed.session_id);
    if (!session) throw store::StoreError(store::StoreErrorKind::NotFound, "no such session");

    const core::Timestamp now = ctx.clock.now();
    missed.recorded_by = ctx.staff_id;
    missed.recorded_at = now;
    result.notice_send_after = core::next_morning(now, ctx.time_zone);

    store::WriteTransaction tx(ctx.db, ctx.actor(), now);
    const core::Id missed_id = attendance.record_missed(tx, missed);
    // The notice says what the social worker needs to act on; the sync sends it after send_after.
    result.notice_uuid = tx.enqueue({"missed_session_notice", missed_id,
                                     record_payload(ctx.db, "missed_session_notice", missed_id, result.notice_send_after),
                                     false});

    // The history read inside the transaction already holds this miss.
    const bool run = core::missed_run_reached(attendance.history(session->child_id, now), missed_run_threshold);
    if (run && !attendance.has_open_flag(session->child_id, kMissedRunFlag)) {
        attendance.raise_flag(tx, session->child_id, kMissedRunFlag);
        result.flagged = true;
    }
    tx.commit();
    return result;
}

}  // namespace kiosk::app
