#pragma once
// Everything a sync needs from the configuration: where, as whom, and how to trust the server.
#include <string>

#include "kiosk/app/config.hpp"
#include "sync/client/tls_settings.hpp"

namespace kiosk::app {

struct SyncSettings {
    sync::TlsSettings tls;
    std::string device_id;
    std::string token;  // secret: never printed, logged or put in an error message
};

// Throws CommandError (exit code 3) naming the missing or unreadable setting.
SyncSettings load_sync_settings(const Config& config);

}  // namespace kiosk::app
