// contact-sync-server: the reference receiver's command line. Every subcommand takes
// --config FILE (default /etc/contact-kiosk/hub.toml when it exists, server_config.hpp); a
// --db, --listen, --cert or --key given here wins over the file's.
//   serve      --db FILE --listen 127.0.0.1:8443 --cert server.crt --key server.key
//   import     --db FILE FEED.json       load referrals, agreements, bookings ... for pull
//   count      --db FILE                 distinct records of each kind received
//   add-device --db FILE --device ID --token-file PATH   issue a device's bearer token (no keys:
//              its records are taken unsigned; for tests and the demo)
//   issue-enrolment-token --db FILE --device ID --token-file PATH   a one-time token with which
//              `contact-kiosk enrol` registers the device's signing key (docs/sync-api.md)
#include <CLI/CLI.hpp>

#include <atomic>
#include <chrono>
#include <thread>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "sync/protocol/protocol_error.hpp"
#include "sync/server/server_config.hpp"
#include "sync/server/server_info.hpp"
#include "sync/server/server_store.hpp"
#include "sync/server/service_notify.hpp"
#include "sync/server/sync_server.hpp"

namespace {
using namespace kiosk::sync::server;
namespace fs = std::filesystem;

SyncServer* g_running = nullptr;
std::atomic<bool> g_stop_requested{false};

extern "C" void on_stop_signal(int) {
    g_stop_requested = true;
    // httplib's stop() only flips flags and shuts the listening socket down.
    if (g_running != nullptr) g_running->stop();
}

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
    if (!db.empty()) c.database = db;
    if (!listen.empty()) c.listen = listen;
    if (!cert.empty()) c.certificate = cert;
    if (!key.empty()) c.private_key = key;
    if (c.database.empty()) throw std::runtime_error("no database: give --db or [storage] database in --config");
    return c;
}

}  // namespace

int main(int argc, char** argv) {
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

    auto* serve = cli.add_subcommand("serve", "Serve the sync API over HTTPS");
    serve->add_option("--db", db, "Server database file");
    serve->add_option("--listen", listen, "Address and port (HOST:PORT; port 0 picks a free one; default 127.0.0.1:8443)");
    serve->add_option("--cert", cert, "Server certificate chain (PEM)")->check(CLI::ExistingFile);
    serve->add_option("--key", key, "Server private key (PEM)")->check(CLI::ExistingFile);

    auto* import = cli.add_subcommand("import", "Load a pull feed (referrals, agreements, bookings ...)");
    import->add_option("--db", db, "Server database file");
    import->add_option("feed", feed, "Feed JSON file")->required()->check(CLI::ExistingFile);

    auto* count = cli.add_subcommand("count", "Print how many distinct records of each kind were received");
    count->add_option("--db", db, "Server database file")->check(CLI::ExistingFile);

    auto* add_device = cli.add_subcommand("add-device", "Issue a bearer token for a device");
    add_device->add_option("--db", db, "Server database file");
    add_device->add_option("--device", device, "Device id")->required();
    add_device->add_option("--token-file", token_file, "Where to write the token (mode 0600)")->required();

    auto* issue = cli.add_subcommand("issue-enrolment-token", "Issue a one-time enrolment token for a device");
    issue->add_option("--db", db, "Server database file");
    issue->add_option("--device", device, "Device id")->required();
    issue->add_option("--token-file", token_file, "Where to write the token (mode 0600)")->required();

    for (auto* sub : cli.get_subcommands({})) {
        sub->add_option("--config", config_file, "Configuration (TOML; default /etc/contact-kiosk/hub.toml if present)")
            ->check(CLI::ExistingFile);
    }

    try {
        cli.parse(argc, argv);
        const ServerConfig settings = settings_from(config_file, db, listen, cert, key);
        ServerStore store(settings.database);
        if (serve->parsed()) {
            if (settings.certificate.empty() || settings.private_key.empty()) {
                throw std::runtime_error("no certificate: give --cert and --key or [server] certificate and private_key");
            }
            const auto [host, port] = parse_listen_address(settings.listen, "--listen");
            SyncServer server(ServerOptions{.certificate = settings.certificate, .private_key = settings.private_key},
                              store);
            const int bound = server.bind(host, port);
            std::cout << "listening on https://" << host << ':' << bound << std::endl;
            g_running = &server;
            std::signal(SIGINT, on_stop_signal);
            std::signal(SIGTERM, on_stop_signal);
            // cpp-httplib's stop() is lost when it lands before its accept loop has started, and
            // systemd may stop a unit right after READY=1: repeat it until the loop has ended.
            std::atomic<bool> served{false};
            std::thread stopper([&server, &served] {
                while (!served) {
                    if (g_stop_requested) server.stop();
                    std::this_thread::sleep_for(std::chrono::milliseconds{50});
                }
            });
            notify_ready();
            server.serve_forever();
            served = true;
            stopper.join();
            notify_stopping();
            g_running = nullptr;
        } else if (import->parsed()) {
            std::cout << "imported " << store.import_feed(read_text(feed)) << " changes\n";
        } else if (count->parsed()) {
            std::int64_t total = 0;
            for (const auto& [kind, n] : store.count_by_kind()) {
                std::cout << kind << ' ' << n << '\n';
                total += n;
            }
            std::cout << "total " << total << '\n';
        } else if (add_device->parsed()) {
            write_secret(token_file, store.add_device(device));
            std::cout << "token for " << device << " written to " << token_file << '\n';
        } else if (issue->parsed()) {
            write_secret(token_file, store.issue_enrolment_token(device));
            std::cout << "one-time enrolment token for " << device << " written to " << token_file << '\n';
        }
    } catch (const CLI::ParseError& error) {
        return cli.exit(error);
    } catch (const std::exception& error) {
        std::cerr << kServerName << ": " << error.what() << '\n';
        return 1;
    }
    return 0;
}
