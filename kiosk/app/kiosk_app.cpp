#include "kiosk/app/kiosk_app.hpp"

#include <imgui.h>

#include "kiosk/app/staff_face.hpp"
#include "kiosk/app/sync_worker.hpp"
#include "kiosk/core/idle_lock.hpp"
#include "kiosk/ui/widgets/wrapped_editor.hpp"

namespace kiosk::app {

KioskApp::KioskApp(ui::UiResources& ui, VenueInfo venue, const core::Clock& clock,
                   const std::string& home_language, FamilyServices& family_services)
    : ui_(ui),
      home_language_(home_language),
      family_(std::move(venue), clock, ui.text.languages(), home_language, family_services) {}

void KioskApp::open_coordinator(CoordinatorContext context) {
    coordinator_ = std::make_unique<CoordinatorController>(std::move(context));
}

KioskApp::~KioskApp() = default;

void KioskApp::open_staff_face(store::Database& db, const core::Clock& clock, VenueInfo venue,
                               std::vector<std::string> interpretive_words) {
    staff_ = std::make_unique<StaffFace>(db, clock, std::move(venue), std::move(interpretive_words), home_language_);
    staff_->controller().set_sign_in_relay(sign_in_relay_);
}

void KioskApp::set_sign_in_relay(SignInRelay* relay) {
    sign_in_relay_ = relay;
    if (staff_) staff_->controller().set_sign_in_relay(relay);
}

void KioskApp::open_coordinator_face(store::Database& db, const core::Clock& clock, VenueInfo venue) {
    coordinator_gate_ = CoordinatorGate{&db, &clock, venue, clock.now()};
    coordinator_.reset();
    open_staff_face(db, clock, std::move(venue), {});
    staff_->watch_arrivals(false);
}

std::optional<core::Timestamp> KioskApp::next_wake() const {
    if (coordinator_ && coordinator_gate_) return coordinator_gate_->last_touch + core::kStaffIdleLock;
    return staff_ ? staff_->wake_at() : family_.next_deadline();
}

namespace {
// A finger on the screen or a key this frame (call between NewFrame and Render).
bool touched_this_frame() {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.MouseDown[0] || io.InputQueueCharacters.Size > 0 || io.MouseWheel != 0.0F) return true;
    for (const bool down : io.KeysDown) {
        if (down) return true;
    }
    return false;
}
}  // namespace

bool KioskApp::draw_coordinator_gate() {
    if (!coordinator_gate_) return false;
    CoordinatorGate& gate = *coordinator_gate_;
    const core::Timestamp now = gate.clock->now();
    if (coordinator_) {
        if (touched_this_frame()) gate.last_touch = now;
        if (!core::idle_lock_due(gate.last_touch, now)) {
            ui_.text.set_language(coordinator_language_);  // their own, from the PIN screen
            draw_coordinator();
            return true;
        }
        open_coordinator_face(*gate.db, *gate.clock, gate.venue);  // idle: back to the PIN
        return false;
    }
    if (staff_) {
        staff_->draw(ui_);
        const StaffSession* signed_in = staff_->controller().signed_in();
        if (signed_in != nullptr && signed_in->is_coordinator()) {
            coordinator_language_ = staff_->controller().language();
            open_coordinator({*gate.db, *gate.clock, gate.venue.time_zone, signed_in->member().id, sync_worker_,
                              gate.venue.family_pages, gate.venue.missed_sessions_flag});
            gate.last_touch = now;
            staff_.reset();
        }
        return true;
    }
    return false;
}

void KioskApp::draw_frame() {
    refresh_if_synced();
    if (draw_coordinator_gate()) return;
    if (staff_) {
        staff_->draw(ui_);
        return;
    }
    if (coordinator_) {
        draw_coordinator();
        return;
    }
    draw_family_frame();
}

void KioskApp::draw_coordinator() {
    coordinator_keyboard_.begin_frame();
    const CoordinatorScreen before = coordinator_->screen();
    coordinator_->draw_frame(ui_);
    coordinator_keyboard_.draw(ui_);
    // A new screen starts with no field active, so the keyboard never outlives its field.
    if (coordinator_->screen() != before) ui::release_text_focus();
}

void KioskApp::refresh_if_synced() {
    // The faces draw from their read models; what the sync worker did since the last frame (a
    // page applied, records sent, a day's-end sync finished) has them built again.
    if (sync_worker_ == nullptr) return;
    const std::uint64_t worked =
        sync_worker_->pages_applied() + sync_worker_->cycles() + sync_worker_->full_syncs_finished();
    if (worked == sync_work_seen_) return;
    sync_work_seen_ = worked;
    if (staff_) {
        staff_->controller().reload_roster();
        staff_->controller().data_changed();
    }
    if (coordinator_) coordinator_->data_changed();
}

void KioskApp::draw_family_frame() {
    // Any touch says someone is there (scrolling the rules too, which asks nothing of the
    // controller). While "Are you still there?" shows, the touch is the prompt's to answer:
    // it lies over the screen, so the screen under it must not take that touch as well.
    const bool asking = family_.still_there_view().has_value();
    if (!asking && touched_this_frame()) family_.touched();
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
    if (const auto still_there = family_.still_there_view()) {
        family_.handle(ui::draw_still_there_prompt(*still_there, ui_));
    }
}

}  // namespace kiosk::app
