#include "kiosk/app/kiosk_app.hpp"

namespace kiosk::app {

KioskApp::KioskApp(ui::UiResources& ui, VenueInfo venue, const core::Clock& clock,
                   const std::string& home_language)
    : ui_(ui), family_(std::move(venue), clock, ui.text.languages(), home_language) {}

void KioskApp::open_coordinator(CoordinatorContext context) {
    coordinator_ = std::make_unique<CoordinatorController>(std::move(context));
}

void KioskApp::draw_frame() {
    if (coordinator_) {
        coordinator_->draw_frame(ui_);
        return;
    }
    // The controller owns the language; the translator follows it before anything is drawn.
    ui_.text.set_language(family_.language());
    switch (family_.step()) {
        case FamilyStep::Attract:
            family_.handle(ui::draw_attract_screen(family_.attract_view(), ui_));
            break;
        case FamilyStep::EnterCode:
            family_.handle(ui::draw_code_placeholder_screen(family_.code_view(), ui_));
            break;
    }
}

}  // namespace kiosk::app
