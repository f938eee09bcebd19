// The staff face's life-story note (issue #16, item 4): opened from the session, written, saved
// through LifeStoryService, then back to the session.
#include "kiosk/app/staff_action_error.hpp"
#include "kiosk/app/staff/staff_controller.hpp"
#include "kiosk/store/life_story_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/ui/dates.hpp"

namespace kiosk::app {
namespace {
core::LifeStoryKind kind_at(int index) {
    const auto& kinds = core::life_story_kinds();
    return index >= 0 && static_cast<std::size_t>(index) < kinds.size() ? kinds[static_cast<std::size_t>(index)]
                                                                          : kinds.front();
}
}  // namespace

void StaffController::open_life_story() {
    life_story_kind_ = 0;
    life_story_ = {};
    life_story_problems_.clear();
    go(StaffStep::LifeStory);
}

ui::LifeStoryView StaffController::build_life_story_view() const {
    ui::LifeStoryView view;
    view.clock_hhmm = hhmm(clock_.now());
    view.worker_name = staff_ ? staff_->member().display_name : "";
    if (const auto& row = record_header()) view.child_first_name = row->child_first_name;
    for (const auto kind : core::life_story_kinds()) {
        view.kind_keys.push_back("staff.life_story.kind." + std::string(core::to_string(kind)));
    }
    view.chosen_kind = life_story_kind_;
    const core::LifeStoryKind kind = kind_at(life_story_kind_);
    view.words = life_story_.words;
    view.consent_from = life_story_.consent_from;
    view.kept_at = life_story_.kept_at;
    view.asks_consent = kind == core::LifeStoryKind::Photo;
    view.asks_place = core::is_kept_thing(kind);
    view.problems = life_story_problems_;
    view.message = message_;
    if (const auto session = store::SessionRepository(db_).find(session_id_)) {
        for (const auto& note : store::LifeStoryRepository(db_).of_child(session->child_id, 10)) {
            view.earlier.push_back({day_hhmm(note.at), "staff.life_story.kind." + std::string(core::to_string(note.kind)),
                                    note.words, note.kept_at});
        }
    }
    return view;
}

void StaffController::handle(const ui::LifeStoryIntent& intent) {
    note_intent(intent);
    if (!staff_) return;
    std::visit(
        [&](const auto& asked) {
            using Asked = std::decay_t<decltype(asked)>;
            if constexpr (std::is_same_v<Asked, ui::ChooseLifeStoryKind>) {
                if (asked.index >= 0 && static_cast<std::size_t>(asked.index) < core::life_story_kinds().size()) {
                    life_story_kind_ = asked.index;
                    life_story_problems_.clear();
                }
            } else if constexpr (std::is_same_v<Asked, ui::LifeStoryWordsEdited>) {
                life_story_.words = asked.text;
                message_.clear();
            } else if constexpr (std::is_same_v<Asked, ui::LifeStoryConsentEdited>) {
                life_story_.consent_from = asked.text;
            } else if constexpr (std::is_same_v<Asked, ui::LifeStoryPlaceEdited>) {
                life_story_.kept_at = asked.text;
            } else if constexpr (std::is_same_v<Asked, ui::SaveLifeStoryNote>) {
                core::LifeStoryNote note = life_story_;
                note.kind = kind_at(life_story_kind_);
                // What the kind does not ask for is not kept (a consent typed for a photo, then
                // the kind changed to the child's words).
                if (note.kind != core::LifeStoryKind::Photo) note.consent_from.clear();
                if (!core::is_kept_thing(note.kind)) note.kept_at.clear();
                LifeStoryResult result;
                if (!attempt([&] { result = life_stories_.write_note(session_id_, staff_->member().id, note); })) return;
                life_story_problems_.clear();
                for (const auto problem : result.problems) {
                    life_story_problems_.push_back("staff.life_story.problem." + std::string(core::to_string(problem)));
                }
                if (result.problems.empty()) {
                    life_story_ = {};
                    saved_at_ = clock_.now();
                    message_ = "staff.life_story.saved";
                }
            } else if constexpr (std::is_same_v<Asked, ui::CloseLifeStory>) {
                go(StaffStep::Session);
            } else if constexpr (std::is_same_v<Asked, ui::LockStaffFace>) {
                lock("staff.signin.locked_by_worker");
            }
        },
        intent);
}

}  // namespace kiosk::app
