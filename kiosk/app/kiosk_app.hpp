#pragma once
// The glue between the program's state and its screens: each frame it picks the screen for
// the current step, hands it a view struct and feeds the returned intent to the controller.
// Shared by the window, the screenshot command and the UI tests.
#include <memory>
#include <string>

#include "kiosk/app/coordinator/coordinator_controller.hpp"
#include "kiosk/app/family_controller.hpp"
#include "kiosk/app/venue_info.hpp"
#include "kiosk/core/time.hpp"
#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::app {

class KioskApp {
public:
    KioskApp(ui::UiResources& ui, VenueInfo venue, const core::Clock& clock,
             const std::string& home_language);

    // Draws this frame's screen; call between ImGui::NewFrame() and ImGui::Render().
    void draw_frame();

    FamilyController& family() { return family_; }
    const FamilyController& family() const { return family_; }
    ui::UiResources& ui() { return ui_; }

    // --- Coordinator face (issue #7) ---
    // Switches this app to the coordinator face for a signed-in coordinator.
    void open_coordinator(CoordinatorContext context);
    CoordinatorController* coordinator() { return coordinator_.get(); }

private:
    ui::UiResources& ui_;
    FamilyController family_;
    std::unique_ptr<CoordinatorController> coordinator_;  // set when the coordinator face is open
};

}  // namespace kiosk::app
