#pragma once
// A device's link to its server, wired once for the window and for the venue tests alike: the
// background sync worker (its own thread and connection), every commit of the window's
// connection nudging it (what is saved goes at once), and the venue hub's sign-in count, which
// the faces ask first while the worker reaches the server (issue #13). Declare it before the
// KioskApp it is attached to, so the app goes first; to end it while the app stays, give the app
// nullptr for both first (set_sync_worker, set_sign_in_relay).
#include <memory>

#include "kiosk/app/config.hpp"
#include "kiosk/app/sync/hub_sign_in_relay.hpp"
#include "kiosk/app/sync/sync_worker.hpp"

namespace kiosk::store {
class Database;
}

namespace kiosk::app {

class KioskApp;

class DeviceSync {
public:
    // `config` must name a server (with_enrolment(config).server_url not empty). The worker starts
    // at once; `db` is the window's connection, whose commits wake the worker.
    DeviceSync(const Config& config, const core::Clock& clock, store::Database& db, SyncWorkerOptions options = {});
    DeviceSync(const DeviceSync&) = delete;
    DeviceSync& operator=(const DeviceSync&) = delete;
    // Unhooks the commits and joins the worker.
    ~DeviceSync();

    // The app's faces ask this worker for full syncs and this relay for sign-ins from now on.
    void attach(KioskApp& app);
    SyncWorker& worker() { return *worker_; }

private:
    store::Database& db_;
    std::unique_ptr<SyncWorker> worker_;
    HubSignInRelay relay_;
};

}  // namespace kiosk::app
