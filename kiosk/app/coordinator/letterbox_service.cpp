#include "kiosk/app/coordinator/letterbox_service.hpp"

#include "kiosk/app/record_payload.hpp"
#include "kiosk/store/family_repository.hpp"
#include "kiosk/store/letterbox_repository.hpp"
#include "kiosk/store/store_error.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::app {

LetterboxResult save_letterbox_arrangement(const CoordinatorContext& ctx, core::LetterboxArrangement arrangement) {
    LetterboxResult result;
    result.problems = core::check_arrangement(arrangement);
    if (!result.problems.empty()) return result;
    if (!store::FamilyRepository(ctx.db).child(arrangement.child_id)) {
        throw store::StoreError(store::StoreErrorKind::NotFound, "no such child");
    }
    store::WriteTransaction tx(ctx.db, ctx.actor(), ctx.clock.now());
    result.id = store::LetterboxRepository(ctx.db).save_arrangement(tx, arrangement);
    tx.commit();
    return result;
}

LetterboxResult log_letterbox_item(const CoordinatorContext& ctx, core::LetterboxItem item) {
    LetterboxResult result;
    result.problems = core::check_logged_item(item);
    if (!result.problems.empty()) return result;
    store::LetterboxRepository letterbox(ctx.db);
    if (item.arrangement_id != 0) {
        // An item under an arrangement is for its child, in its direction.
        const auto arrangement = letterbox.arrangement(item.arrangement_id);
        if (!arrangement) throw store::StoreError(store::StoreErrorKind::NotFound, "no such letterbox arrangement");
        item.child_id = arrangement->child_id;
        item.direction = arrangement->direction;
    }
    if (!store::FamilyRepository(ctx.db).child(item.child_id)) {
        throw store::StoreError(store::StoreErrorKind::NotFound, "no such child");
    }
    item.logged_by = ctx.staff_id;
    item.decision = core::LetterboxDecision::Waiting;
    store::WriteTransaction tx(ctx.db, ctx.actor(), ctx.clock.now());
    result.id = letterbox.log_item(tx, item);
    tx.commit();
    return result;
}

LetterboxResult decide_letterbox_item(const CoordinatorContext& ctx, core::Id item_id, core::LetterboxDecision decision,
                                      const std::vector<core::LetterboxCheck>& checks_passed, const std::string& reason) {
    return decide_letterbox_item(ctx.db, ctx.clock, ctx.staff_id, item_id, decision, checks_passed, reason);
}

}  // namespace kiosk::app
