// The referrals inbox and the chosen referral's detail: the view and what its intents do.
#include "kiosk/app/coordinator/referrals_page.hpp"

#include <algorithm>

#include "kiosk/app/coordinator/coordinator_page_text.hpp"
#include "kiosk/app/coordinator/coordinator_text.hpp"
#include "kiosk/store/agreement_repository.hpp"
#include "kiosk/store/concern_repository.hpp"
#include "kiosk/store/family_repository.hpp"
#include "kiosk/store/referral_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/ui/text_fill.hpp"

namespace kiosk::app {
namespace {
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

const ui::ReferralsView& ReferralsPage::view(const PageEnv& env) const {
    return model_.get(env.key(BuiltFor{env.language(), referral_, env.messages}), [&] { return build_view(env); });
}

ui::ReferralsView ReferralsPage::build_view(const PageEnv& env) const {
    const auto& ctx = env.ctx;
    const auto& text = env.ui.text;
    ui::ReferralsView view;
    view.frame = env.frame;
    view.selected = referral_;
    for (const auto& r : store::ReferralRepository(ctx.db).inbox()) {
        view.rows.push_back({r.id, child_label(ctx, r.child_id, text),
                             text.tr("coord.status." + std::string(core::to_string(r.status))),
                             r.status, short_date(r.received_at, ctx.time_zone, text), r.social_worker});
    }
    if (referral_ == 0) return view;
    const auto r = store::ReferralRepository(ctx.db).find(referral_);
    if (!r) return view;
    store::FamilyRepository people(ctx.db);
    auto& d = view.detail;
    d.child = child_label(ctx, r->child_id, text);
    if (const auto child = people.child(r->child_id)) {
        for (const auto& part : {child->needs, child->allergies.empty() ? "" : text.tr("coord.referrals.allergies") + std::string(" ") + child->allergies}) {
            if (!part.empty()) d.needs += (d.needs.empty() ? "" : " · ") + part;
        }
    }
    for (const auto& adult : people.adults_of(r->child_id)) d.family.push_back(adult.relationship + " — " + adult.first_name);
    d.social_worker = std::string(text.tr("coord.referrals.from")) + " " + r->social_worker + ", " +
                      short_date(r->received_at, ctx.time_zone, text);
    d.notes = r->social_worker_notes;
    if (const auto a = store::ReferralRepository(ctx.db).latest_assessment(r->id)) {
        d.assessment = std::string(text.tr("coord.referrals.assessed")) + " " + level_label(a->chosen_level, text);
    }
    d.concerns = concern_lines(ctx, r->child_id, text);
    store::AgreementRepository agreements(ctx.db);
    if (const auto agreement = agreements.for_child(r->child_id); agreement && r->status == core::ReferralStatus::Agreed) {
        if (const auto v = agreements.latest_version(agreement->id)) {
            d.agreement = std::string(text.tr("coord.referrals.agreement_version")) + " " + std::to_string(v->version) +
                          " · " + text.tr("coord.frequency." + v->frequency) + " · " +
                          ui::fill(text.tr("coord.minutes_short"), {{"minutes", std::to_string(v->session_minutes)}});
        }
    }
    d.closed = closure_line(env);
    if (!r->language.preferred.empty() || r->language.interpreter_needed) {
        d.language = text.tr("staff.board.language");
        if (!r->language.preferred.empty()) d.language += std::string{" "} + text.tr("language_name." + r->language.preferred);
        if (r->language.interpreter_needed) d.language += std::string{" \xC2\xB7 "} + text.tr("staff.board.interpreter_needed");
    }
    for (const auto code : core::known_languages()) view.language_labels.emplace_back(text.tr("language_name." + std::string{code}));
    view.problem = env.messages.problem;
    view.done = env.messages.done;
    return view;
}

PageRequest ReferralsPage::handle(const ui::ReferralsIntent& intent, PageEnv& env) {
    if (std::holds_alternative<ui::CoordinatorTab>(intent)) return tab_request(intent);
    bool handled = false;
    auto request = handle_form(intent, env, handled);
    if (handled) return request;
    if (const auto* pick = std::get_if<ui::SelectReferral>(&intent)) return SelectReferralRequest{pick->id};
    if (std::holds_alternative<ui::OpenRiskAssessment>(intent)) return OpenScreen{CoordinatorScreen::Risk};
    if (std::holds_alternative<ui::OpenAgreement>(intent)) return OpenScreen{CoordinatorScreen::Agreement};
    if (std::holds_alternative<ui::OpenSchedule>(intent)) return OpenScreen{CoordinatorScreen::Schedule};
    return {};
}

}  // namespace kiosk::app
