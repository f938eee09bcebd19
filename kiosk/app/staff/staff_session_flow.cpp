// The staff controller's session-control step: the session screen's view and its taps.
#include <algorithm>
#include <type_traits>
#include <variant>

#include "kiosk/app/staff/staff_controller.hpp"
#include "kiosk/core/session_control.hpp"
#include "kiosk/store/agreement_repository.hpp"
#include "kiosk/store/call_event_repository.hpp"
#include "kiosk/store/family_repository.hpp"
#include "kiosk/store/record_repository.hpp"
#include "kiosk/store/session_repository.hpp"

namespace kiosk::app {

void StaffController::open_session(core::Id session_id) {
    session_id_ = session_id;
    const auto record = store::RecordRepository(db_).for_session(session_id);
    record_id_ = record ? record->id : 0;
    brought_by_.clear();
    ending_early_ = false;
    chosen_reason_ = -1;
    early_words_.clear();
    go(StaffStep::Session);
}

ui::SessionView StaffController::build_session_view() const {
    ui::SessionView view;
    view.clock_hhmm = hhmm(clock_.now());
    view.worker_name = staff_ ? staff_->member().display_name : "";
    if (auto row = board_row(session_id_)) view.session = std::move(*row);
    const auto session = store::SessionRepository(db_).find(session_id_);
    if (session) {
        using core::SessionState;
        const SessionState s = session->state;
        view.can_mark_child_arrived = s == SessionState::Booked || s == SessionState::ParentArrived;
        view.can_mark_parent_arrived = s == SessionState::Booked || s == SessionState::ChildArrived;
        view.can_bring_parent_through =
            (s == SessionState::ParentArrived || s == SessionState::ChildArrived) && !session->parent_through_at;
        view.can_start = s == SessionState::ParentArrived || s == SessionState::ChildArrived;
        view.can_end = s == SessionState::InProgress;
        view.brought_by = brought_by_.empty() ? session->brought_by : brought_by_;
        add_call_and_siblings(*session, view);
        // Each sibling's carer leaves in turn after the family and the child's own carer.
        struct Leaver {
            core::ArrivalWindow window;
            std::string child_first_name;
        };
        std::vector<Leaver> leavers;
        for (const auto& w : session->arrival_windows) leavers.push_back({w, {}});
        store::FamilyRepository people(db_);
        for (const auto& sibling : session->siblings) {
            const auto child = people.child(sibling.child_id);
            leavers.push_back({sibling.carer_window, child ? child->first_name : std::string{}});
        }
        std::stable_sort(leavers.begin(), leavers.end(),
                         [](const Leaver& a, const Leaver& b) { return a.window.leave_order < b.window.leave_order; });
        std::vector<core::ArrivalWindow> windows;
        for (const auto& l : leavers) windows.push_back(l.window);
        const auto plan = core::departure_plan(windows);
        for (std::size_t i = 0; i < plan.size() && i < leavers.size(); ++i) {
            view.departure.push_back({"staff.party." + std::string{core::to_string(plan[i].party)},
                                      static_cast<int>(plan[i].wait_before.count()), leavers[i].child_first_name});
        }
    }
    view.has_record = record_id_ != 0;
    view.ending_early = ending_early_;
    for (const auto reason : core::ended_early_reasons()) {
        view.reason_keys.push_back("staff.reason." + std::string{core::to_string(reason)});
    }
    view.chosen_reason = chosen_reason_;
    view.early_words = early_words_;
    view.message = message_;
    return view;
}

void StaffController::add_call_and_siblings(const core::Session& session, ui::SessionView& view) const {
    const bool open = !core::is_closed(session.state);
    view.is_call = store::read_arrangement(db_, session.agreement_version_id).mode == core::ContactMode::Virtual;
    if (view.is_call) {
        const auto call = core::summarize_call(store::CallEventRepository(db_).for_session(session.id));
        for (const auto party : {core::CallParty::Family, core::CallParty::Child, core::CallParty::Carer}) {
            view.call_parties.push_back({static_cast<int>(party), "staff.call_party." + std::string{core::to_string(party)},
                                         open && core::call_event_allowed(call, party, core::CallEventKind::Left)});
        }
        // A call has no arrivals to mark: joining is arriving.
        view.can_mark_child_arrived = view.can_mark_parent_arrived = view.can_bring_parent_through = false;
    }
    store::FamilyRepository people(db_);
    for (const auto& sibling : session.siblings) {
        const auto child = people.child(sibling.child_id);
        view.sibling_arrivals.push_back({sibling.child_id, child ? child->first_name : std::string{},
                                         sibling.arrived_at.has_value(), open && !sibling.arrived_at});
    }
}

void StaffController::handle(const ui::SessionIntent& intent) {
    note_intent(intent);
    if (!staff_) return;
    if (std::holds_alternative<ui::BackToBoard>(intent)) {
        go(StaffStep::Board);
    } else if (std::holds_alternative<ui::LockStaffFace>(intent)) {
        lock("staff.signin.locked_by_worker");
    } else if (std::holds_alternative<ui::OpenRecord>(intent)) {
        open_record();
    } else if (std::holds_alternative<ui::OpenLifeStory>(intent)) {
        open_life_story();
    } else {
        handle_session_step(intent);
    }
}

void StaffController::handle_session_step(const ui::SessionIntent& intent) {
    const core::Id me = staff_->member().id;
    std::visit(
        [&](const auto& asked) {
            using Asked = std::decay_t<decltype(asked)>;
            if constexpr (std::is_same_v<Asked, ui::BroughtByEdited>) {
                brought_by_ = asked.text;
            } else if constexpr (std::is_same_v<Asked, ui::MarkChildArrived>) {
                attempt([&] { control_.child_arrived(session_id_, me, brought_by_); });
            } else if constexpr (std::is_same_v<Asked, ui::MarkParentArrived>) {
                attempt([&] { control_.parent_arrived(session_id_, me); });
            } else if constexpr (std::is_same_v<Asked, ui::BringParentThrough>) {
                attempt([&] { control_.bring_parent_through(session_id_, me); });
            } else if constexpr (std::is_same_v<Asked, ui::StartSession>) {
                attempt([&] { record_id_ = control_.start(session_id_, me); });
            } else if constexpr (std::is_same_v<Asked, ui::EndSession>) {
                attempt([&] { control_.end(session_id_, me); });
            } else if constexpr (std::is_same_v<Asked, ui::RecordCallEvent>) {
                const auto party = static_cast<core::CallParty>(asked.party);
                const auto kind = static_cast<core::CallEventKind>(asked.kind);
                attempt([&] { control_.call_event(session_id_, me, party, kind); });
            } else if constexpr (std::is_same_v<Asked, ui::MarkSiblingArrived>) {
                attempt([&] { control_.sibling_arrived(session_id_, me, asked.child_id, brought_by_); });
            } else if constexpr (std::is_same_v<Asked, ui::BeginEndEarly>) {
                ending_early_ = true;
                message_.clear();
            } else if constexpr (std::is_same_v<Asked, ui::ChooseEndReason>) {
                chosen_reason_ = asked.index;
            } else if constexpr (std::is_same_v<Asked, ui::EarlyWordsEdited>) {
                early_words_ = asked.text;
            } else if constexpr (std::is_same_v<Asked, ui::CancelEndEarly>) {
                ending_early_ = false;
                message_.clear();
            } else if constexpr (std::is_same_v<Asked, ui::ConfirmEndEarly>) {
                const auto reasons = core::ended_early_reasons();
                if (chosen_reason_ < 0 || static_cast<std::size_t>(chosen_reason_) >= reasons.size()) {
                    message_ = "staff.session.choose_reason";
                    return;
                }
                const auto reason = reasons[static_cast<std::size_t>(chosen_reason_)];
                if (attempt([&] { control_.end_early(session_id_, me, reason, early_words_); })) {
                    ending_early_ = false;
                }
            }
        },
        intent);
}

}  // namespace kiosk::app
