#include "kiosk/app/coordinator/case_service.hpp"

#include <stdexcept>

#include "kiosk/app/record_payload.hpp"
#include "kiosk/store/attendance_repository.hpp"
#include "kiosk/store/referral_repository.hpp"
#include "kiosk/store/replica_reader.hpp"
#include "kiosk/store/session_change_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/store_error.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "sync/protocol/venue_entities.hpp"

namespace kiosk::app {

CloseReferralResult close_referral(const CoordinatorContext& ctx, core::Id referral_id, const std::string& reason) {
    CloseReferralResult result;
    store::ReferralRepository referrals(ctx.db);
    const auto referral = referrals.find(referral_id);
    if (!referral) throw store::StoreError(store::StoreErrorKind::NotFound, "no such referral");
    result.problems = core::check_close_referral(*referral, reason);
    if (!result.problems.empty()) return result;

    const core::Timestamp now = ctx.clock.now();
    store::SessionRepository sessions(ctx.db);
    store::SessionChangeRepository changes(ctx.db);
    store::WriteTransaction tx(ctx.db, ctx.actor(), now);
    referrals.close(tx, referral_id, ctx.staff_id, reason);
    for (const auto& s : sessions.of_child(referral->child_id)) {
        if (s.state != core::SessionState::Booked || s.starts_at <= now) continue;
        sessions.set_state(tx, s.id, core::SessionState::Cancelled);
        const core::Id change = changes.add(tx, {0, s.id, "cancelled", 0, reason, ctx.staff_id, now});
        const auto notice = store::ReplicaReader(ctx.db).session_change(change, referral_id);
        if (!notice) throw std::logic_error("a queued session_cancelled could not be read back");
        tx.enqueue({"session_cancelled", change, sync::encode_entity(core::replica::Entity{*notice}), false});
        ++result.sessions_cancelled;
    }
    tx.enqueue({"referral_closed", referral_id, record_payload(ctx.db, "referral_closed", referral_id), false});
    tx.commit();
    return result;
}

std::vector<core::ActionProblem> resolve_case_flag(const CoordinatorContext& ctx, core::Id flag_id, const std::string& note) {
    auto problems = core::check_resolve_flag(note);
    if (!problems.empty()) return problems;
    store::WriteTransaction tx(ctx.db, ctx.actor(), ctx.clock.now());
    store::AttendanceRepository(ctx.db).resolve_flag(tx, flag_id, ctx.staff_id, note);
    tx.commit();
    return {};
}

void save_language_needs(const CoordinatorContext& ctx, core::Id referral_id, const core::LanguageNeeds& needs) {
    core::LanguageNeeds checked = needs;
    if (!core::is_known_language(checked.preferred)) checked.preferred.clear();
    store::WriteTransaction tx(ctx.db, ctx.actor(), ctx.clock.now());
    store::ReferralRepository(ctx.db).set_language_needs(tx, referral_id, checked);
    tx.commit();
}

}  // namespace kiosk::app
