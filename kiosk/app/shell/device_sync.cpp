#include "kiosk/app/shell/device_sync.hpp"

#include "kiosk/app/shell/kiosk_app.hpp"
#include "kiosk/store/database.hpp"

namespace kiosk::app {

DeviceSync::DeviceSync(const Config& config, const core::Clock& clock, store::Database& db, SyncWorkerOptions options)
    : db_(db),
      worker_(std::make_unique<SyncWorker>(config, clock, std::move(options))),
      // Asked only while the worker's last exchange went through: a hub that is away costs the
      // person at the PIN pad nothing.
      relay_(config, [worker = worker_.get()] { return worker->server_reachable(); }) {
    db_.on_commit([worker = worker_.get()] { worker->nudge(); });
    worker_->start();
}

DeviceSync::~DeviceSync() {
    db_.on_commit({});
    worker_->stop();
}

void DeviceSync::attach(KioskApp& app) {
    app.set_sync_worker(worker_.get());
    app.set_sign_in_relay(&relay_);
}

}  // namespace kiosk::app
