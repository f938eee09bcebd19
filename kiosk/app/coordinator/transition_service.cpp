#include "kiosk/app/coordinator/transition_service.hpp"

#include "kiosk/store/entry_purge.hpp"
#include "kiosk/store/placement_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "kiosk/app/record_payload.hpp"

namespace kiosk::app {

NewPlacementResult create_placement(const CoordinatorContext& ctx, core::Id child_id, core::Timestamp placed_at) {
    NewPlacementResult result;
    result.problems = core::check_new_placement(placed_at, ctx.clock.now());
    if (!result.problems.empty()) return result;
    store::WriteTransaction tx(ctx.db, ctx.actor(), ctx.clock.now());
    result.placement_id = store::PlacementRepository(ctx.db).add(tx, {0, child_id, placed_at, ctx.staff_id});
    tx.commit();
    return result;
}

std::vector<core::TransitionProblem> save_comfort_call(const CoordinatorContext& ctx, core::ComfortCall call) {
    store::PlacementRepository placements(ctx.db);
    const auto before = placements.comfort_call(call.placement_id);
    // The social work team holds the call now and this device has only its care notes; saving
    // the form again would rewrite a copy that nobody receives.
    if (before && store::entry_purged_at(ctx.db, "comfort_call", before->id)) return {core::TransitionProblem::NotesRemoved};
    auto problems = core::check_comfort_call(call);
    if (!problems.empty()) return problems;
    const core::Timestamp now = ctx.clock.now();
    call.recorded_by = ctx.staff_id;
    if (call.held && core::to_unix(call.held_at) == 0) call.held_at = now;
    store::WriteTransaction tx(ctx.db, ctx.actor(), now);
    const core::Id id = placements.save_comfort_call(tx, call);
    // The social work team gets the record once, when the call has been held.
    if (call.held && !(before && before->held)) {
        tx.enqueue({"comfort_call", id, record_payload(ctx.db, "comfort_call", id), false});
    }
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
    store::PlacementRepository placements(ctx.db);
    const auto before = placements.icebreaker(meeting.placement_id);
    const core::Id id = placements.save_icebreaker(tx, meeting);
    if (meeting.held && !(before && before->held)) {
        tx.enqueue({"icebreaker", id, record_payload(ctx.db, "icebreaker", id), false});
    }
    tx.commit();
    return problems;
}

}  // namespace kiosk::app
