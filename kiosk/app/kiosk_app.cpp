#include "kiosk/app/kiosk_app.hpp"

#include "kiosk/app/staff_face.hpp"

namespace kiosk::app {

KioskApp::KioskApp(ui::UiResources& ui, VenueInfo venue, const core::Clock& clock,
                   const std::string& home_language, FamilyServices& family_services)
    : ui_(ui), family_(std::move(venue), clock, ui.text.languages(), home_language, family_services) {}

void KioskApp::open_coordinator(CoordinatorContext context) {
    coordinator_ = std::make_unique<CoordinatorController>(std::move(context));
}

KioskApp::~KioskApp() = default;

void KioskApp::open_staff_face(store::Database& db, const core::Clock& clock, VenueInfo venue,
                               std::vector<std::string> interpretive_words) {
    staff_ = std::make_unique<StaffFace>(db, clock, std::move(venue), std::move(interpretive_words));
}

std::optional<core::Timestamp> KioskApp::next_wake() const {
    return staff_ ? staff_->wake_at() : family_.next_deadline();
}

void KioskApp::draw_frame() {
    if (staff_) {
        staff_->draw(ui_);
        return;
    }
    if (coordinator_) {
        coordinator_->draw_frame(ui_);
        return;
    }
    draw_family_frame();
}

void KioskApp::draw_family_frame() {
    family_.tick();
    // The controller owns the language; the translator follows it before anything is drawn.
    ui_.text.set_language(family_.language());
    switch (family_.step()) {
        case FamilyStep::Attract:
            family_.handle(ui::draw_attract_screen(family_.attract_view(), ui_));
            break;
        case FamilyStep::EnterCode:
            family_.handle(ui::draw_code_screen(family_.code_view(), ui_));
            break;
        case FamilyStep::Locked:
            family_.handle(ui::draw_locked_screen(family_.locked_view(), ui_));
            break;
        case FamilyStep::Attendees:
            family_.handle(ui::draw_attendees_screen(family_.attendees_view(), ui_));
            break;
        case FamilyStep::Notice:
            family_.handle(ui::draw_notice_screen(family_.notice_view(), ui_));
            break;
        case FamilyStep::Agreement:
            family_.handle(ui::draw_agreement_screen(family_.agreement_view(), ui_));
            break;
        case FamilyStep::Signature:
            family_.handle(ui::draw_signature_screen(family_.signature_view(), ui_));
            break;
        case FamilyStep::Activities:
            family_.handle(ui::draw_activities_screen(family_.activities_view(), ui_));
            break;
        case FamilyStep::Done:
            family_.handle(ui::draw_done_screen(family_.done_view(), ui_));
            break;
        case FamilyStep::Feedback:
            family_.handle(ui::draw_feedback_screen(family_.feedback_view(), ui_));
            break;
        case FamilyStep::Comment:
            family_.handle(ui::draw_comment_screen(family_.comment_view(), ui_));
            break;
    }
}

}  // namespace kiosk::app
