#pragma once
// The hub's part of contact-sync-server's command line (main.cpp): `serve --role hub` and
// `hub-enrol`. docs/sync-api.md, "The venue", describes both.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "sync/server/hub/upstream_link.hpp"
#include "sync/server/server_config.hpp"
#include "sync/server/sqlite_storage.hpp"
#include "sync/server/sync_server.hpp"

namespace kiosk::sync::server::hub {

struct HubServeSettings {
    // Only for a hub with no upstream (a venue that syncs nowhere, the demo); an enrolled hub
    // serves the venue its upstream enrolment names.
    std::optional<std::int64_t> venue;
    std::filesystem::path key_dir;  // empty: hub-keys beside the database
    UpstreamOptions upstream;
};

// The [hub] section's settings (server_config.hpp) as the hub takes them.
HubServeSettings hub_settings_from(const HubConfig& config);
void set_longest_retry(UpstreamOptions& upstream, double seconds);

// hub-keys in the database's folder.
std::filesystem::path default_key_dir(const std::filesystem::path& database);
ForwardMode parse_forward_mode(const std::string& text);  // continuous | on-request

// Serves as the venue's hub until SIGINT or SIGTERM, printing "listening on https://HOST:PORT"
// first and telling systemd READY=1 once it accepts. Throws HubSetupError / ServerStoreError
// with a sentence for the operator. A hub's storage is SQLite, always (hub_store.hpp).
void serve_hub(const ServerOptions& options, SqliteStorage& store, const SealingKeyPair& sealing_keys,
               const std::filesystem::path& database, const HubServeSettings& settings, const std::string& host,
               int port);

// `import` on a hub's database: every change checked first (all or nothing), then applied to the
// venue's state with the merge rules. Returns how many changes the file held.
std::size_t hub_import(const std::filesystem::path& database, const std::string& feed_json);

// Enrols the hub at its upstream and makes the database the venue's hub. The one-time token
// comes from `token_file` (its owner's alone) or, when that is empty, from standard input.
HubIdentity hub_enrol(const std::filesystem::path& database, const std::filesystem::path& key_dir,
                      HubEnrolOptions options, const std::string& token_file);

}  // namespace kiosk::sync::server::hub
