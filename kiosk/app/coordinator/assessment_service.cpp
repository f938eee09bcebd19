#include "kiosk/app/coordinator/assessment_service.hpp"

#include "kiosk/core/risk_factor_names.hpp"
#include "kiosk/core/text.hpp"
#include "kiosk/store/concern_repository.hpp"
#include "kiosk/store/referral_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::app {

AssessmentResult save_assessment(const CoordinatorContext& ctx, core::Id referral_id, const AssessmentForm& form) {
    AssessmentResult result;
    result.recommended = core::recommend_supervision(form.input);
    store::ReferralRepository referrals(ctx.db);
    const auto referral = referrals.find(referral_id);
    if (!referral) return {AssessmentOutcome::NoSuchReferral, 0, result.recommended};
    if (core::check_free_text(form.reason_for_lower_level, 8000) != core::TextProblem::None) {
        return {AssessmentOutcome::BadText, 0, result.recommended};
    }
    if (core::check_level_choice(result.recommended, form.chosen, form.reason_for_lower_level) ==
        core::LevelChoice::NeedsReason) {
        return {AssessmentOutcome::NeedsReason, 0, result.recommended};
    }
    core::RiskAssessment a;
    a.referral_id = referral_id;
    a.assessed_by = ctx.staff_id;
    a.assessed_at = ctx.clock.now();
    a.risk_factors = core::join_risk_factors(form.input.risks);
    a.protective_factors = core::join_protective_factors(form.input.protective);
    a.contact_history = std::string(core::to_string(form.input.history));
    a.child_wishes = std::string(core::to_string(form.input.wish));
    a.recommended_level = result.recommended;
    a.chosen_level = form.chosen;
    // A reason is kept only where it is needed, so it cannot be mistaken for one later.
    if (form.chosen < result.recommended) a.reason_for_lower_level = form.reason_for_lower_level;

    store::WriteTransaction tx(ctx.db, ctx.actor(), ctx.clock.now());
    result.assessment_id = referrals.add_assessment(tx, a);
    if (referral->status == core::ReferralStatus::New) {
        referrals.set_status(tx, referral_id, core::ReferralStatus::InProgress);
    }
    tx.commit();
    return result;
}

std::optional<AssessmentForm> load_assessment(const CoordinatorContext& ctx, core::Id referral_id) {
    const auto saved = store::ReferralRepository(ctx.db).latest_assessment(referral_id);
    if (!saved) return std::nullopt;
    AssessmentForm form;
    form.input.risks = core::split_risk_factors(saved->risk_factors);
    form.input.protective = core::split_protective_factors(saved->protective_factors);
    form.input.history = core::parse_contact_history(saved->contact_history).value_or(core::ContactHistory::None);
    form.input.wish = core::parse_child_wish(saved->child_wishes).value_or(core::ChildWish::TooYoungToSay);
    form.chosen = saved->chosen_level;
    form.reason_for_lower_level = saved->reason_for_lower_level;
    return form;
}

RecentSessions recent_sessions(const CoordinatorContext& ctx, core::Id child_id) {
    constexpr int kSessionsWeighed = 6;
    RecentSessions recent;
    store::ConcernRepository concerns(ctx.db);
    const auto sessions = store::SessionRepository(ctx.db).of_child(child_id);  // oldest first
    for (auto it = sessions.rbegin(); it != sessions.rend() && recent.considered < kSessionsWeighed; ++it) {
        if (it->starts_at >= ctx.clock.now()) continue;
        if (it->state != core::SessionState::Ended && it->state != core::SessionState::EndedEarly) continue;
        ++recent.considered;
        if (!concerns.for_session(it->id).empty()) ++recent.with_concern;
    }
    return recent;
}

}  // namespace kiosk::app
