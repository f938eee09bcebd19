// The deadlines board: its view and where its rows lead.
#include "kiosk/app/coordinator/deadlines_page.hpp"

#include "kiosk/app/coordinator/coordinator_text.hpp"
#include "kiosk/app/coordinator/deadline_service.hpp"
#include "kiosk/core/form_choices.hpp"
#include "kiosk/store/agreement_repository.hpp"
#include "kiosk/store/attendance_repository.hpp"
#include "kiosk/store/referral_repository.hpp"

namespace kiosk::app {
namespace {
// The child a review (an agreement) or a missed-session notice is about.
core::Id child_of_deadline(const CoordinatorContext& ctx, const core::Deadline& d) {
    if (d.kind == core::DeadlineKind::Review) {
        const auto agreement = store::AgreementRepository(ctx.db).agreement(d.subject_id);
        return agreement ? agreement->child_id : 0;
    }
    for (const auto& n : store::AttendanceRepository(ctx.db).notices()) {
        if (n.missed_id == d.subject_id) return n.child_id;
    }
    return 0;
}
}  // namespace

const ui::DeadlinesView& DeadlinesPage::view(const PageEnv& env) const {
    return model_.get(env.key(env.language()), [&] { return build_view(env); });
}

ui::DeadlinesView DeadlinesPage::build_view(const PageEnv& env) const {
    const auto& ctx = env.ctx;
    const auto& text = env.ui.text;
    ui::DeadlinesView view;
    view.frame = env.frame;
    int overdue = 0;
    int today = 0;
    for (const auto& d : deadlines_board(ctx)) {
        ui::DeadlineRow row;
        switch (d.state) {
            case core::DeadlineState::Overdue:
                row.urgency = ui::DeadlineUrgency::Overdue;
                row.state = text.tr("coord.deadline.overdue");
                ++overdue;
                break;
            case core::DeadlineState::DueToday:
                row.urgency = ui::DeadlineUrgency::DueToday;
                row.state = text.tr("coord.deadline.due_today");
                ++today;
                break;
            default:
                row.urgency = ui::DeadlineUrgency::Due;
                row.state = text.tr("coord.deadline.due");
        }
        row.what = text.tr("coord.kind." + std::string(core::to_string(d.kind)));
        row.child = d.subject;
        row.due = due_time(d.due, ctx.clock.now(), ctx.time_zone, text);
        row.owner = d.owner.empty() ? text.tr("coord.deadlines.nobody") : d.owner;
        if (d.needs_handover) row.owner += " \u00b7 " + std::string(text.tr("coord.record.needs_handover"));
        row.needs_handover = d.needs_handover;
        view.rows.push_back(std::move(row));
    }
    view.summary = std::to_string(overdue) + " " + text.tr("coord.deadlines.overdue_count") + " · " +
                   std::to_string(today) + " " + text.tr("coord.deadlines.today_count") + " · " +
                   std::to_string(static_cast<int>(view.rows.size()) - overdue - today) + " " +
                   text.tr("coord.deadlines.later_count");
    return view;
}

PageRequest DeadlinesPage::handle(const ui::DeadlinesIntent& intent, PageEnv& env) {
    if (std::holds_alternative<ui::CoordinatorTab>(intent)) return tab_request(intent);
    if (const auto* row = std::get_if<ui::OpenDeadline>(&intent)) return open_row(env.ctx, row->row);
    return {};
}

PageRequest DeadlinesPage::open_row(const CoordinatorContext& ctx, std::size_t row) const {
    // The board as it is now (the row tapped was drawn from it, unless something changed since).
    const auto board = deadlines_board(ctx);
    if (row >= board.size()) return {};
    const auto& d = board[row];
    switch (d.kind) {
        case core::DeadlineKind::Record: return OpenSessionRecord{d.subject_id, CoordinatorScreen::Deadlines};
        case core::DeadlineKind::ComfortCall:
        case core::DeadlineKind::Icebreaker:
            return OpenPlacement{d.subject_id,
                                 core::row_of(core::kAllTransitionParts, d.kind == core::DeadlineKind::ComfortCall
                                                                             ? core::TransitionPart::ComfortCall
                                                                             : core::TransitionPart::Icebreaker),
                                 {}};
        case core::DeadlineKind::Letterbox: return OpenLetterboxArrangement{d.subject_id};
        case core::DeadlineKind::Review:
        case core::DeadlineKind::MissedSessionNotice: {
            // The case's own screens: the agreement to review, or the schedule with the miss.
            const core::Id child = child_of_deadline(ctx, d);
            core::Id referral = 0;
            for (const auto& r : store::ReferralRepository(ctx.db).inbox()) {
                if (r.child_id == child) referral = r.id;
            }
            return OpenCase{referral, d.kind == core::DeadlineKind::Review ? CoordinatorScreen::Agreement
                                                                           : CoordinatorScreen::Schedule};
        }
    }
    return {};
}

}  // namespace kiosk::app
