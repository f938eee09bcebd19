#include "kiosk/app/kiosk_app.hpp"

#include "kiosk/app/staff_face.hpp"

namespace kiosk::app {

KioskApp::KioskApp(ui::UiResources& ui, VenueInfo venue, const core::Clock& clock,
                   const std::string& home_language)
    : ui_(ui), family_(std::move(venue), clock, ui.text.languages(), home_language) {}

KioskApp::~KioskApp() = default;

void KioskApp::open_staff_face(store::Database& db, const core::Clock& clock, VenueInfo venue,
                               std::vector<std::string> interpretive_words) {
    staff_ = std::make_unique<StaffFace>(db, clock, std::move(venue), std::move(interpretive_words));
}

std::optional<core::Timestamp> KioskApp::wake_at() const {
    return staff_ ? staff_->wake_at() : std::nullopt;
}

void KioskApp::draw_frame() {
    if (staff_) {
        staff_->draw(ui_);
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
