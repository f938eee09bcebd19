#include "kiosk/app/sync/sync_settings.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "kiosk/app/command_error.hpp"
#include "kiosk/app/sync/sync_exit_codes.hpp"

namespace kiosk::app {
namespace fs = std::filesystem;

namespace {

std::string read_token(const fs::path& file) {
    std::error_code error;
    const auto status = fs::status(file, error);
    if (error || !fs::is_regular_file(status)) {
        throw CommandError("the device token file " + file.string() + " cannot be read", kSyncExitConfiguration);
    }
    // A token others can read is a token others can use.
    const auto others = fs::perms::group_all | fs::perms::others_all;
    if ((status.permissions() & others) != fs::perms::none) {
        throw CommandError("the device token file " + file.string() + " must be readable by its owner only (chmod 600)",
                           kSyncExitConfiguration);
    }
    std::ifstream in(file);
    std::ostringstream text;
    text << in.rdbuf();
    std::string token = text.str();
    while (!token.empty() && std::isspace(static_cast<unsigned char>(token.back())) != 0) token.pop_back();
    if (!in || token.empty() || token.find_first_of(" \t\r\n") != std::string::npos) {
        throw CommandError("the device token file " + file.string() + " does not hold one token",
                           kSyncExitConfiguration);
    }
    return token;
}

std::string join_pins(const std::vector<std::string>& pins) {
    std::string out;
    for (const auto& pin : pins) {
        if (!out.empty()) out += ';';
        out += pin;
    }
    return out;
}

}  // namespace

fs::path key_directory(const Config& config) {
    return config.key_file.has_parent_path() ? config.key_file.parent_path() : fs::path{"."};
}

namespace {

// enrolment.json, or null when the device was never enrolled.
nlohmann::json enrolment_document(const Config& config) {
    const fs::path file = key_directory(config) / kEnrolmentFile;
    if (!fs::exists(file)) return nullptr;
    auto doc = nlohmann::json::parse(read_private_file(file), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        throw CommandError("the enrolment file " + file.string() + " is damaged; enrol the device again",
                           kSyncExitConfiguration);
    }
    return doc;
}

std::string enrolled_text(const nlohmann::json& doc, const char* name) {
    if (!doc.is_object()) return {};
    const auto it = doc.find(name);
    return it != doc.end() && it->is_string() ? it->get<std::string>() : std::string{};
}

}  // namespace

Config with_enrolment(const Config& config) {
    const nlohmann::json doc = enrolment_document(config);
    if (doc.is_null()) return config;
    Config c = config;
    const auto text = [&doc](const char* name) { return enrolled_text(doc, name); };
    if (c.server_url.empty()) c.server_url = text("server_url");
    if (c.device_id.empty()) c.device_id = text("device_id");
    if (c.token_file.empty()) c.token_file = key_directory(config) / kDeviceTokenFile;
    if (c.ca_file.empty() && !text("ca_file").empty()) c.ca_file = text("ca_file");
    if (c.pinned_keys.empty() && !text("pinned_key").empty()) c.pinned_keys.push_back(text("pinned_key"));
    if (c.server_role.empty()) c.server_role = text("server_role");
    return c;
}

SyncSettings load_sync_settings(const Config& configured) {
    const Config config = with_enrolment(configured);
    if (config.server_url.empty()) {
        throw CommandError("no sync server is configured (server.url)", kSyncExitConfiguration);
    }
    if (config.device_id.empty()) {
        throw CommandError("this device has no server.device_id; enrol it first", kSyncExitConfiguration);
    }
    if (config.token_file.empty()) {
        throw CommandError("this device has no server.token_file; enrol it first", kSyncExitConfiguration);
    }
    SyncSettings s;
    s.tls = sync::TlsSettings{.server_url = config.server_url,
                              .ca_file = config.ca_file.string(),
                              .pinned_public_key = join_pins(config.pinned_keys),
                              .client_certificate = config.client_certificate.string(),
                              .client_key = config.client_key.string(),
                              .proxy = config.proxy};
    while (!s.tls.server_url.empty() && s.tls.server_url.back() == '/') s.tls.server_url.pop_back();
    s.device_id = config.device_id;
    s.through_hub = config.server_role == "hub";
    s.device_role = enrolled_text(enrolment_document(configured), "role");
    s.token = read_token(config.token_file);
    s.keys = load_device_keys(key_directory(config));
    return s;
}

}  // namespace kiosk::app
