#include "kiosk/app/sync/sync_token.hpp"

#include "kiosk/app/command_error.hpp"
#include "kiosk/app/sync/device_keys.hpp"
#include "kiosk/app/sync/sync_exit_codes.hpp"
#include "kiosk/app/sync/sync_settings.hpp"
#include "sync/client/transport_error.hpp"

namespace kiosk::app {
namespace fs = std::filesystem;

void rotate_device_token(const Config& config, SyncTuning tuning) {
    const Config resolved = with_enrolment(config);
    SyncSettings settings = load_sync_settings(config);
    try {
        std::string fresh;
        {
            SyncConnection connection(settings, nullptr, tuning);
            fresh = connection.client().rotate_token();
        }
        write_private_file(resolved.token_file, fresh + "\n");
        // The first use of the new token is what retires the old one on the server.
        settings.token = fresh;
        SyncConnection confirm(settings, nullptr, tuning);
        (void)confirm.client().audit_seen();
    } catch (const sync::TransportError& error) {
        throw CommandError(std::string{"the token was not rotated: "} + error.what(), kSyncExitConfiguration);
    }
}

bool token_file_older_than(const fs::path& token_file, std::chrono::hours max_age) {
    std::error_code ec;
    const auto written = fs::last_write_time(token_file, ec);
    if (ec) return false;
    return fs::file_time_type::clock::now() - written > max_age;
}

}  // namespace kiosk::app
