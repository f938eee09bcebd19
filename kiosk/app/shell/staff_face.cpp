#include "kiosk/app/shell/staff_face.hpp"

#include <imgui.h>

#include <algorithm>

#include "kiosk/ui/widgets/wrapped_editor.hpp"

namespace kiosk::app {

namespace {
// Any finger on the glass or key typed counts as a touch for the idle lock.
bool input_this_frame() {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.MouseDown[0] || io.InputQueueCharacters.Size > 0) return true;
    for (const bool down : io.KeysDown) {
        if (down) return true;
    }
    return false;
}
}  // namespace

StaffFace::StaffFace(store::Database& db, const core::Clock& clock, VenueInfo venue,
                     std::vector<std::string> interpretive_words, std::string home_language)
    : controller_(db, clock, std::move(venue), std::move(interpretive_words), std::move(home_language)),
      arrivals_(db, clock) {}

std::optional<core::Timestamp> StaffFace::wake_at() const {
    const auto lock = controller_.lock_deadline();
    const auto look = watching_arrivals_ ? arrivals_.wake_at() : std::nullopt;
    if (lock && look) return std::min(*lock, *look);
    return lock ? lock : look;
}

void StaffFace::draw(ui::UiResources& ui) {
    // The terminal's language ([kiosk] language), or the signed-in worker's own.
    ui.text.set_language(controller_.language());
    keyboard_.begin_frame();
    if (input_this_frame()) controller_.touched();
    controller_.lock_if_idle();
    // Locked or not: an alert waits on the board for whoever signs in next.
    if (watching_arrivals_ && arrivals_.look_if_due() > 0) controller_.data_changed();

    const StaffStep before = controller_.step();
    draw_step(ui);
    keyboard_.draw(ui);
    // A new screen starts with no field active, so the keyboard never outlives its field.
    if (controller_.step() != before) ui::release_text_focus();
}

void StaffFace::draw_step(ui::UiResources& ui) {
    switch (controller_.step()) {
        case StaffStep::SignIn:
            controller_.handle(ui::draw_signin_screen(controller_.signin_view(), ui));
            break;
        case StaffStep::Board:
            controller_.handle(ui::draw_board_screen(controller_.board_view(), ui));
            break;
        case StaffStep::Session:
            controller_.handle(ui::draw_session_screen(controller_.session_view(), ui));
            break;
        case StaffStep::Record: {
            if (!focus_section_) {
                controller_.handle(ui::draw_record_screen(controller_.record_view(), ui));
                break;
            }
            // Once, when a section was asked for: a copy of the kept view that scrolls to it.
            ui::RecordView view = controller_.record_view();
            view.focus_section = *focus_section_;
            focus_section_.reset();
            controller_.handle(ui::draw_record_screen(view, ui));
            break;
        }
        case StaffStep::Concern:
            controller_.handle(ui::draw_concern_screen(controller_.concern_view(), ui));
            break;
        case StaffStep::Finalize:
            controller_.handle(ui::draw_finalize_screen(controller_.finalize_view(), ui));
            break;
        case StaffStep::Due:
            controller_.handle(ui::draw_due_screen(controller_.due_view(), ui));
            break;
        case StaffStep::LifeStory:
            controller_.handle(ui::draw_life_story_screen(controller_.life_story_view(), ui));
            break;
        case StaffStep::Letterbox:
            controller_.handle(ui::draw_staff_letterbox_screen(controller_.letterbox_view(), ui));
            break;
    }
}

}  // namespace kiosk::app
