#include "kiosk/app/coordinator/agreement_service.hpp"

#include "kiosk/store/agreement_repository.hpp"
#include "kiosk/store/referral_repository.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::app {

AgreementSaveResult save_agreement_version(const CoordinatorContext& ctx, core::Id referral_id,
                                           core::AgreementVersion draft) {
    AgreementSaveResult result;
    store::ReferralRepository referrals(ctx.db);
    store::AgreementRepository agreements(ctx.db);
    const auto referral = referrals.find(referral_id);
    if (!referral) throw std::invalid_argument("no such referral");
    const core::Timestamp now = ctx.clock.now();
    result.problems = core::check_agreement(draft, core::local_date(now, ctx.time_zone), referral->child_id);
    if (!result.problems.empty()) return result;

    store::WriteTransaction tx(ctx.db, ctx.actor(), now);
    auto agreement = agreements.for_child(referral->child_id);
    core::Id agreement_id = agreement ? agreement->id : 0;
    if (agreement_id == 0) {
        agreement_id = agreements.add_agreement(tx, core::Agreement{0, referral->child_id, referral_id, now});
    }
    const auto latest = agreements.latest_version(agreement_id);
    draft.agreement_id = agreement_id;
    draft.version = latest ? latest->version + 1 : 1;
    draft.effective_from = now;
    result.version_id = agreements.add_version(tx, draft);
    result.version = draft.version;
    if (referral->status != core::ReferralStatus::Agreed) {
        referrals.set_status(tx, referral_id, core::ReferralStatus::Agreed);
    }
    tx.commit();
    return result;
}

core::AgreementVersion agreement_draft_for(const CoordinatorContext& ctx, core::Id referral_id) {
    const auto referral = store::ReferralRepository(ctx.db).find(referral_id);
    if (!referral) throw std::invalid_argument("no such referral");
    store::AgreementRepository agreements(ctx.db);
    const core::AgreementVersion defaults =
        core::default_agreement_version(core::local_date(ctx.clock.now(), ctx.time_zone));
    if (const auto agreement = agreements.for_child(referral->child_id)) {
        if (auto latest = agreements.latest_version(agreement->id)) {
            // Versions written before schema v2 have no arrival plans (and may lack a
            // frequency): start the new version from the defaults for those parts.
            if (latest->arrival_plans.empty()) latest->arrival_plans = defaults.arrival_plans;
            if (core::interval_days(latest->frequency, latest->custom_interval_days) == 0) {
                latest->frequency = defaults.frequency;
            }
            return *latest;
        }
    }
    core::AgreementVersion draft = defaults;
    if (const auto assessed = store::ReferralRepository(ctx.db).latest_assessment(referral_id)) {
        draft.supervision_level = assessed->chosen_level;
    }
    return draft;
}

}  // namespace kiosk::app
