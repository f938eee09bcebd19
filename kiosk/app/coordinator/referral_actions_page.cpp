// The referral's further actions: recording a placement (then the transition screen opens on
// it) and closing the referral. What their intents do.
#include "kiosk/app/coordinator/case_service.hpp"
#include "kiosk/app/coordinator/coordinator_controller.hpp"
#include "kiosk/app/coordinator/coordinator_text.hpp"
#include "kiosk/app/coordinator/transition_service.hpp"
#include "kiosk/core/calendar.hpp"
#include "kiosk/store/referral_repository.hpp"
#include "kiosk/store/staff_repository.hpp"

namespace kiosk::app {
namespace {
std::string problems_text(const std::vector<core::ActionProblem>& problems, const ui::Translator& text) {
    std::string out;
    for (const auto p : problems) out += (out.empty() ? "" : " ") + std::string(text.tr("coord.action." + std::string(core::to_string(p))));
    return out;
}
}  // namespace

std::string CoordinatorController::closure_line(const ui::UiResources& ui) const {
    const auto closure = store::ReferralRepository(ctx_.db).closure(referral_);
    if (!closure) return {};
    const auto by = store::StaffRepository(ctx_.db).find(closure->closed_by);
    return std::string(ui.text.tr("coord.closure.closed")) + " " + relative_time(closure->closed_at, ctx_.clock.now(), ctx_.time_zone, ui.text) +
           ", " + (by ? by->display_name : "") + ": " + closure->reason;
}

bool CoordinatorController::handle_referral_form(const ui::ReferralsIntent& intent, const ui::UiResources& ui) {
    auto& d = referral_form_;
    if (const auto* show = std::get_if<ui::ShowReferralForm>(&intent)) {
        clear_messages();
        d = {};
        d.form = show->form;
        const core::Timestamp now = ctx_.clock.now();
        d.placed_date = core::local_date(now, ctx_.time_zone);
        const auto at = core::parse_time_of_day(core::local_hhmm(now, ctx_.time_zone)).value_or(core::TimeOfDay{});
        d.placed_hour = at.hour;  // now, unless the coordinator says when
        d.placed_minute = at.minute;
        if (const auto r = store::ReferralRepository(ctx_.db).find(referral_)) {
            const auto known = core::known_languages();
            for (std::size_t i = 0; i < known.size(); ++i) {
                if (known[i] == r->language.preferred) d.language = static_cast<int>(i) + 1;
            }
            d.interpreter = r->language.interpreter_needed;
        }
        return true;
    }
    if (std::holds_alternative<ui::SaveLanguageNeeds>(intent)) {
        clear_messages();
        const auto known = core::known_languages();
        core::LanguageNeeds needs;
        if (d.language > 0 && static_cast<std::size_t>(d.language) <= known.size()) {
            needs.preferred = std::string{known[static_cast<std::size_t>(d.language) - 1]};
        }
        needs.interpreter_needed = d.interpreter;
        save_language_needs(ctx_, referral_, needs);
        d = {};
        done_ = ui.text.tr("coord.language.done");
        return true;
    }
    if (std::holds_alternative<ui::SaveClosure>(intent)) {
        clear_messages();
        const auto result = close_referral(ctx_, referral_, d.close_reason);
        if (!result.problems.empty()) {
            problem_ = problems_text(result.problems, ui.text);
            return true;
        }
        d = {};
        done_ = std::string(ui.text.tr("coord.closure.done")) +
                (result.sessions_cancelled > 0 ? " " + std::string(ui.text.tr("coord.closure.sessions_cancelled")) + " " +
                                                     std::to_string(result.sessions_cancelled) + "."
                                               : std::string{});
        return true;
    }
    if (std::holds_alternative<ui::SavePlacement>(intent)) {
        clear_messages();
        const auto r = store::ReferralRepository(ctx_.db).find(referral_);
        if (!r) return true;
        if (!core::is_iso_date(d.placed_date)) {  // the time field always holds a time of day
            problem_ = ui.text.tr("coord.placement.bad_time");
            return true;
        }
        const auto placed = core::local_to_utc(d.placed_date, d.placed_hour, d.placed_minute, ctx_.time_zone);
        const auto result = create_placement(ctx_, r->child_id, placed);
        if (!result.problems.empty()) {
            problem_ = problems_text(result.problems, ui.text);
            return true;
        }
        d = {};
        go_to(ui::CoordinatorTab::Transition);
        select_placement(result.placement_id);
        done_ = ui.text.tr("coord.placement.done");
        return true;
    }
    return false;
}

}  // namespace kiosk::app
