#include "kiosk/app/coordinator/coordinator_controller.hpp"

#include "kiosk/app/coordinator/coordinator_text.hpp"
#include "kiosk/app/coordinator/deadline_service.hpp"
#include "kiosk/app/sync/sync_status_text.hpp"
#include "kiosk/store/staff_repository.hpp"

namespace kiosk::app {

CoordinatorController::CoordinatorController(CoordinatorContext context) : ctx_(std::move(context)) {}

void CoordinatorController::draw_frame(const ui::UiResources& ui) {
    switch (screen_) {
        case CoordinatorScreen::Referrals: {
            const auto view = referrals_view(ui);
            const auto intent = ui::draw_referrals_screen(view, referral_form_, ui);
            note_intent(intent);
            handle(intent, ui);
            break;
        }
        case CoordinatorScreen::Risk: {
            const auto view = risk_view(ui);
            const auto intent = ui::draw_risk_screen(view, risk_, ui);
            note_intent(intent);
            handle(intent, ui);
            break;
        }
        case CoordinatorScreen::Agreement: {
            const auto view = agreement_view(ui);
            const auto intent = ui::draw_agreement_editor_screen(view, agreement_, ui);
            note_intent(intent);
            handle(intent, ui);
            break;
        }
        case CoordinatorScreen::Schedule: {
            const auto view = schedule_view(ui);
            const auto intent = ui::draw_schedule_screen(view, schedule_, ui);
            note_intent(intent);
            handle(intent, ui);
            break;
        }
        case CoordinatorScreen::Transition: {
            const auto view = transition_view(ui);
            const auto intent = ui::draw_transition_screen(view, transition_, ui);
            note_intent(intent);
            handle(intent, ui);
            break;
        }
        case CoordinatorScreen::Deadlines: {
            const auto intent = ui::draw_deadlines_screen(deadlines_view(ui), ui);
            note_intent(intent);
            if (const auto* tab = std::get_if<ui::CoordinatorTab>(&intent)) go_to(*tab);
            if (const auto* row = std::get_if<ui::OpenDeadline>(&intent)) open_deadline(row->row);
            break;
        }
        case CoordinatorScreen::Staff: {
            const auto view = staff_view(ui);
            const auto intent = ui::draw_staff_screen(view, staff_, ui);
            note_intent(intent);
            handle(intent, ui);
            break;
        }
        case CoordinatorScreen::Sync: {
            const auto intent = ui::draw_sync_screen(sync_view(ui), ui);
            note_intent(intent);
            handle(intent);
            break;
        }
        case CoordinatorScreen::Record: {
            const auto back = static_cast<CoordinatorScreen>(record_page_.back_screen());
            const auto tab = back == CoordinatorScreen::Sync      ? ui::CoordinatorTab::Sync
                             : back == CoordinatorScreen::Records ? ui::CoordinatorTab::Records
                                                                  : ui::CoordinatorTab::Deadlines;
            const auto view = record_page_.view(ctx_, ui, frame_view(ui, tab));
            const auto intent = ui::draw_record_page(view, record_page_.draft(), ui);
            note_intent(intent);
            if (const auto* picked = std::get_if<ui::CoordinatorTab>(&intent)) go_to(*picked);
            if (record_page_.handle(ctx_, intent, ui)) open(back);
            break;
        }
        case CoordinatorScreen::Records: {
            const auto view = records_page_.view(ctx_, ui, frame_view(ui, ui::CoordinatorTab::Records));
            const auto intent = ui::draw_records_screen(view, records_page_.draft(), ui);
            note_intent(intent);
            if (const auto* picked = std::get_if<ui::CoordinatorTab>(&intent)) go_to(*picked);
            if (const auto record = records_page_.handle(ctx_, intent)) open_record(*record, CoordinatorScreen::Records);
            break;
        }
        case CoordinatorScreen::Feedback: {
            const auto view = feedback_page_.view(ctx_, ui, frame_view(ui, ui::CoordinatorTab::Feedback));
            const auto intent = ui::draw_feedback_week_screen(view, ui);
            note_intent(intent);
            if (const auto* picked = std::get_if<ui::CoordinatorTab>(&intent)) go_to(*picked);
            feedback_page_.handle(ctx_, intent);
            break;
        }
        case CoordinatorScreen::Letterbox: {
            const auto view = letterbox_page_.view(ctx_, ui, frame_view(ui, ui::CoordinatorTab::Letterbox));
            const auto intent = ui::draw_letterbox_screen(view, letterbox_page_.draft(), ui);
            note_intent(intent);
            if (const auto* picked = std::get_if<ui::CoordinatorTab>(&intent)) go_to(*picked);
            letterbox_page_.handle(ctx_, intent, ui);
            break;
        }
    }
}

ReadModelKey<std::string> CoordinatorController::language_key(const ui::UiResources& ui) const {
    return {generation_.value(), minute_of(ctx_.clock.now()), ui.text.language()};
}

const ui::CoordinatorFrameView& CoordinatorController::frame_view(const ui::UiResources& ui, ui::CoordinatorTab tab) const {
    const auto by_language = language_key(ui);
    return frame_model_.get({by_language.generation, by_language.minute, {by_language.detail, tab}},
                            [&] { return build_frame_view(ui, tab); });
}

ui::CoordinatorFrameView CoordinatorController::build_frame_view(const ui::UiResources& ui, ui::CoordinatorTab tab) const {
    ui::CoordinatorFrameView frame;
    frame.tab = tab;
    const auto me = store::StaffRepository(ctx_.db).find(ctx_.staff_id);
    frame.coordinator_name = me ? me->display_name : "";
    frame.today = long_date_time(ctx_.clock.now(), ctx_.time_zone, ui.text);
    for (const auto& d : deadlines_board(ctx_)) {
        if (d.state == core::DeadlineState::Overdue) ++frame.overdue;
    }
    frame.sync_status = sync_status_text(ctx_.db, ctx_.time_zone, ui.text);
    return frame;
}

void CoordinatorController::clear_messages() {
    problem_.clear();
    done_.clear();
}

void CoordinatorController::go_to(ui::CoordinatorTab tab) {
    generation_.changed();
    clear_messages();
    switch (tab) {
        case ui::CoordinatorTab::Referrals: screen_ = CoordinatorScreen::Referrals; break;
        case ui::CoordinatorTab::Deadlines: screen_ = CoordinatorScreen::Deadlines; break;
        case ui::CoordinatorTab::Records: screen_ = CoordinatorScreen::Records; break;
        case ui::CoordinatorTab::Schedule: screen_ = CoordinatorScreen::Schedule; break;
        case ui::CoordinatorTab::Transition: screen_ = CoordinatorScreen::Transition; break;
        case ui::CoordinatorTab::Staff: screen_ = CoordinatorScreen::Staff; break;
        case ui::CoordinatorTab::Sync: screen_ = CoordinatorScreen::Sync; break;
        case ui::CoordinatorTab::Feedback: screen_ = CoordinatorScreen::Feedback; break;
        case ui::CoordinatorTab::Letterbox: screen_ = CoordinatorScreen::Letterbox; break;
    }
}

void CoordinatorController::open(CoordinatorScreen screen) {
    generation_.changed();
    clear_messages();
    screen_ = screen;
    if (screen == CoordinatorScreen::Risk) load_risk_draft();
    if (screen == CoordinatorScreen::Agreement) load_agreement_draft();
    if (screen == CoordinatorScreen::Schedule && schedule_.first_date.empty()) {
        schedule_.first_date = core::local_date(ctx_.clock.now() + std::chrono::days{1}, ctx_.time_zone);
    }
}

void CoordinatorController::open_record(core::Id record_id, CoordinatorScreen back) {
    clear_messages();
    record_page_.open_record(record_id, back);
    screen_ = CoordinatorScreen::Record;
}

void CoordinatorController::select_referral(core::Id id) {
    generation_.changed();
    referral_ = id;
    schedule_ = {};
    referral_form_ = {};
    clear_messages();
}

}  // namespace kiosk::app
