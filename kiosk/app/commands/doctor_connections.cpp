// The doctor's checks that reach outside the device: the sync server over real TLS (the
// same HTTPS client the sync uses, with this device's CA file, pins and token), and a display
// (opened by the shell's probe: only the shell touches GLFW).
#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>

#include "kiosk/app/command_error.hpp"
#include "kiosk/app/commands/doctor.hpp"
#include "kiosk/app/shell/display_probe.hpp"
#include "kiosk/app/sync/sync_settings.hpp"
#include "sync/client/https_transport.hpp"
#include "sync/client/transport_error.hpp"
#include "sync/protocol/api_version.hpp"

namespace kiosk::app {
namespace fs = std::filesystem;

namespace {

std::string trust_words(const sync::TlsSettings& tls) {
    std::string words;
    if (!tls.pinned_public_key.empty()) {
        words = "its public key matches the pin";
    } else {
        words = "no public-key pin (server.pinned_keys)";
    }
    words += tls.ca_file.empty() ? ", certificate checked against the system's authorities"
                                 : ", certificate checked against " + tls.ca_file;
    return words;
}

std::string display_name() {
    const char* x11 = std::getenv("DISPLAY");
    return x11 != nullptr ? x11 : "";
}

}  // namespace

DoctorCheck check_server(const Config& config, std::chrono::seconds timeout) {
    const std::string name = "sync server";
    SyncSettings settings;
    try {
        if (with_enrolment(config).server_url.empty()) {
            return problem(name, "this device is not enrolled with a sync server (no server.url, no enrolment)",
                           "enrol it with a one-time token from the hub: contact-kiosk enrol --server "
                           "https://HUB:8443 --token-file FILE --pin-sha256 PIN (docs/install.md)");
        }
        settings = load_sync_settings(config);
    } catch (const CommandError& error) {
        return problem(name, error.what(), "enrol the device again, or correct the file named (docs/install.md)");
    }
    sync::Timeouts timeouts;
    timeouts.connect = timeout;
    timeouts.low_speed_time = timeout;
    timeouts.total = timeout * 2;
    const std::string where = settings.tls.server_url;
    try {
        sync::HttpsTransport transport(settings.tls, timeouts, settings.token);
        const auto ping = transport.get(std::string{sync::kApiPrefix} + "/ping");
        if (ping.status != 200) {
            return problem(name, where + " answered HTTP " + std::to_string(ping.status) + " instead of the sync API",
                           "check server.url: it must be the hub's or server's own address, https://HOST:PORT");
        }
        // Read-only and needs the device's token: proves the server still knows this device.
        const auto head = transport.get(std::string{sync::kApiPrefix} + "/audit-head");
        if (head.status == 401 || head.status == 403) {
            return problem(name, where + " does not accept this device's token (HTTP " + std::to_string(head.status) +
                                     "): the device was revoked or enrolled elsewhere",
                           "ask the coordinator for a new one-time token and enrol again (docs/install.md)");
        }
        if (head.status != 200) {
            return problem(name, where + " answered HTTP " + std::to_string(head.status) + " for this device",
                           "look at the server's log: journalctl -u contact-venue-hub");
        }
        return ok_check(name, where + " answers over TLS, " + trust_words(settings.tls) +
                                  ", and accepts this device's token");
    } catch (const sync::TransportError& error) {
        if (error.kind() == sync::FailureKind::Configuration) {
            return problem(name, where + " was refused: " + error.what(),
                           "the server's certificate or key is not the one this device trusts: compare "
                           "server.ca_file and server.pinned_keys (or the enrolment) with the hub's certificate");
        }
        return problem(name, where + " did not answer: " + error.what(),
                       "check that the hub is running (systemctl status contact-venue-hub), that the address and "
                       "port are right and that the network lets this device reach it");
    }
}

DoctorCheck check_display() {
    const std::string name = "display";
    const std::string x11 = display_name();
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    if (x11.empty()) {
        // Run from a console or over ssh: the kiosk session brings its own display (cage), so
        // what matters is that a graphics card is there for it.
        std::error_code error;
        for (const auto& entry : fs::directory_iterator("/dev/dri", error)) {
            if (entry.path().filename().string().rfind("card", 0) == 0) {
                return ok_check(name, "no display in this shell, but " + entry.path().string() +
                                          " is there for the kiosk session (cage)");
            }
        }
        if (wayland != nullptr) {
            return problem(name, "this is a Wayland session without Xwayland (no DISPLAY)",
                           "the kiosk draws through X11 (GLFW on Debian 12): run it under cage, which starts "
                           "Xwayland, or enable Xwayland in this compositor");
        }
        return problem(name, "there is no display: DISPLAY is not set and there is no graphics card in /dev/dri",
                       "run the kiosk on a machine with a screen (the contact-kiosk-session service starts cage "
                       "on tty1); under ssh, run the doctor again from the kiosk's own console");
    }
    const DisplayProbe probe = probe_display();
    if (!probe.opened) {
        return problem(name, "the display " + x11 + " cannot be opened (" + probe.problem + ")",
                       "check that the display server is running and that this user may use it");
    }
    if (probe.screen_size.empty()) {
        return problem(name, "the display " + x11 + " opens but has no screen", "connect a screen and restart the session");
    }
    return ok_check(name, "display " + x11 + " opens, screen " + probe.screen_size);
}

}  // namespace kiosk::app
