#include "kiosk/app/shell/kiosk_app.hpp"

#include <imgui.h>

#include <stdexcept>

#include "kiosk/app/shell/app_composition.hpp"
#include "kiosk/app/shell/staff_face.hpp"
#include "kiosk/app/sync/sync_worker.hpp"
#include "kiosk/core/idle_lock.hpp"
#include "kiosk/ui/widgets/wrapped_editor.hpp"

namespace kiosk::app {

KioskApp::KioskApp(ui::UiResources& ui, const AppSetup& setup, FamilyServices& family_services)
    : ui_(ui), home_language_(setup.language), face_(setup.face) {
    switch (setup.face) {
        case Face::Family:
            family_ = std::make_unique<FamilyController>(setup.venue, setup.clock, ui.text.languages(), setup.language,
                                                         family_services);
            break;
        case Face::Staff:
            open_staff_face(setup.db, setup.clock, setup.venue, setup.interpretive_words);
            break;
        case Face::Coordinator:
            open_coordinator_face(setup.db, setup.clock, setup.venue);
            break;
    }
}

FamilyController& KioskApp::family() {
    if (!family_) throw std::logic_error("only the family face has a family controller");
    return *family_;
}

const FamilyController& KioskApp::family() const {
    if (!family_) throw std::logic_error("only the family face has a family controller");
    return *family_;
}

void KioskApp::open_coordinator(CoordinatorContext context) {
    coordinator_gate_.reset();
    staff_.reset();
    enter_coordinator(std::move(context));
}

void KioskApp::enter_coordinator(CoordinatorContext context) {
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
    if (staff_) return staff_->wake_at();
    return family_ ? family_->next_deadline() : std::nullopt;
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
            enter_coordinator({*gate.db, *gate.clock, gate.venue.time_zone, signed_in->member().id, sync_worker_,
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
    if (family_) draw_family_frame();
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
    FamilyController& lobby = *family_;
    // Any touch says someone is there (scrolling the rules too, which asks nothing of the
    // controller). While "Are you still there?" shows, the touch is the prompt's to answer:
    // it lies over the screen, so the screen under it must not take that touch as well.
    const bool asking = lobby.still_there_view().has_value();
    if (!asking && touched_this_frame()) lobby.touched();
    lobby.tick();
    // The controller owns the language; the translator follows it before anything is drawn.
    ui_.text.set_language(lobby.language());
    switch (lobby.step()) {
        case FamilyStep::Attract:
            lobby.handle(ui::draw_attract_screen(lobby.attract_view(), ui_));
            break;
        case FamilyStep::EnterCode:
            lobby.handle(ui::draw_code_screen(lobby.code_view(), ui_));
            break;
        case FamilyStep::Locked:
            lobby.handle(ui::draw_locked_screen(lobby.locked_view(), ui_));
            break;
        case FamilyStep::Attendees:
            lobby.handle(ui::draw_attendees_screen(lobby.attendees_view(), ui_));
            break;
        case FamilyStep::Notice:
            lobby.handle(ui::draw_notice_screen(lobby.notice_view(), ui_));
            break;
        case FamilyStep::Agreement:
            lobby.handle(ui::draw_agreement_screen(lobby.agreement_view(), ui_));
            break;
        case FamilyStep::Signature:
            lobby.handle(ui::draw_signature_screen(lobby.signature_view(), ui_));
            break;
        case FamilyStep::Activities:
            lobby.handle(ui::draw_activities_screen(lobby.activities_view(), ui_));
            break;
        case FamilyStep::Done:
            lobby.handle(ui::draw_done_screen(lobby.done_view(), ui_));
            break;
        case FamilyStep::Feedback:
            lobby.handle(ui::draw_feedback_screen(lobby.feedback_view(), ui_));
            break;
        case FamilyStep::Comment:
            lobby.handle(ui::draw_comment_screen(lobby.comment_view(), ui_));
            break;
    }
    if (const auto still_there = lobby.still_there_view()) {
        lobby.handle(ui::draw_still_there_prompt(*still_there, ui_));
    }
}

}  // namespace kiosk::app
