// The staff face's letterbox check (issue #16, item 3): from the board's "Letters to check", a
// worker ticks the checks an item passes and forwards it, or holds it with a reason, through the
// same decision the coordinator's desk uses (kiosk/app/letterbox). Another worker, or the venue
// hub's copy of someone else's decision, may get there first: the first decision stands and the
// worker is told so in one sentence.
#include <algorithm>

#include "kiosk/app/letterbox/letterbox_decision.hpp"
#include "kiosk/app/staff_action_error.hpp"
#include "kiosk/app/staff/staff_controller.hpp"
#include "kiosk/store/family_repository.hpp"
#include "kiosk/store/letterbox_repository.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/store_error.hpp"

namespace kiosk::app {
namespace {
constexpr const char* kDecidedElsewhere = "staff.letterbox.decided_elsewhere";
}  // namespace

void StaffController::open_letterbox(core::Id item_id) {
    letterbox_item_ = item_id;
    letterbox_ticks_.assign(core::letterbox_checks().size(), false);
    letterbox_reason_.clear();
    letterbox_problems_.clear();
    letterbox_done_ = false;
    go(StaffStep::Letterbox);
}

ui::StaffLetterboxView StaffController::build_letterbox_view() const {
    ui::StaffLetterboxView view;
    view.clock_hhmm = hhmm(clock_.now());
    view.worker_name = staff_ ? staff_->member().display_name : "";
    store::LetterboxRepository letterbox(db_);
    store::FamilyRepository people(db_);
    for (const auto& item : letterbox.waiting_items()) {
        ui::WaitingLetterLine line;
        line.item_id = item.id;
        if (const auto child = people.child(item.child_id)) line.child_first_name = child->first_name;
        line.kind_from_key = "coord.letterbox.kind_from." + std::string(core::to_string(item.kind));
        line.from_whom = item.from_whom;
        line.received_date = core::local_date(item.received_at, venue_.time_zone);
        line.description = item.description;
        if (item.arrangement_id != 0) {
            if (const auto a = letterbox.arrangement(item.arrangement_id)) {
                line.rule_key = a->direction == core::LetterboxDirection::ToChild ? "coord.letterbox.writes_to_child"
                                                                                  : "coord.letterbox.child_writes";
                line.with_whom = a->with_whom;
                line.every_months = a->every_months;
            }
        }
        view.waiting.push_back(std::move(line));
    }
    // The item chosen, or the oldest waiting when it was decided meanwhile (here or elsewhere).
    const bool still_waiting = std::any_of(view.waiting.begin(), view.waiting.end(),
                                           [this](const auto& line) { return line.item_id == letterbox_item_; });
    view.checking = still_waiting ? letterbox_item_ : (view.waiting.empty() ? 0 : view.waiting.front().item_id);
    for (const auto check : core::letterbox_checks()) {
        view.check_keys.push_back("coord.letterbox.check." + std::string(core::to_string(check)));
    }
    view.ticked = letterbox_ticks_;
    view.ticked.resize(view.check_keys.size(), false);
    if (view.checking != letterbox_item_) std::fill(view.ticked.begin(), view.ticked.end(), false);
    view.reason = letterbox_reason_;
    view.problems = letterbox_problems_;
    view.message = message_;
    view.message_is_done = letterbox_done_;
    // The item this worker was checking was decided elsewhere (another tablet, the coordinator,
    // the hub's copy of either): theirs stands, and this worker is told so rather than finding
    // their ticks gone without a word.
    if (letterbox_item_ != 0 && !still_waiting && !letterbox_done_) {
        view.message = kDecidedElsewhere;
        view.message_is_done = false;
    }
    return view;
}

void StaffController::decide_letterbox(core::LetterboxDecision decision) {
    const core::Id item = letterbox_view().checking;
    letterbox_problems_.clear();
    letterbox_done_ = false;
    if (item == 0) return;
    std::vector<core::LetterboxCheck> passed;
    const auto& checks = core::letterbox_checks();
    // Ticks belong to the item they were made on.
    if (item == letterbox_item_) {
        for (std::size_t i = 0; i < checks.size() && i < letterbox_ticks_.size(); ++i) {
            if (letterbox_ticks_[i]) passed.push_back(checks[i]);
        }
    }
    LetterboxResult result;
    const bool done = attempt([&] {
        const auto member = store::StaffRepository(db_).find(staff_->member().id);
        if (!member || !member->active) throw StaffActionError(StaffActionProblem::NotAllowed, "staff.error.sign_in_again");
        try {
            result = decide_letterbox_item(db_, clock_, member->id, item, decision, passed, letterbox_reason_);
        } catch (const store::StoreError& refused) {
            // Gone from this device, or decided between the read and the write: the first stands.
            if (refused.kind() != store::StoreErrorKind::Refused && refused.kind() != store::StoreErrorKind::NotFound) throw;
            throw StaffActionError(StaffActionProblem::WrongState, kDecidedElsewhere);
        }
    });
    if (!done) return;
    for (const auto problem : result.problems) {
        if (problem == core::LetterboxProblem::AlreadyDecided) {
            message_ = kDecidedElsewhere;
            letterbox_problems_.clear();
            return;
        }
        letterbox_problems_.push_back("staff.letterbox.problem." + std::string(core::to_string(problem)));
    }
    if (!result.problems.empty()) return;
    // Saved: on to the next waiting item with a clean slate.
    open_letterbox(0);
    message_ = decision == core::LetterboxDecision::Forwarded ? "staff.letterbox.forwarded" : "staff.letterbox.held";
    letterbox_done_ = true;
}

void StaffController::handle(const ui::StaffLetterboxIntent& intent) {
    note_intent(intent);
    if (!staff_) return;
    std::visit(
        [&](const auto& asked) {
            using Asked = std::decay_t<decltype(asked)>;
            if constexpr (std::is_same_v<Asked, ui::CheckLetterboxItem>) {
                open_letterbox(asked.item_id);
            } else if constexpr (std::is_same_v<Asked, ui::TickLetterboxCheck>) {
                const core::Id showing = letterbox_view().checking;
                if (showing != letterbox_item_) {
                    // The ticks were for an item decided meanwhile: start afresh on this one.
                    open_letterbox(showing);
                }
                if (asked.index >= 0 && static_cast<std::size_t>(asked.index) < letterbox_ticks_.size()) {
                    letterbox_ticks_[static_cast<std::size_t>(asked.index)] = !letterbox_ticks_[static_cast<std::size_t>(asked.index)];
                }
                letterbox_problems_.clear();
            } else if constexpr (std::is_same_v<Asked, ui::LetterboxReasonEdited>) {
                if (letterbox_item_ == 0) letterbox_item_ = letterbox_view().checking;  // the one being written about
                letterbox_reason_ = asked.text;
            } else if constexpr (std::is_same_v<Asked, ui::ForwardCheckedItem>) {
                decide_letterbox(core::LetterboxDecision::Forwarded);
            } else if constexpr (std::is_same_v<Asked, ui::HoldCheckedItem>) {
                decide_letterbox(core::LetterboxDecision::Held);
            } else if constexpr (std::is_same_v<Asked, ui::CloseLetterbox>) {
                go(StaffStep::Board);
            } else if constexpr (std::is_same_v<Asked, ui::LockStaffFace>) {
                lock("staff.signin.locked_by_worker");
            }
        },
        intent);
    // Deciding and ticking read the view the worker saw (which item is showing), which keeps it
    // for this generation: what they changed must show on the next frame.
    if (intent.index() != 0) generation_.changed();
}

}  // namespace kiosk::app
