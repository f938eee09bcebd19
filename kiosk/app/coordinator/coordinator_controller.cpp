#include "kiosk/app/coordinator/coordinator_controller.hpp"

#include "kiosk/app/coordinator/coordinator_text.hpp"
#include "kiosk/app/coordinator/deadline_service.hpp"
#include "kiosk/app/sync/sync_status_text.hpp"
#include "kiosk/store/staff_repository.hpp"

namespace kiosk::app {
namespace {
// Every intent but "nothing" is news: the page's own write may show on any view.
template <class Intent>
void note_intent(const Intent& intent, DataGeneration& generation) {
    if (intent.index() != 0) generation.changed();
}
}  // namespace

CoordinatorController::CoordinatorController(CoordinatorContext context) : ctx_(std::move(context)) {}

void CoordinatorController::draw_frame(const ui::UiResources& ui) {
    if (screen_ == CoordinatorScreen::Sync) sync_.follow_worker(ctx_, generation_);
    PageEnv env{ctx_, ui, messages_, generation_, frame_view(ui, tab_of(screen_))};
    switch (screen_) {
        case CoordinatorScreen::Referrals: {
            const auto intent = ui::draw_referrals_screen(referrals_.view(env), referrals_.draft(), ui);
            note_intent(intent, generation_);
            follow(referrals_.handle(intent, env));
            break;
        }
        case CoordinatorScreen::Risk: {
            const auto intent = ui::draw_risk_screen(risk_.view(env), risk_.draft(), ui);
            note_intent(intent, generation_);
            follow(risk_.handle(intent, env));
            break;
        }
        case CoordinatorScreen::Agreement: {
            const auto intent = ui::draw_agreement_editor_screen(agreement_.view(env), agreement_.draft(), ui);
            note_intent(intent, generation_);
            follow(agreement_.handle(intent, env));
            break;
        }
        case CoordinatorScreen::Schedule: {
            const auto intent = ui::draw_schedule_screen(schedule_.view(env), schedule_.draft(), ui);
            note_intent(intent, generation_);
            follow(schedule_.handle(intent, env));
            break;
        }
        case CoordinatorScreen::Transition: {
            const auto intent = ui::draw_transition_screen(transition_.view(env), transition_.draft(), ui);
            note_intent(intent, generation_);
            follow(transition_.handle(intent, env));
            break;
        }
        case CoordinatorScreen::Deadlines: {
            const auto intent = ui::draw_deadlines_screen(deadlines_.view(env), ui);
            note_intent(intent, generation_);
            follow(deadlines_.handle(intent, env));
            break;
        }
        case CoordinatorScreen::Staff: {
            const auto intent = ui::draw_staff_screen(staff_.view(env), staff_.draft(), ui);
            note_intent(intent, generation_);
            follow(staff_.handle(intent, env));
            break;
        }
        case CoordinatorScreen::Sync: {
            const auto intent = ui::draw_sync_screen(sync_.view(env), ui);
            note_intent(intent, generation_);
            follow(sync_.handle(intent, env));
            break;
        }
        case CoordinatorScreen::Record: {
            const auto intent = ui::draw_record_page(record_page_.view(env), record_page_.draft(), ui);
            note_intent(intent, generation_);
            follow(record_page_.handle(intent, env));
            break;
        }
        case CoordinatorScreen::Records: {
            const auto intent = ui::draw_records_screen(records_page_.view(env), records_page_.draft(), ui);
            note_intent(intent, generation_);
            follow(records_page_.handle(intent, env));
            break;
        }
        case CoordinatorScreen::Feedback: {
            const auto intent = ui::draw_feedback_week_screen(feedback_page_.view(env), ui);
            note_intent(intent, generation_);
            follow(feedback_page_.handle(intent, env));
            break;
        }
        case CoordinatorScreen::Letterbox: {
            const auto intent = ui::draw_letterbox_screen(letterbox_page_.view(env), letterbox_page_.draft(), ui);
            note_intent(intent, generation_);
            follow(letterbox_page_.handle(intent, env));
            break;
        }
    }
}

ui::CoordinatorTab CoordinatorController::tab_of(CoordinatorScreen screen) const {
    switch (screen) {
        case CoordinatorScreen::Referrals:
        case CoordinatorScreen::Risk:
        case CoordinatorScreen::Agreement: return ui::CoordinatorTab::Referrals;
        case CoordinatorScreen::Schedule: return ui::CoordinatorTab::Schedule;
        case CoordinatorScreen::Transition: return ui::CoordinatorTab::Transition;
        case CoordinatorScreen::Deadlines: return ui::CoordinatorTab::Deadlines;
        case CoordinatorScreen::Staff: return ui::CoordinatorTab::Staff;
        case CoordinatorScreen::Sync: return ui::CoordinatorTab::Sync;
        case CoordinatorScreen::Records: return ui::CoordinatorTab::Records;
        case CoordinatorScreen::Feedback: return ui::CoordinatorTab::Feedback;
        case CoordinatorScreen::Letterbox: return ui::CoordinatorTab::Letterbox;
        case CoordinatorScreen::Record: {
            // The record is shown under the tab it was opened from.
            const auto back = record_page_.back_screen();
            return back == CoordinatorScreen::Sync      ? ui::CoordinatorTab::Sync
                   : back == CoordinatorScreen::Records ? ui::CoordinatorTab::Records
                                                        : ui::CoordinatorTab::Deadlines;
        }
    }
    return ui::CoordinatorTab::Referrals;
}

const ui::CoordinatorFrameView& CoordinatorController::frame_view(const ui::UiResources& ui, ui::CoordinatorTab tab) const {
    return frame_model_.get({generation_.value(), minute_of(ctx_.clock.now()), {ui.text.language(), tab}},
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

void CoordinatorController::follow(const PageRequest& request) {
    std::visit(
        [&](const auto& asked) {
            using Asked = std::decay_t<decltype(asked)>;
            if constexpr (std::is_same_v<Asked, GoToTab>) {
                go_to(asked.tab);
            } else if constexpr (std::is_same_v<Asked, OpenScreen>) {
                open(asked.screen);
            } else if constexpr (std::is_same_v<Asked, OpenRecordOf>) {
                open_record(asked.record_id, asked.back);
            } else if constexpr (std::is_same_v<Asked, OpenSessionRecord>) {
                messages_.clear();
                record_page_.open_session(ctx_, asked.session_id, asked.back);
                screen_ = CoordinatorScreen::Record;
            } else if constexpr (std::is_same_v<Asked, OpenPlacement>) {
                messages_.clear();
                screen_ = CoordinatorScreen::Transition;
                transition_.select(ctx_, asked.placement_id, asked.part);
                messages_.done = asked.done;
            } else if constexpr (std::is_same_v<Asked, OpenCase>) {
                if (asked.referral_id != 0) select_referral(asked.referral_id);
                open(asked.screen);
            } else if constexpr (std::is_same_v<Asked, SelectReferralRequest>) {
                select_referral(asked.referral_id);
            } else if constexpr (std::is_same_v<Asked, OpenLetterboxArrangement>) {
                messages_.clear();
                letterbox_page_.open_arrangement(ctx_, asked.arrangement_id);
                screen_ = CoordinatorScreen::Letterbox;
            }
        },
        request);
    if (request.index() != 0) generation_.changed();
}

void CoordinatorController::go_to(ui::CoordinatorTab tab) {
    generation_.changed();
    messages_.clear();
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
    messages_.clear();
    screen_ = screen;
    if (screen == CoordinatorScreen::Risk) risk_.open(ctx_, referrals_.referral());
    if (screen == CoordinatorScreen::Agreement) agreement_.open(ctx_, referrals_.referral());
    if (screen == CoordinatorScreen::Schedule) schedule_.open(ctx_);
}

void CoordinatorController::open_record(core::Id record_id, CoordinatorScreen back) {
    generation_.changed();
    messages_.clear();
    record_page_.open_record(record_id, back);
    screen_ = CoordinatorScreen::Record;
}

void CoordinatorController::select_referral(core::Id id) {
    generation_.changed();
    referrals_.select(id);
    schedule_.select(id);
    messages_.clear();
}

void CoordinatorController::select_placement(core::Id id) {
    generation_.changed();
    messages_.clear();
    transition_.select(ctx_, id);
}

}  // namespace kiosk::app
