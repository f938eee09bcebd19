#include "kiosk/app/config.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>
#include <system_error>

namespace kiosk::app {
namespace fs = std::filesystem;

namespace {

constexpr std::array<const char*, 3> kFaces{"family", "staff", "coordinator"};

fs::path resolve(const fs::path& base, const std::string& value) {
    const fs::path p{value};
    return p.is_absolute() ? p : base / p;
}

template <class T>
T read_or(const toml::table& table, std::string_view dotted, T fallback) {
    const auto node = table.at_path(dotted);
    if (!node) return fallback;
    if (auto value = node.value<T>()) return *value;
    throw ConfigError("the setting " + std::string(dotted) + " has the wrong type");
}

// A whole-number setting must be a TOML integer inside [lowest, highest]. toml++ would turn a
// float such as 1e300 into an integer with a cast whose overflow is undefined, and narrowing an
// unchecked 64-bit value to int would wrap a huge width round to a plausible one.
int read_whole_number(const toml::table& table, std::string_view dotted, int fallback, int lowest, int highest,
                      const char* refusal) {
    const auto node = table.at_path(dotted);
    if (!node) return fallback;
    const auto* whole = node.as_integer();
    if (whole == nullptr) throw ConfigError("the setting " + std::string(dotted) + " has the wrong type");
    const std::int64_t value = whole->get();
    if (value < lowest || value > highest) throw ConfigError(refusal);
    return static_cast<int>(value);
}

fs::path optional_path(const toml::table& table, std::string_view dotted, const fs::path& base) {
    const auto value = read_or<std::string>(table, dotted, "");
    return value.empty() ? fs::path{} : resolve(base, value);
}

void read_server_identity(const toml::table& table, const fs::path& base_dir, Config& c) {
    c.device_id = read_or<std::string>(table, "server.device_id", "");
    c.token_file = optional_path(table, "server.token_file", base_dir);
    c.ca_file = optional_path(table, "server.ca_file", base_dir);
    c.client_certificate = optional_path(table, "server.client_cert", base_dir);
    c.client_key = optional_path(table, "server.client_key", base_dir);
    // The only proxy a sync goes through: HTTPS_PROXY and its kin in the environment are not
    // taken (a process's environment is easier to set than its configuration file).
    c.proxy = read_or<std::string>(table, "server.proxy", "");
    c.server_role = read_or<std::string>(table, "server.role", "");
    if (!c.server_role.empty() && c.server_role != "hub" && c.server_role != "receiver") {
        throw ConfigError("server.role must be \"hub\" or \"receiver\"");
    }
    if (c.client_certificate.empty() != c.client_key.empty()) {
        throw ConfigError("server.client_cert and server.client_key go together");
    }
    if (const auto pins = table.at_path("server.pinned_keys")) {
        const auto* list = pins.as_array();
        if (list == nullptr) throw ConfigError("the setting server.pinned_keys must be a list of \"sha256//...\"");
        for (const auto& pin : *list) {
            const auto text = pin.value<std::string>();
            if (!text || text->rfind("sha256//", 0) != 0 || text->size() < 20 ||
                text->find(';') != std::string::npos) {
                throw ConfigError("each of server.pinned_keys must look like \"sha256//<base64>\"");
            }
            c.pinned_keys.push_back(*text);
        }
    }
}

}  // namespace

bool is_known_face(const std::string& face) {
    for (const char* known : kFaces) {
        if (face == known) return true;
    }
    return false;
}

Config parse_config(std::string_view toml_text, const fs::path& base_dir) {
    toml::table table;
    try {
        table = toml::parse(toml_text);
    } catch (const toml::parse_error& error) {
        const auto& where = error.source().begin;
        throw ConfigError("the configuration is not valid TOML (line " + std::to_string(where.line) +
                          ", column " + std::to_string(where.column) + "): " +
                          std::string(error.description()));
    }
    Config c;
    c.venue_name = read_or<std::string>(table, "venue.name", c.venue_name);
    c.time_zone = read_or<std::string>(table, "venue.time_zone", c.time_zone);
    c.holiday_region = read_or<std::string>(table, "venue.holidays", c.holiday_region);
    if (c.holiday_region != "none" && !is_holiday_region_name(c.holiday_region)) {
        throw ConfigError("venue.holidays must name a file in assets/holidays (like england-and-wales) or be none");
    }
    const auto database = read_or<std::string>(table, "storage.database", "");
    const auto key = read_or<std::string>(table, "storage.key_file", "");
    if (database.empty()) throw ConfigError("the configuration has no storage.database path");
    if (key.empty()) throw ConfigError("the configuration has no storage.key_file path");
    c.database_file = resolve(base_dir, database);
    c.key_file = resolve(base_dir, key);
    if (c.database_file.parent_path() == c.key_file.parent_path()) {
        throw ConfigError("storage.key_file must be in a different folder from storage.database");
    }
    const auto assets = read_or<std::string>(table, "storage.assets", "");
    c.assets_dir = assets.empty() ? default_assets_dir() : resolve(base_dir, assets);
    c.face = read_or<std::string>(table, "kiosk.face", c.face);
    if (!is_known_face(c.face)) {
        throw ConfigError("kiosk.face must be family, staff or coordinator");
    }
    c.language = read_or<std::string>(table, "kiosk.language", c.language);
    c.agreement_idle_seconds = read_whole_number(table, "kiosk.agreement_idle_seconds", c.agreement_idle_seconds, 45,
                                                 1800, "kiosk.agreement_idle_seconds must be from 45 to 1800 seconds");
    c.fullscreen = read_or<bool>(table, "kiosk.fullscreen", c.fullscreen);
    c.kiosk_mode = read_or<bool>(table, "kiosk.lock_down", c.kiosk_mode);
    constexpr const char* kScreenSize = "kiosk.width and kiosk.height must be a real screen size";
    c.width = read_whole_number(table, "kiosk.width", c.width, 320, 16384, kScreenSize);
    c.height = read_whole_number(table, "kiosk.height", c.height, 240, 16384, kScreenSize);
    c.server_url = read_or<std::string>(table, "server.url", "");
    if (!c.server_url.empty() && c.server_url.rfind("https://", 0) != 0) {
        throw ConfigError("server.url must start with https://");
    }
    if (const auto* words = table.at_path("records.interpretive_words").as_array()) {
        for (const auto& word : *words) {
            const auto text = word.value<std::string>();
            if (!text || text->empty() || text->size() > 60) {
                throw ConfigError("records.interpretive_words must be a list of short words or phrases");
            }
            c.interpretive_words.push_back(*text);
        }
    } else if (table.at_path("records.interpretive_words")) {
        throw ConfigError("records.interpretive_words must be a list of short words or phrases");
    }
    c.keep_synced_days = read_whole_number(table, "records.keep_synced_days", c.keep_synced_days, 0, 3650,
                                           "records.keep_synced_days must be a number of days from 0 to 3650");
    c.missed_sessions_flag =
        read_whole_number(table, "coordinator.missed_sessions_flag", c.missed_sessions_flag, 1, 20,
                          "coordinator.missed_sessions_flag must be a number of sessions from 1 to 20");
    const auto pages = read_or<std::string>(table, "coordinator.family_pages", "");
    c.family_pages = pages.empty() ? c.database_file.parent_path().parent_path() / "family-pages" : resolve(base_dir, pages);
    read_server_identity(table, base_dir, c);
    return c;
}

Config load_config(const fs::path& file) {
    std::ifstream in(file);
    if (!in) throw ConfigError("the configuration file " + file.string() + " cannot be read");
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) throw ConfigError("the configuration file " + file.string() + " cannot be read");
    const fs::path base = fs::absolute(file).parent_path();
    return parse_config(text.str(), base);
}

Config demo_config(const fs::path& data_dir) {
    Config c;
    c.database_file = data_dir / "db" / "kiosk.db";
    c.key_file = data_dir / "keys" / "kiosk.key";
    c.assets_dir = default_assets_dir();
    c.family_pages = data_dir / "family-pages";
    return c;
}

fs::path system_config_file() { return fs::path{KIOSK_SYSCONFDIR} / "contact-kiosk" / "kiosk.toml"; }

ConfigChoice choose_config(const std::string& config_option) {
    if (!config_option.empty()) return {ConfigOrigin::CommandLine, config_option};
    std::error_code error;
    const fs::path system = system_config_file();
    // Present but unreadable still counts: load_config then says so, rather than the kiosk
    // quietly running on a home-folder database beside the venue's real one.
    if (fs::exists(system, error)) return {ConfigOrigin::System, system};
    return {};
}

fs::path default_assets_dir() {
    std::error_code error;
    const fs::path executable = fs::read_symlink("/proc/self/exe", error);
    if (!error) {
        const fs::path installed = executable.parent_path().parent_path() / "share" / "contact-kiosk";
        if (fs::is_directory(installed / "i18n", error)) return installed;
    }
    return fs::path{KIOSK_DEFAULT_ASSETS_DIR};
}

bool is_holiday_region_name(const std::string& region) {
    return !region.empty() && region.size() <= 40 &&
           std::all_of(region.begin(), region.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

}  // namespace kiosk::app
