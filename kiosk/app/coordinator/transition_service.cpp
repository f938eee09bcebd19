#include "kiosk/app/coordinator/transition_service.hpp"

#include "kiosk/store/placement_repository.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::app {

std::vector<core::TransitionProblem> save_comfort_call(const CoordinatorContext& ctx, core::ComfortCall call) {
    auto problems = core::check_comfort_call(call);
    if (!problems.empty()) return problems;
    const core::Timestamp now = ctx.clock.now();
    call.recorded_by = ctx.staff_id;
    if (call.held && core::to_unix(call.held_at) == 0) call.held_at = now;
    store::WriteTransaction tx(ctx.db, ctx.actor(), now);
    store::PlacementRepository(ctx.db).save_comfort_call(tx, call);
    tx.commit();
    return problems;
}

std::vector<core::TransitionProblem> save_icebreaker(const CoordinatorContext& ctx, core::Icebreaker meeting) {
    auto problems = core::check_icebreaker(meeting);
    if (!problems.empty()) return problems;
    const core::Timestamp now = ctx.clock.now();
    meeting.recorded_by = ctx.staff_id;
    if (meeting.held && core::to_unix(meeting.held_at) == 0) meeting.held_at = now;
    store::WriteTransaction tx(ctx.db, ctx.actor(), now);
    store::PlacementRepository(ctx.db).save_icebreaker(tx, meeting);
    tx.commit();
    return problems;
}

}  // namespace kiosk::app
