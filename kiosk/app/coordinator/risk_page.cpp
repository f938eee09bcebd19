// The risk assessment: its draft from the saved assessment, the view, and saving.
#include "kiosk/app/coordinator/risk_page.hpp"

#include <algorithm>

#include "kiosk/app/coordinator/assessment_service.hpp"
#include "kiosk/app/coordinator/coordinator_page_text.hpp"
#include "kiosk/app/coordinator/coordinator_text.hpp"
#include "kiosk/core/form_choices.hpp"
#include "kiosk/core/risk_factor_names.hpp"
#include "kiosk/store/referral_repository.hpp"

namespace kiosk::app {
namespace {
template <class Enum, std::size_t N>
std::vector<std::string> labels_of(const std::array<Enum, N>& all, const char* prefix, const ui::Translator& text) {
    std::vector<std::string> out;
    for (const Enum value : all) out.emplace_back(text.tr(std::string(prefix) + std::string(core::to_string(value))));
    return out;
}

AssessmentForm form_from(const ui::RiskDraft& d) {
    AssessmentForm form;
    for (std::size_t i = 0; i < core::kAllRiskFactors.size() && i < d.risks.size(); ++i) {
        if (d.risks[i]) form.input.risks.push_back(core::kAllRiskFactors[i]);
    }
    for (std::size_t i = 0; i < core::kAllProtectiveFactors.size() && i < d.protective.size(); ++i) {
        if (d.protective[i]) form.input.protective.push_back(core::kAllProtectiveFactors[i]);
    }
    form.input.history = core::choice_at(core::kAllContactHistories, d.history);
    form.input.wish = core::choice_at(core::kAllChildWishes, d.wish);
    form.chosen = core::choice_at(core::kAllSupervisionLevels, d.chosen);
    form.reason_for_lower_level = d.reason;
    return form;
}
}  // namespace

void RiskPage::open(const CoordinatorContext& ctx, core::Id referral) {
    referral_ = referral;
    draft_ = {};
    draft_.risks.assign(core::kAllRiskFactors.size(), false);
    draft_.protective.assign(core::kAllProtectiveFactors.size(), false);
    const auto saved = load_assessment(ctx, referral_);
    if (!saved) return;
    for (std::size_t i = 0; i < core::kAllRiskFactors.size(); ++i) {
        draft_.risks[i] = std::find(saved->input.risks.begin(), saved->input.risks.end(), core::kAllRiskFactors[i]) !=
                          saved->input.risks.end();
    }
    for (std::size_t i = 0; i < core::kAllProtectiveFactors.size(); ++i) {
        draft_.protective[i] = std::find(saved->input.protective.begin(), saved->input.protective.end(),
                                         core::kAllProtectiveFactors[i]) != saved->input.protective.end();
    }
    draft_.history = core::row_of(core::kAllContactHistories, saved->input.history);
    draft_.wish = core::row_of(core::kAllChildWishes, saved->input.wish);
    draft_.chosen = core::row_of(core::kAllSupervisionLevels, saved->chosen);
    draft_.reason = saved->reason_for_lower_level;
}

const ui::RiskView& RiskPage::view(const PageEnv& env) const {
    return model_.get(env.key(BuiltFor{env.language(), referral_, draft_, env.messages}), [&] { return build_view(env); });
}

ui::RiskView RiskPage::build_view(const PageEnv& env) const {
    const auto& ctx = env.ctx;
    const auto& text = env.ui.text;
    ui::RiskView view;
    view.frame = env.frame;
    const auto r = store::ReferralRepository(ctx.db).find(referral_);
    view.child = r ? child_label(ctx, r->child_id, text) : "";
    view.risk_labels = labels_of(core::kAllRiskFactors, "coord.risk_factor.", text);
    view.protective_labels = labels_of(core::kAllProtectiveFactors, "coord.protective.", text);
    view.history_labels = labels_of(core::kAllContactHistories, "coord.history.", text);
    view.wish_labels = labels_of(core::kAllChildWishes, "coord.wish.", text);
    view.level_labels = level_labels(text);
    const auto form = form_from(draft_);
    const auto recommended = core::recommend_supervision(form.input);
    view.recommended = core::row_of(core::kAllSupervisionLevels, recommended);
    view.recommendation = std::string(text.tr("coord.risk.recommended")) + " " + level_label(recommended, text);
    view.reason_needed = form.chosen < recommended;
    const auto saved = store::ReferralRepository(ctx.db).latest_assessment(referral_);
    const auto recent = r ? recent_sessions(ctx, r->child_id) : RecentSessions{};
    if (saved && r && core::prompt_step_down(saved->chosen_level, recent.considered, recent.with_concern)) {
        view.step_down_prompt = text.tr("coord.risk.step_down");
    }
    view.problem = env.messages.problem;
    view.saved = env.messages.done;
    return view;
}

PageRequest RiskPage::handle(const ui::RiskIntent& intent, PageEnv& env) {
    if (std::holds_alternative<ui::CoordinatorTab>(intent)) return tab_request(intent);
    if (std::holds_alternative<ui::BackToReferral>(intent)) return OpenScreen{CoordinatorScreen::Referrals};
    if (!std::holds_alternative<ui::SaveAssessment>(intent)) return {};
    const auto& text = env.ui.text;
    auto& messages = env.messages;
    messages.clear();
    const auto result = save_assessment(env.ctx, referral_, form_from(draft_));
    switch (result.outcome) {
        case AssessmentOutcome::Saved:
            messages.done = std::string(text.tr("coord.saved")) + " " + core::local_hhmm(env.ctx.clock.now(), env.ctx.time_zone);
            break;
        case AssessmentOutcome::NeedsReason: messages.problem = text.tr("coord.risk.needs_reason"); break;
        case AssessmentOutcome::BadText: messages.problem = text.tr("coord.bad_text"); break;
        case AssessmentOutcome::NoSuchReferral: messages.problem = text.tr("coord.referrals.gone"); break;
    }
    return {};
}

}  // namespace kiosk::app
