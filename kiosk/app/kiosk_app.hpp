#pragma once
// The glue between the program's state and its screens: each frame it picks the screen for
// the current step, hands it a view struct and feeds the returned intent to the controller.
// Shared by the window, the screenshot command and the UI tests.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/app/family_controller.hpp"
#include "kiosk/app/venue_info.hpp"
#include "kiosk/core/time.hpp"
#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::store {
class Database;
}

namespace kiosk::app {

class StaffFace;

class KioskApp {
public:
    KioskApp(ui::UiResources& ui, VenueInfo venue, const core::Clock& clock,
             const std::string& home_language);
    ~KioskApp();

    // Draws this frame's screen; call between ImGui::NewFrame() and ImGui::Render().
    void draw_frame();

    FamilyController& family() { return family_; }
    const FamilyController& family() const { return family_; }
    ui::UiResources& ui() { return ui_; }

    // --- Staff face (issue #4): only a program run as the staff face opens it; from then on
    // draw_frame() draws the staff screens. The lobby never calls this.
    void open_staff_face(store::Database& db, const core::Clock& clock, VenueInfo venue,
                         std::vector<std::string> interpretive_words);
    StaffFace* staff_face() { return staff_.get(); }
    // When the window must wake for something on screen to change (the staff idle lock).
    std::optional<core::Timestamp> wake_at() const;

private:
    ui::UiResources& ui_;
    FamilyController family_;
    std::unique_ptr<StaffFace> staff_;  // staff face only
};

}  // namespace kiosk::app
