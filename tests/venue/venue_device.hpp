#pragma once
// One device of a venue, as the issue asks (tests (a)-(g)): its own encrypted database and key
// folder, enrolled at the hub with a one-time token (so it signs and seals), filled from the hub
// by a first sync, then its face drawn through the headless harness while its continuous sync
// worker runs on its own thread, exactly as the window runs them.
#include <functional>
#include <memory>
#include <string>

#include "kiosk/app/config.hpp"
#include "kiosk/app/shell/device_sync.hpp"
#include "kiosk/app/family/family_services.hpp"
#include "kiosk/app/shell/kiosk_app.hpp"
#include "kiosk/app/shell/app_composition.hpp"
#include "kiosk/app/sync/sync_worker.hpp"
#include "tests/harness/ui_harness.hpp"
#include "tests/support/test_store.hpp"
#include "tests/venue/venue_clock.hpp"
#include "tests/venue/venue_servers.hpp"

namespace kiosk::testing {

class VenueDevice {
public:
    // `face`: family (the lobby), staff (a tablet) or coordinator (the PC).
    VenueDevice(const VenueServers& servers, std::string device_id, const std::string& role, std::string face,
                VenueClock& clock);
    VenueDevice(const VenueDevice&) = delete;
    VenueDevice& operator=(const VenueDevice&) = delete;
    ~VenueDevice();

    // Pulls once from the hub until the venue is here (its families arrive through the hub from
    // the upstream), then opens the face on what it holds and starts the worker.
    void start();
    void stop_worker();  // the device goes off the network (its face and database stay)
    void start_worker();  // and comes back

    // Draws frames (the window redraws when the worker applies a page) until `done` holds.
    bool until(const std::function<bool()>& done, std::chrono::seconds deadline = std::chrono::seconds{90});
    std::string text();  // the screen's words, wrapped lines joined
    bool shows(const std::string& words, std::chrono::seconds deadline = std::chrono::seconds{90});
    void tap(std::string_view label) { h.tap(label, draw); }
    void type_code(std::string_view code);
    void sign();  // a zig-zag on the signature pad
    // The staff or coordinator PIN screen: name, then the digits, then "Sign in".
    void sign_in(const std::string& name, const std::string& pin);

    // The first column of the first row of `sql` on this device's database (checks and setups).
    std::int64_t scalar(const std::string& sql);
    // This device's local id of the staff member with this display name (0: none here).
    core::Id staff_id(const std::string& name);

    app::KioskApp& kiosk() { return *app_; }
    app::SyncWorker& worker() { return sync_->worker(); }
    bool online() const { return sync_ != nullptr; }
    // Runs `work` on the device's database connection (the face's), for checks and setups.
    store::Database& db() { return store.db; }

    std::string id;
    std::string face;
    TestStore store;
    app::Config config;
    UiHarness h;
    UiHarness::DrawFn draw;

private:
    VenueClock& clock_;
    std::unique_ptr<app::ComposedApp> composed_;
    app::KioskApp* app_ = nullptr;  // composed_'s
    std::unique_ptr<app::DeviceSync> sync_;  // the worker and the hub's sign-in count, as the window has them
};

}  // namespace kiosk::testing
