#pragma once
// The glue between the program's state and its screens: each frame it picks the screen for
// the current step, hands it a view struct and feeds the returned intent to the controller.
// Shared by the window, the screenshot command and the UI tests.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/app/coordinator/coordinator_controller.hpp"
#include "kiosk/app/family/family_controller.hpp"
#include "kiosk/app/family/family_services.hpp"
#include "kiosk/app/venue_info.hpp"
#include "kiosk/core/time.hpp"
#include "kiosk/ui/ui_resources.hpp"
#include "kiosk/ui/widgets/on_screen_keyboard.hpp"

namespace kiosk::store {
class Database;
}

namespace kiosk::app {

class StaffFace;
class SyncWorker;
class SignInRelay;
struct AppSetup;

// The one face a terminal shows, chosen once when it starts ([kiosk] face).
enum class Face { Family, Staff, Coordinator };

class KioskApp {
public:
    // Made by ComposedApp (shell/app_composition.hpp), the one place an app is put together.
    KioskApp(ui::UiResources& ui, const AppSetup& setup, FamilyServices& family_services);
    ~KioskApp();
    Face face() const { return face_; }

    // Draws this frame's screen; call between ImGui::NewFrame() and ImGui::Render().
    void draw_frame();
    // When something on screen changes by itself, so the window wakes even if nobody touches it
    // (an inactivity reset, the end of a lock, the staff face's idle lock).
    std::optional<core::Timestamp> next_wake() const;

    // The family face's controller; only a lobby has one (std::logic_error on another face).
    FamilyController& family();
    const FamilyController& family() const;
    ui::UiResources& ui() { return ui_; }

    // The coordinator screens for a coordinator signed in elsewhere (screenshots, tests, the
    // frame bench): no PIN screen in front, no idle lock behind. A terminal's coordinator signs in
    // with a PIN instead (Face::Coordinator).
    void open_coordinator(CoordinatorContext context);
    CoordinatorController* coordinator() { return coordinator_.get(); }
    // The background sync (window only, when a server is configured): the coordinator's
    // day's-end sync screen asks it for a full sync. Not owned; outlives the app.
    void set_sync_worker(SyncWorker* worker) { sync_worker_ = worker; }
    // Where sign-in attempts are counted first when the venue hub is there (issue #13); not owned,
    // outlives the app (or is taken away with nullptr first). Applies to the open face too.
    void set_sign_in_relay(SignInRelay* relay);

    StaffFace* staff_face() { return staff_.get(); }

private:
    // The staff face: PIN sign-in, then the staff screens. The lobby never has one.
    void open_staff_face(store::Database& db, const core::Clock& clock, VenueInfo venue,
                         std::vector<std::string> interpretive_words);
    // The coordinator face as a terminal opens it (`run --face coordinator`): PIN sign-in first.
    // A coordinator who signs in gets the coordinator screens (locked again after two minutes
    // without a touch); a worker who signs in here gets the staff screens.
    void open_coordinator_face(store::Database& db, const core::Clock& clock, VenueInfo venue);
    void enter_coordinator(CoordinatorContext context);
    void draw_family_frame();
    // The coordinator screens with the on-screen keyboard under them.
    void draw_coordinator();
    // What the venue hub sent since the last frame: reload what a face keeps (issue #13).
    void refresh_if_synced();
    // True when the coordinator gate handled this frame.
    bool draw_coordinator_gate();

    // What the coordinator face needs to go back to sign-in and to open for a coordinator.
    struct CoordinatorGate {
        store::Database* db;
        const core::Clock* clock;
        VenueInfo venue;
        core::Timestamp last_touch{};
    };

    ui::UiResources& ui_;
    std::string home_language_;  // the terminal's: the staff face's until a worker chooses their own
    std::string coordinator_language_;  // the signed-in coordinator's, for the coordinator screens
    Face face_;
    std::unique_ptr<FamilyController> family_;  // the lobby's; set on the family face only
    std::unique_ptr<CoordinatorController> coordinator_;  // set when the coordinator face is open
    // The coordinator face on a tablet has no keyboard either: the staff face's, docked below.
    ui::OnScreenKeyboard coordinator_keyboard_;
    std::unique_ptr<StaffFace> staff_;                    // set when the staff face is open
    std::optional<CoordinatorGate> coordinator_gate_;     // set on a coordinator terminal
    SyncWorker* sync_worker_ = nullptr;
    SignInRelay* sign_in_relay_ = nullptr;
    std::uint64_t sync_work_seen_ = 0;  // the sync worker's pages, cycles and full syncs so far
};

}  // namespace kiosk::app
