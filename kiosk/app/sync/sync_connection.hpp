#pragma once
// A transport and a client made from the sync settings, with the production timeouts and
// backoff unless a caller (a test) passes its own.
#include <atomic>

#include "kiosk/app/sync/sync_settings.hpp"
#include "sync/client/backoff.hpp"
#include "sync/client/https_transport.hpp"
#include "sync/client/sync_client.hpp"

namespace kiosk::app {

struct SyncTuning {
    sync::Timeouts timeouts;
    sync::BackoffPolicy backoff;
};

class SyncConnection {
public:
    SyncConnection(const SyncSettings& settings, const std::atomic<bool>* cancel, SyncTuning tuning = {},
                   sync::RetryObserver observer = {})
        : transport_(settings.tls, tuning.timeouts, settings.token, cancel),
          client_(transport_, tuning.backoff, sync::random_unit_source(), sync::cancellable_sleep(cancel),
                  std::move(observer)) {}

    sync::SyncClient& client() { return client_; }
    sync::HttpsTransport& transport() { return transport_; }

private:
    sync::HttpsTransport transport_;
    sync::SyncClient client_;
};

}  // namespace kiosk::app
