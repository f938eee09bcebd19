// contact-sync-server: the venue hub's and the receiver's command line. Every subcommand takes
// --config FILE (default /etc/contact-kiosk/hub.toml when it exists, server_config.hpp); a
// --db, --listen, --cert, --key or --sealing-key given here wins over the file's. --db is a
// SQLite file or a postgresql:// URL (open_storage.hpp); import, count, add-device,
// issue-enrolment-token and revoke-device work on both, a hub on SQLite only.
//   serve      --db FILE|URL --listen 127.0.0.1:8443 --cert server.crt --key server.key
//              [--sealing-key FILE] [limits]
//   import     --db FILE FEED.json       load referrals, agreements, bookings ... for pull
//   count      --db FILE                 distinct records of each kind received
//   add-device --db FILE --device ID --venue N --role R --token-file PATH   a bearer token
//              without keys: its records are taken unsigned (for tests and the demo)
//   issue-enrolment-token --db FILE --device ID --venue N --role R --token-file PATH [--valid-hours H]
//              a one-time token with which `contact-kiosk enrol` registers the device's key
//   revoke-device --db FILE --device ID   the device's tokens stop working; it may enrol again
//   serve --role hub [--venue N] [--key-dir D] [--upstream-sync continuous|on-request]
//              the venue hub: the venue's devices sync with it, and it with the upstream
//   hub-enrol  --db FILE --upstream URL [--token-file F] [--ca-file F] [--pin-sha256 P] [--key-dir D]
//              enrols the hub at the upstream server as a device with the role hub
// docs/sync-api.md describes each.
#include <CLI/CLI.hpp>

#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "kiosk/log/log.hpp"
#include "sync/protocol/device_role.hpp"
#include "sync/protocol/protocol_error.hpp"
#include "sync/server/hub/hub_commands.hpp"
#include "sync/server/hub/hub_store.hpp"
#include "sync/server/server_config.hpp"
#include "sync/server/server_info.hpp"
#include "sync/server/open_storage.hpp"
#include "sync/server/sealing_key.hpp"
#include "sync/server/sqlite_storage.hpp"
#include "sync/server/service_notify.hpp"
#include "sync/server/sync_server.hpp"

namespace {
using namespace kiosk::sync::server;
namespace fs = std::filesystem;

std::string read_text(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + file.string());
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void write_secret(const fs::path& file, const std::string& secret) {
    if (file.has_parent_path()) fs::create_directories(file.parent_path());
    {
        std::ofstream out(file, std::ios::trunc);
        if (!out) throw std::runtime_error("cannot write " + file.string());
    }
    fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
    std::ofstream out(file, std::ios::trunc);
    out << secret << '\n';
    if (!out) throw std::runtime_error("cannot write " + file.string());
}

// The configuration file's values, each overridden by its command-line option when given.
ServerConfig settings_from(const std::string& config_file, const std::string& db, const std::string& listen,
                           const std::string& cert, const std::string& key) {
    ServerConfig c = resolve_server_config(config_file);
    if (!db.empty()) {
        c.storage_url.clear();
        c.database.clear();
        if (is_postgresql_url(db)) {
            c.storage_url = db;
        } else {
            c.database = db;
        }
    }
    if (!listen.empty()) c.listen = listen;
    if (!cert.empty()) c.certificate = cert;
    if (!key.empty()) c.private_key = key;
    if (storage_location(c).empty()) {
        throw std::runtime_error("no database: give --db (a file or a postgresql:// URL), or [storage] database or url "
                                 "in --config");
    }
    return c;
}

// A SQLite file that must exist already (count, revoke-device), or a PostgreSQL URL.
std::string existing_database(const std::string& value) {
    if (is_postgresql_url(value) || fs::exists(value)) return {};
    return "the database " + value + " does not exist";
}

// The sealing key's settings: --sealing-key, else [storage] sealing_key_file, else for a SQLite
// database a file beside it; and the service manager's credentials.
SealingKeySettings sealing_settings(const ServerConfig& c, const std::string& option) {
    SealingKeySettings s;
    s.key_file = !option.empty() ? fs::path{option} : c.sealing_key_file;
    if (s.key_file.empty() && c.storage_url.empty()) s.key_file = default_sealing_key_file(c.database);
    if (const char* credentials = std::getenv("CREDENTIALS_DIRECTORY"); credentials != nullptr) {
        s.credentials_dir = credentials;
    }
    return s;
}

kiosk::sync::DeviceRole role_of(const std::string& text) {
    const auto role = kiosk::sync::parse_device_role(text);
    if (!role) throw CLI::ValidationError("--role", "must be lobby, tablet, coordinator or hub");
    return *role;
}

// A hub serves one venue: a device of another venue could never sync with it.
void check_hub_device(const ServerConfig& settings, std::int64_t venue, kiosk::sync::DeviceRole role) {
    if (!settings.storage_url.empty()) return;  // a hub is always SQLite
    const auto hub_venue = hub::HubStore::venue_of(settings.database);
    if (hub_venue && role == kiosk::sync::DeviceRole::Hub) {
        throw std::runtime_error("this database is a venue hub: its devices are lobbies, tablets and coordinators");
    }
    if (hub_venue && *hub_venue != venue) {
        throw std::runtime_error("this database is the hub of venue " + std::to_string(*hub_venue) +
                                 "; it takes devices of that venue only");
    }
}

// A private key others can read is one others can serve as this server with.
void warn_if_readable_by_others(const fs::path& key) {
    std::error_code ec;
    const auto perms = fs::status(key, ec).permissions();
    if (!ec && (perms & (fs::perms::group_all | fs::perms::others_all)) != fs::perms::none) {
        kiosk::log::warning(std::string{kServerName} + ": the TLS private key can be read by other users (chmod 600)");
    }
}

}  // namespace

int main(int argc, char** argv) {
    // Everything this program creates (the database, its WAL, token files) is its owner's alone.
    ::umask(077);
    CLI::App cli{"The Contact Kiosk reference sync server (HTTPS, docs/sync-api.md)", std::string{kServerName}};
    cli.require_subcommand(1);
    std::string db;
    std::string config_file;
    std::string listen;
    std::string cert;
    std::string key;
    std::string feed;
    std::string device;
    std::string token_file;
    std::string role;
    std::int64_t venue = 0;
    double valid_hours = 24;
    ServerOptions options;
    std::string server_role = "receiver";
    std::int64_t hub_venue = 0;
    int upstream_pull_wait = 25;
    std::string key_dir;
    std::string upstream_sync = "on-request";
    hub::HubEnrolOptions hub_enrol_options;
    double request_timeout_seconds = std::chrono::duration<double>(options.limits.request_deadline).count();

    auto* serve = cli.add_subcommand("serve", "Serve the sync API over HTTPS");
    serve->add_option("--db", db, "Server database: a SQLite file or a postgresql:// URL");
    std::string sealing_key;
    serve->add_option("--sealing-key", sealing_key,
                      "The sealing secret key's file (0600; made on first start; default: [storage] "
                      "sealing_key_file, else <database>-sealing.key beside a SQLite database)");
    serve->add_option("--listen", listen, "Address and port (HOST:PORT; port 0 picks a free one; default 127.0.0.1:8443)");
    serve->add_option("--cert", cert, "Server certificate chain (PEM)")->check(CLI::ExistingFile);
    serve->add_option("--key", key, "Server private key (PEM)")->check(CLI::ExistingFile);
    serve->add_option("--request-timeout", request_timeout_seconds,
                      "Seconds a client has to send a whole request, headers and body")
        ->capture_default_str()
        ->check(CLI::Range(0.1, 3600.0));
    serve->add_option("--max-connections", options.limits.max_connections, "Connections held at once")
        ->capture_default_str()
        ->check(CLI::Range(1, 100000));
    serve->add_option("--max-connections-per-address", options.limits.max_connections_per_address,
                      "Connections held at once from one peer address")
        ->capture_default_str()
        ->check(CLI::Range(1, 100000));
    serve->add_option("--role", server_role,
                      "receiver (the social work team's server) or hub (a venue's); default: hub when the "
                      "configuration has a [hub] section")
        ->capture_default_str()
        ->check(CLI::IsMember({"receiver", "hub"}));
    serve->add_option("--venue", hub_venue, "hub: the venue it serves, when it has no upstream")
        ->check(CLI::Range(std::int64_t{1}, std::numeric_limits<std::int64_t>::max()));
    serve->add_option("--key-dir", key_dir, "hub: its key folder (default: [hub] key_dir, else hub-keys beside the database)");
    serve->add_option("--upstream-sync", upstream_sync,
                      "hub: forward to the upstream continuous(ly) or on-request (the coordinator's Sync)")
        ->capture_default_str()
        ->check(CLI::IsMember({"continuous", "on-request"}));
    serve->add_option("--upstream-pull-wait", upstream_pull_wait,
                      "hub: seconds a pull of the upstream's feed waits there for a change")
        ->capture_default_str()
        ->check(CLI::Range(0, 25));

    double upstream_retry_max = 60;
    serve->add_option("--upstream-retry-max", upstream_retry_max,
                      "hub: the longest pause, in seconds, between tries while the upstream cannot be reached")
        ->capture_default_str()
        ->check(CLI::Range(0.1, 3600.0));

    auto* hub_enrol = cli.add_subcommand("hub-enrol", "Enrol this hub at its upstream server (role hub)");
    hub_enrol->add_option("--db", db, "The hub's database file");
    hub_enrol->add_option("--upstream", hub_enrol_options.upstream_url, "The upstream server, https://HOST:PORT")
        ->required();
    hub_enrol->add_option("--token-file", token_file,
                          "The one-time enrolment token, in a file only its owner can read (else standard input)");
    hub_enrol->add_option("--ca-file", hub_enrol_options.ca_file, "Trust only this CA for the upstream")
        ->check(CLI::ExistingFile);
    hub_enrol->add_option("--pin-sha256", hub_enrol_options.pin_sha256, "Pin the upstream's key: sha256//<base64>");
    hub_enrol->add_option("--key-dir", key_dir, "The hub's key folder (default: hub-keys beside the database)");

    auto* import = cli.add_subcommand("import", "Load a pull feed (referrals, agreements, bookings ...)");
    import->add_option("--db", db, "Server database: a SQLite file or a postgresql:// URL");
    import->add_option("feed", feed, "Feed JSON file")->required()->check(CLI::ExistingFile);

    auto* count = cli.add_subcommand("count", "Print how many distinct records of each kind were received");
    count->add_option("--db", db, "Server database: a SQLite file or a postgresql:// URL")->check(existing_database);

    auto* verify = cli.add_subcommand("verify-records",
                                      "Check stored records against the manifests their devices signed (push format 2)");
    verify->add_option("--db", db, "Server database: a SQLite file or a postgresql:// URL")->check(existing_database);
    std::vector<std::string> verify_uuids;
    verify->add_option("--uuid", verify_uuids, "A record to check (default: every record stored with a manifest)");

    const auto device_options = [&](CLI::App* command) {
        command->add_option("--db", db, "Server database: a SQLite file or a postgresql:// URL");
        command->add_option("--device", device, "Device id")->required();
        command->add_option("--venue", venue, "The venue whose changes the device receives")
            ->required()
            ->check(CLI::Range(std::int64_t{1}, std::numeric_limits<std::int64_t>::max()));
        command->add_option("--role", role, "lobby, tablet, coordinator (or hub, at an upstream): which changes and fields it receives")
            ->required();
        command->add_option("--token-file", token_file, "Where to write the token (mode 0600)")->required();
    };
    auto* add_device = cli.add_subcommand("add-device", "Issue a bearer token for a device without keys (tests, demo)");
    device_options(add_device);
    auto* issue = cli.add_subcommand("issue-enrolment-token", "Issue a one-time enrolment token for a device");
    device_options(issue);
    issue->add_option("--valid-hours", valid_hours, "Hours until the token expires")
        ->capture_default_str()
        ->check(CLI::Range(0.0, 24.0 * 365));

    auto* revoke = cli.add_subcommand("revoke-device", "Stop trusting a device id; it may then enrol again");
    revoke->add_option("--db", db, "Server database: a SQLite file or a postgresql:// URL")->check(existing_database);
    revoke->add_option("--device", device, "Device id")->required();

    for (auto* sub : cli.get_subcommands({})) {
        sub->add_option("--config", config_file, "Configuration (TOML; default /etc/contact-kiosk/hub.toml if present)")
            ->check(CLI::ExistingFile);
    }

    try {
        cli.parse(argc, argv);
        const ServerConfig settings = settings_from(config_file, db, listen, cert, key);
        const std::string location = storage_location(settings);
        const bool on_postgresql = !settings.storage_url.empty();
        const bool as_hub = serve->parsed() &&
                            (serve->count("--role") > 0 ? server_role == "hub" : settings.hub.has_value());
        if (on_postgresql && (as_hub || hub_enrol->parsed())) {
            throw std::runtime_error("a venue hub keeps its venue's state in SQLite: give it a database file, not a "
                                     "PostgreSQL URL (PostgreSQL is for the receiver)");
        }
        // One PostgreSQL connection per worker thread when serving; one for a command.
        const auto storage = open_storage(location, serve->parsed() ? static_cast<std::size_t>(options.worker_threads) : 1);
        ReceiverStorage& store = *storage;
        if (serve->parsed()) {
            if (settings.certificate.empty() || settings.private_key.empty()) {
                throw std::runtime_error("no certificate: give --cert and --key or [server] certificate and private_key");
            }
            // The file's connection caps, unless the command line gave its own.
            if (settings.max_connections && serve->count("--max-connections") == 0) {
                options.limits.max_connections = static_cast<std::size_t>(*settings.max_connections);
            }
            if (settings.max_connections_per_address && serve->count("--max-connections-per-address") == 0) {
                options.limits.max_connections_per_address = static_cast<std::size_t>(*settings.max_connections_per_address);
            }
            options.certificate = settings.certificate;
            options.private_key = settings.private_key;
            options.limits.request_deadline =
                std::chrono::milliseconds{static_cast<std::int64_t>(request_timeout_seconds * 1000)};
            warn_if_readable_by_others(settings.private_key);
            const auto [host, port] = parse_listen_address(settings.listen, "--listen");
            const LoadedSealingKey sealing = load_sealing_key(store, sealing_settings(settings, sealing_key));
            kiosk::log::notice(std::string{kServerName} + ": records in " + describe_storage(location) +
                               "; sealing key from " + sealing.source);
            if (as_hub) {
                hub::HubServeSettings hub_settings = hub::hub_settings_from(settings.hub.value_or(HubConfig{}));
                if (serve->count("--venue") > 0) hub_settings.venue = hub_venue;
                if (serve->count("--key-dir") > 0) hub_settings.key_dir = key_dir;
                if (serve->count("--upstream-sync") > 0) hub_settings.upstream.mode = hub::parse_forward_mode(upstream_sync);
                if (serve->count("--upstream-pull-wait") > 0) hub_settings.upstream.pull_wait_seconds = upstream_pull_wait;
                if (serve->count("--upstream-retry-max") > 0) hub::set_longest_retry(hub_settings.upstream, upstream_retry_max);
                if (hub_settings.key_dir.empty()) hub_settings.key_dir = hub::default_key_dir(settings.database);
                hub::serve_hub(options, dynamic_cast<SqliteStorage&>(store), sealing.keys, settings.database,
                               hub_settings, host, port);
                return 0;
            }
            SyncServer server(options, store, sealing.keys);
            const int bound = server.bind(host, port);
            std::cout << "listening on https://" << host << ':' << bound << std::endl;
            // systemd (Type=notify) hears READY=1 once the server accepts and a SIGTERM stops it cleanly.
            server.serve_until_signalled(notify_ready);
            notify_stopping();
        } else if (hub_enrol->parsed()) {
            fs::path folder = key_dir;
            if (folder.empty() && settings.hub) folder = settings.hub->key_dir;
            if (folder.empty()) folder = hub::default_key_dir(settings.database);
            const auto identity = hub::hub_enrol(settings.database, folder, hub_enrol_options, token_file);
            std::cout << "enrolled as " << identity.device_id << ", the hub of venue " << identity.venue_id << " at "
                      << identity.upstream_url << "; keys in " << folder.string() << '\n';
        } else if (import->parsed()) {
            // A hub's database takes the changes into the venue's state (a hub with no upstream).
            if (!on_postgresql && hub::HubStore::venue_of(settings.database)) {
                std::cout << "imported " << hub::hub_import(settings.database, read_text(feed))
                          << " changes into the venue's state\n";
            } else {
                std::cout << "imported " << store.import_feed(read_text(feed)) << " changes\n";
            }
        } else if (count->parsed()) {
            std::int64_t total = 0;
            for (const auto& [kind, n] : store.count_by_kind()) {
                std::cout << kind << ' ' << n << '\n';
                total += n;
            }
            std::cout << "total " << total << '\n';
        } else if (verify->parsed()) {
            // Each record alone: its hash at its place in the stored manifest, and the manifest's
            // signature by the key of the enrolment that sent it (docs/SECURITY.md, section 5a).
            const bool every = verify_uuids.empty();
            if (every) verify_uuids = store.records_with_proof();
            std::int64_t verified = 0;
            std::int64_t failed = 0;
            for (const auto& uuid : verify_uuids) {
                const auto proof = store.record_proof(uuid);
                const std::string problem = proof ? verify_record_proof(*proof) : "no manifest is stored for it";
                if (problem.empty()) {
                    ++verified;
                } else {
                    ++failed;
                    std::cout << uuid << ": " << problem << '\n';
                }
            }
            std::int64_t total = 0;
            for (const auto& [kind, n] : store.count_by_kind()) total += n;
            std::cout << "verified " << verified << ", failed " << failed << ", stored without a manifest "
                      << (every ? total - verified - failed : 0) << '\n';
            if (failed > 0) return 1;
        } else if (add_device->parsed()) {
            check_hub_device(settings, venue, role_of(role));
            write_secret(token_file, store.add_device(device, venue, role_of(role)));
            std::cout << "token for " << device << " written to " << token_file << '\n';
        } else if (issue->parsed()) {
            check_hub_device(settings, venue, role_of(role));
            const EnrolmentGrant grant{.device_id = device, .venue_id = venue, .role = role_of(role),
                                       .valid_for = std::chrono::seconds{static_cast<std::int64_t>(valid_hours * 3600)}};
            write_secret(token_file, store.issue_enrolment_token(grant));
            std::cout << "one-time enrolment token for " << device << " written to " << token_file << '\n';
        } else if (revoke->parsed()) {
            if (!store.revoke_device(device)) {
                std::cerr << kServerName << ": no enrolled device has the id " << device << '\n';
                return 1;
            }
            std::cout << "revoked " << device << ": its tokens no longer work, and it may enrol again\n";
        }
    } catch (const CLI::ParseError& error) {
        return cli.exit(error);
    } catch (const std::exception& error) {
        // Sentences of our own (ServerStoreError, ProtocolError, a file that cannot be read),
        // which name files and fields, never a record's content.
        kiosk::log::error(std::string{kServerName} + ": " + error.what());
        return 1;
    }
    return 0;
}
