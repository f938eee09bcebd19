#include "kiosk/app/coordinator/session_change_service.hpp"

#include "kiosk/app/coordinator/schedule_service.hpp"
#include "kiosk/app/record_payload.hpp"
#include "kiosk/core/calendar.hpp"
#include "kiosk/store/session_change_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/store_error.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::app {
namespace {
core::Session must_find(store::Database& db, core::Id session_id) {
    auto session = store::SessionRepository(db).find(session_id);
    if (!session) throw store::StoreError(store::StoreErrorKind::NotFound, "no such session");
    return *session;
}

}  // namespace

SessionChangeResult cancel_session(const CoordinatorContext& ctx, core::Id session_id, const std::string& reason) {
    SessionChangeResult result;
    const core::Session session = must_find(ctx.db, session_id);
    const core::Timestamp now = ctx.clock.now();
    result.problems = core::check_cancel(session, now, reason);
    if (!result.problems.empty()) return result;
    store::WriteTransaction tx(ctx.db, ctx.actor(), now);
    store::SessionRepository(ctx.db).set_state(tx, session_id, core::SessionState::Cancelled);
    const core::Id change = store::SessionChangeRepository(ctx.db).add(tx, {0, session_id, "cancelled", 0, reason, ctx.staff_id, now});
    // What the social work team needs to tell the family and the carers: which visit and why
    // (never its visit code, the family's key to the lobby). The booking's state reaches the
    // venue's devices by itself (the sessions row's journal).
    result.notice_uuid = tx.enqueue({"session_cancelled", change, record_payload(ctx.db, "session_cancelled", change), false});
    tx.commit();
    return result;
}

SessionChangeResult move_session(const CoordinatorContext& ctx, core::Id session_id, const std::string& date, int hour,
                                 int minute, const std::string& reason) {
    SessionChangeResult result;
    const core::Session session = must_find(ctx.db, session_id);
    const core::Timestamp now = ctx.clock.now();
    if (!core::is_iso_date(date) || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
        result.problems = {core::ActionProblem::NewTimeInPast};
        return result;
    }
    const core::Timestamp new_start = core::local_to_utc(date, hour, minute, ctx.time_zone);
    result.problems = core::check_move(session, new_start, now, reason);
    if (!result.problems.empty()) return result;

    core::Session moved = session;
    moved.id = 0;
    moved.starts_at = new_start;
    moved.state = core::SessionState::Booked;
    // The windows keep their places around the start (the agreement's arrival plan).
    for (auto& w : moved.arrival_windows) {
        w.arrive_from += new_start - session.starts_at;
        w.arrive_until += new_start - session.starts_at;
    }
    const std::vector<core::Booking> proposed{{0, moved.room_id, moved.worker_id, moved.starts_at, moved.ends_at()}};
    std::vector<core::Booking> existing;
    for (const auto& b : bookings_near(ctx.db, new_start, new_start)) {
        if (b.id != session_id) existing.push_back(b);  // the session being moved frees its own slot
    }
    result.clashes = core::find_clashes(proposed, existing);
    if (!result.clashes.empty()) return result;

    store::SessionRepository sessions(ctx.db);
    store::WriteTransaction tx(ctx.db, ctx.actor(), now);
    moved.visit_code = fresh_visit_code(ctx.db);
    sessions.set_state(tx, session_id, core::SessionState::Cancelled);
    result.new_session_id = sessions.add(tx, moved);
    result.new_visit_code = moved.visit_code;
    const core::Id change =
        store::SessionChangeRepository(ctx.db).add(tx, {0, session_id, "moved", result.new_session_id, reason, ctx.staff_id, now});
    result.notice_uuid = tx.enqueue({"session_moved", change, record_payload(ctx.db, "session_moved", change), false});
    tx.commit();
    return result;
}

}  // namespace kiosk::app
