// The referral's further actions (ReferralsPage): recording a placement (then the transition
// page opens on it), closing the referral and its language needs. What their intents do.
#include "kiosk/app/coordinator/case_service.hpp"
#include "kiosk/app/coordinator/coordinator_page_text.hpp"
#include "kiosk/app/coordinator/coordinator_text.hpp"
#include "kiosk/app/coordinator/referrals_page.hpp"
#include "kiosk/app/coordinator/transition_service.hpp"
#include "kiosk/core/calendar.hpp"
#include "kiosk/core/form_choices.hpp"
#include "kiosk/store/referral_repository.hpp"
#include "kiosk/store/staff_repository.hpp"

namespace kiosk::app {

std::string ReferralsPage::closure_line(const PageEnv& env) const {
    const auto& ctx = env.ctx;
    const auto closure = store::ReferralRepository(ctx.db).closure(referral_);
    if (!closure) return {};
    const auto by = store::StaffRepository(ctx.db).find(closure->closed_by);
    return std::string(env.ui.text.tr("coord.closure.closed")) + " " +
           relative_time(closure->closed_at, ctx.clock.now(), ctx.time_zone, env.ui.text) + ", " +
           (by ? by->display_name : "") + ": " + closure->reason;
}

PageRequest ReferralsPage::handle_form(const ui::ReferralsIntent& intent, PageEnv& env, bool& handled) {
    const auto& ctx = env.ctx;
    const auto& text = env.ui.text;
    auto& messages = env.messages;
    auto& d = draft_;
    handled = true;
    if (const auto* show = std::get_if<ui::ShowReferralForm>(&intent)) {
        messages.clear();
        d = {};
        d.form = show->form;
        const core::Timestamp now = ctx.clock.now();
        d.placed_date = core::local_date(now, ctx.time_zone);
        const auto at = core::parse_time_of_day(core::local_hhmm(now, ctx.time_zone)).value_or(core::TimeOfDay{});
        d.placed_hour = at.hour;  // now, unless the coordinator says when
        d.placed_minute = at.minute;
        if (const auto r = store::ReferralRepository(ctx.db).find(referral_)) {
            d.language = core::language_row(r->language.preferred);
            d.interpreter = r->language.interpreter_needed;
        }
        return {};
    }
    if (std::holds_alternative<ui::SaveLanguageNeeds>(intent)) {
        messages.clear();
        core::LanguageNeeds needs;
        needs.preferred = core::language_at(d.language);
        needs.interpreter_needed = d.interpreter;
        save_language_needs(ctx, referral_, needs);
        d = {};
        messages.done = text.tr("coord.language.done");
        return {};
    }
    if (std::holds_alternative<ui::SaveClosure>(intent)) {
        messages.clear();
        const auto result = close_referral(ctx, referral_, d.close_reason);
        if (!result.problems.empty()) {
            messages.problem = action_problems_text(result.problems, text);
            return {};
        }
        d = {};
        messages.done = std::string(text.tr("coord.closure.done")) +
                        (result.sessions_cancelled > 0 ? " " + std::string(text.tr("coord.closure.sessions_cancelled")) + " " +
                                                             std::to_string(result.sessions_cancelled) + "."
                                                       : std::string{});
        return {};
    }
    if (std::holds_alternative<ui::SavePlacement>(intent)) {
        messages.clear();
        const auto r = store::ReferralRepository(ctx.db).find(referral_);
        if (!r) return {};
        if (!core::is_iso_date(d.placed_date)) {  // the time field always holds a time of day
            messages.problem = text.tr("coord.placement.bad_time");
            return {};
        }
        const auto placed = core::local_to_utc(d.placed_date, d.placed_hour, d.placed_minute, ctx.time_zone);
        const auto result = create_placement(ctx, r->child_id, placed);
        if (!result.problems.empty()) {
            messages.problem = action_problems_text(result.problems, text);
            return {};
        }
        d = {};
        return OpenPlacement{result.placement_id, -1, text.tr("coord.placement.done")};
    }
    handled = false;
    return {};
}

}  // namespace kiosk::app
