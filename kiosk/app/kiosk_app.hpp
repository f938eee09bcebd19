#pragma once
// The glue between the program's state and its screens: each frame it picks the screen for
// the current step, hands it a view struct and feeds the returned intent to the controller.
// Shared by the window, the screenshot command and the UI tests.
#include <memory>
#include <optional>
#include <string>

#include "kiosk/app/coordinator/coordinator_controller.hpp"
#include "kiosk/app/family_controller.hpp"
#include "kiosk/app/family_services.hpp"
#include "kiosk/app/venue_info.hpp"
#include "kiosk/core/time.hpp"
#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::app {

class KioskApp {
public:
    KioskApp(ui::UiResources& ui, VenueInfo venue, const core::Clock& clock, const std::string& home_language,
             FamilyServices& family_services);

    // Draws this frame's screen; call between ImGui::NewFrame() and ImGui::Render().
    void draw_frame();
    // When something on screen changes by itself (an inactivity reset, the end of a lock):
    // the window wakes then even if nobody touches it.
    std::optional<core::Timestamp> next_wake() const { return family_.next_deadline(); }

    FamilyController& family() { return family_; }
    const FamilyController& family() const { return family_; }
    ui::UiResources& ui() { return ui_; }

    // Switches this app to the coordinator face for a signed-in coordinator.
    void open_coordinator(CoordinatorContext context);
    CoordinatorController* coordinator() { return coordinator_.get(); }

private:
    void draw_family_frame();

    ui::UiResources& ui_;
    FamilyController family_;
    std::unique_ptr<CoordinatorController> coordinator_;  // set when the coordinator face is open
};

}  // namespace kiosk::app
