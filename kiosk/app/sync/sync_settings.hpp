#pragma once
// Everything a sync needs from the configuration: where, as whom, and how to trust the server.
#include <optional>
#include <string>

#include "kiosk/app/config.hpp"
#include "kiosk/app/sync/device_keys.hpp"
#include "sync/client/tls_settings.hpp"

namespace kiosk::app {

struct SyncSettings {
    sync::TlsSettings tls;
    std::string device_id;
    std::string token;  // secret: never printed, logged or put in an error message
    std::optional<DeviceKeys> keys;  // present once the device is enrolled (contact-kiosk enrol)
    // The server is the venue's hub ([server] role, or what enrolment learnt): the upstream's
    // receipt comes later, through its feed (docs/sync-api.md, "Receipts").
    bool through_hub = false;
    // The role this device enrolled as ("coordinator", "tablet", "lobby"; empty when it was added
    // without enrolment): only a coordinator's device may ask a hub to forward upstream.
    std::string device_role;
};

// The key directory: the folder of storage.key_file, where enrolment writes its files.
std::filesystem::path key_directory(const Config& config);
// The configuration with the server settings that `contact-kiosk enrol` wrote into the key
// directory (enrolment.json) filled in wherever the configuration file leaves them empty.
Config with_enrolment(const Config& config);

// Throws CommandError (exit code 3) naming the missing or unreadable setting. Reads the
// enrolment and the device keys from the key directory when they are there.
SyncSettings load_sync_settings(const Config& config);

}  // namespace kiosk::app
