// The referrals inbox and the risk assessment: views and what their intents do.
#include <algorithm>

#include "kiosk/app/coordinator/assessment_service.hpp"
#include "kiosk/app/coordinator/coordinator_controller.hpp"
#include "kiosk/app/coordinator/coordinator_text.hpp"
#include "kiosk/core/risk_factor_names.hpp"
#include "kiosk/store/agreement_repository.hpp"
#include "kiosk/store/concern_repository.hpp"
#include "kiosk/store/family_repository.hpp"
#include "kiosk/store/referral_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/ui/text_fill.hpp"

namespace kiosk::app {
namespace {
std::string child_label(const CoordinatorContext& ctx, core::Id child_id, const ui::Translator& text) {
    const auto child = store::FamilyRepository(ctx.db).child(child_id);
    return child ? child_with_age(child->first_name, child->date_of_birth, ctx.clock.now(), ctx.time_zone, text) : "";
}

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
    form.input.history = core::kAllContactHistories[static_cast<std::size_t>(d.history)];
    form.input.wish = core::kAllChildWishes[static_cast<std::size_t>(d.wish)];
    form.chosen = static_cast<core::SupervisionLevel>(d.chosen);
    form.reason_for_lower_level = d.reason;
    return form;
}

// The child's concerns, newest first: when, how serious, who raised it and, while this device
// holds them, the words (they are emptied here once the social work team has them).
std::vector<std::string> concern_lines(const CoordinatorContext& ctx, core::Id child_id, const ui::Translator& text) {
    std::vector<core::Concern> concerns;
    store::ConcernRepository repository(ctx.db);
    for (const auto& session : store::SessionRepository(ctx.db).of_child(child_id)) {
        for (auto& concern : repository.for_session(session.id)) concerns.push_back(std::move(concern));
    }
    std::sort(concerns.begin(), concerns.end(), [](const auto& a, const auto& b) { return a.raised_at > b.raised_at; });
    std::vector<std::string> lines;
    store::StaffRepository staff(ctx.db);
    for (const auto& c : concerns) {
        const auto who = staff.find(c.raised_by);
        std::string line = relative_time(c.raised_at, ctx.clock.now(), ctx.time_zone, text) + " \u00b7 " +
                           text.tr("staff.severity." + std::string(core::to_string(c.severity))) + " \u00b7 " +
                           (who ? who->display_name : std::string{});
        if (!c.text.empty()) line += ": " + c.text;
        lines.push_back(std::move(line));
    }
    return lines;
}

}  // namespace

ui::ReferralsView CoordinatorController::referrals_view(const ui::UiResources& ui) const {
    ui::ReferralsView view;
    view.frame = frame_view(ui, ui::CoordinatorTab::Referrals);
    view.selected = referral_;
    for (const auto& r : store::ReferralRepository(ctx_.db).inbox()) {
        view.rows.push_back({r.id, child_label(ctx_, r.child_id, ui.text),
                             ui.text.tr("coord.status." + std::string(core::to_string(r.status))),
                             static_cast<int>(r.status), short_date(r.received_at, ctx_.time_zone, ui.text), r.social_worker});
    }
    if (referral_ == 0) return view;
    const auto r = store::ReferralRepository(ctx_.db).find(referral_);
    if (!r) return view;
    store::FamilyRepository people(ctx_.db);
    auto& d = view.detail;
    d.child = child_label(ctx_, r->child_id, ui.text);
    if (const auto child = people.child(r->child_id)) {
        for (const auto& part : {child->needs, child->allergies.empty() ? "" : ui.text.tr("coord.referrals.allergies") + std::string(" ") + child->allergies}) {
            if (!part.empty()) d.needs += (d.needs.empty() ? "" : " · ") + part;
        }
    }
    for (const auto& adult : people.adults_of(r->child_id)) d.family.push_back(adult.relationship + " — " + adult.first_name);
    d.social_worker = std::string(ui.text.tr("coord.referrals.from")) + " " + r->social_worker + ", " +
                      short_date(r->received_at, ctx_.time_zone, ui.text);
    d.notes = r->social_worker_notes;
    if (const auto a = store::ReferralRepository(ctx_.db).latest_assessment(r->id)) {
        d.assessment = std::string(ui.text.tr("coord.referrals.assessed")) + " " + level_label(a->chosen_level, ui.text);
    }
    d.concerns = concern_lines(ctx_, r->child_id, ui.text);
    store::AgreementRepository agreements(ctx_.db);
    if (const auto agreement = agreements.for_child(r->child_id); agreement && r->status == core::ReferralStatus::Agreed) {
        if (const auto v = agreements.latest_version(agreement->id)) {
            d.agreement = std::string(ui.text.tr("coord.referrals.agreement_version")) + " " + std::to_string(v->version) +
                          " · " + ui.text.tr("coord.frequency." + v->frequency) + " · " +
                          ui::fill(ui.text.tr("coord.minutes_short"), {{"minutes", std::to_string(v->session_minutes)}});
        }
    }
    d.closed = closure_line(ui);
    if (!r->language.preferred.empty() || r->language.interpreter_needed) {
        d.language = ui.text.tr("staff.board.language");
        if (!r->language.preferred.empty()) d.language += std::string{" "} + ui.text.tr("language_name." + r->language.preferred);
        if (r->language.interpreter_needed) d.language += std::string{" \xC2\xB7 "} + ui.text.tr("staff.board.interpreter_needed");
    }
    for (const auto code : core::known_languages()) view.language_labels.emplace_back(ui.text.tr("language_name." + std::string{code}));
    view.problem = problem_;
    view.done = done_;
    return view;
}

void CoordinatorController::handle(const ui::ReferralsIntent& intent, const ui::UiResources& ui) {
    if (const auto* tab = std::get_if<ui::CoordinatorTab>(&intent)) go_to(*tab);
    if (handle_referral_form(intent, ui)) return;
    if (const auto* pick = std::get_if<ui::SelectReferral>(&intent)) select_referral(pick->id);
    if (std::holds_alternative<ui::OpenRiskAssessment>(intent)) open(CoordinatorScreen::Risk);
    if (std::holds_alternative<ui::OpenAgreement>(intent)) open(CoordinatorScreen::Agreement);
    if (std::holds_alternative<ui::OpenSchedule>(intent)) open(CoordinatorScreen::Schedule);
}

void CoordinatorController::load_risk_draft() {
    risk_ = {};
    risk_.risks.assign(core::kAllRiskFactors.size(), false);
    risk_.protective.assign(core::kAllProtectiveFactors.size(), false);
    const auto saved = load_assessment(ctx_, referral_);
    if (!saved) return;
    for (std::size_t i = 0; i < core::kAllRiskFactors.size(); ++i) {
        risk_.risks[i] = std::find(saved->input.risks.begin(), saved->input.risks.end(), core::kAllRiskFactors[i]) !=
                         saved->input.risks.end();
    }
    for (std::size_t i = 0; i < core::kAllProtectiveFactors.size(); ++i) {
        risk_.protective[i] = std::find(saved->input.protective.begin(), saved->input.protective.end(),
                                        core::kAllProtectiveFactors[i]) != saved->input.protective.end();
    }
    risk_.history = static_cast<int>(saved->input.history);
    risk_.wish = static_cast<int>(saved->input.wish);
    risk_.chosen = static_cast<int>(saved->chosen);
    risk_.reason = saved->reason_for_lower_level;
}

ui::RiskView CoordinatorController::risk_view(const ui::UiResources& ui) const {
    ui::RiskView view;
    view.frame = frame_view(ui, ui::CoordinatorTab::Referrals);
    const auto r = store::ReferralRepository(ctx_.db).find(referral_);
    view.child = r ? child_label(ctx_, r->child_id, ui.text) : "";
    view.risk_labels = labels_of(core::kAllRiskFactors, "coord.risk_factor.", ui.text);
    view.protective_labels = labels_of(core::kAllProtectiveFactors, "coord.protective.", ui.text);
    view.history_labels = labels_of(core::kAllContactHistories, "coord.history.", ui.text);
    view.wish_labels = labels_of(core::kAllChildWishes, "coord.wish.", ui.text);
    view.level_labels = level_labels(ui.text);
    const auto form = form_from(risk_);
    const auto recommended = core::recommend_supervision(form.input);
    view.recommended = static_cast<int>(recommended);
    view.recommendation = std::string(ui.text.tr("coord.risk.recommended")) + " " + level_label(recommended, ui.text);
    view.reason_needed = form.chosen < recommended;
    const auto saved = store::ReferralRepository(ctx_.db).latest_assessment(referral_);
    const auto recent = r ? recent_sessions(ctx_, r->child_id) : RecentSessions{};
    if (saved && r && core::prompt_step_down(saved->chosen_level, recent.considered, recent.with_concern)) {
        view.step_down_prompt = ui.text.tr("coord.risk.step_down");
    }
    view.problem = problem_;
    view.saved = done_;
    return view;
}

void CoordinatorController::handle(const ui::RiskIntent& intent, const ui::UiResources& ui) {
    if (const auto* tab = std::get_if<ui::CoordinatorTab>(&intent)) go_to(*tab);
    if (std::holds_alternative<ui::BackToReferral>(intent)) open(CoordinatorScreen::Referrals);
    if (!std::holds_alternative<ui::SaveAssessment>(intent)) return;
    clear_messages();
    const auto result = save_assessment(ctx_, referral_, form_from(risk_));
    switch (result.outcome) {
        case AssessmentOutcome::Saved:
            done_ = std::string(ui.text.tr("coord.saved")) + " " + core::local_hhmm(ctx_.clock.now(), ctx_.time_zone);
            break;
        case AssessmentOutcome::NeedsReason: problem_ = ui.text.tr("coord.risk.needs_reason"); break;
        case AssessmentOutcome::BadText: problem_ = ui.text.tr("coord.bad_text"); break;
        case AssessmentOutcome::NoSuchReferral: problem_ = ui.text.tr("coord.referrals.gone"); break;
    }
}

}  // namespace kiosk::app
