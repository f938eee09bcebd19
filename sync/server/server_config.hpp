#pragma once
// The sync server's configuration file (TOML), so that a hub or receiver installed from the
// package runs from /etc/contact-kiosk/hub.toml without a long command line.
// packaging/etc/hub.toml documents every key. Relative paths are taken from the file's folder.
// A value given on the command line (--db, --listen, --cert, --key, --sealing-key) wins over
// the file's.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace kiosk::sync::server {

// [hub]: present when this server is a venue's hub (docs/sync-api.md, "The venue").
struct HubConfig {
    std::string upstream_sync = "on-request";  // or "continuous"
    std::filesystem::path key_dir;              // empty: hub-keys beside the database
    std::optional<std::int64_t> venue;          // only for a hub with no upstream
    int upstream_pull_wait = 25;                // seconds a pull waits at the upstream
    double upstream_retry_max = 60;             // longest pause between tries, seconds
};

struct ServerConfig {
    std::filesystem::path source;  // the file read; empty when none was
    std::string listen = "127.0.0.1:8443";  // [server] listen, HOST:PORT (port 0: any free one)
    std::filesystem::path certificate;      // [server] certificate, PEM chain
    std::filesystem::path private_key;      // [server] private_key, PEM
    // [server] max_connections, max_connections_per_address (http_limits.hpp's when absent);
    // behind a load balancer that does not pass the client's address, every connection comes
    // from the balancer's one address.
    std::optional<std::int64_t> max_connections;
    std::optional<std::int64_t> max_connections_per_address;
    std::filesystem::path database;         // [storage] database: a SQLite file
    std::string storage_url;                // [storage] url: postgresql://... (instead of database)
    std::filesystem::path sealing_key_file; // [storage] sealing_key_file (sealing_key.hpp)
    std::optional<HubConfig> hub;           // [hub]
};

// One plain sentence for the administrator (a bad file, a bad value).
class ServerConfigError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

ServerConfig parse_server_config(std::string_view toml_text, const std::filesystem::path& base_dir);
ServerConfig load_server_config(const std::filesystem::path& file);

// Where the server looks without --config: /etc/contact-kiosk/hub.toml.
std::filesystem::path default_server_config_file();

// --config FILE when given (it must be readable); else the default file when it exists; else
// the built-in defaults, every path then to come from the command line.
ServerConfig resolve_server_config(const std::string& config_option);

// Where the records are: [storage] url when given, else [storage] database (empty: neither).
std::string storage_location(const ServerConfig& config);

// "HOST:PORT" split and checked; throws ServerConfigError naming `setting`.
std::pair<std::string, int> parse_listen_address(const std::string& listen, std::string_view setting);

}  // namespace kiosk::sync::server
