#include "sync/server/server_config.hpp"

#include <toml++/toml.h>

#include <charconv>
#include <limits>
#include <type_traits>
#include <fstream>
#include <sstream>
#include <system_error>

namespace kiosk::sync::server {
namespace fs = std::filesystem;

namespace {

std::string text_setting(const toml::table& table, std::string_view dotted, const std::string& fallback) {
    const auto node = table.at_path(dotted);
    if (!node) return fallback;
    if (const auto value = node.value<std::string>()) return *value;
    throw ServerConfigError("the setting " + std::string(dotted) + " must be text in quotes");
}

fs::path path_setting(const toml::table& table, std::string_view dotted, const fs::path& base) {
    const std::string value = text_setting(table, dotted, "");
    if (value.empty()) return {};
    const fs::path p{value};
    return p.is_absolute() ? p : base / p;
}

bool is_known_key(std::string_view section, std::string_view key) {
    if (section == "server") {
        return key == "listen" || key == "certificate" || key == "private_key" || key == "max_connections" ||
               key == "max_connections_per_address";
    }
    if (section == "storage") return key == "database" || key == "url" || key == "sealing_key_file";
    if (section == "hub") {
        return key == "upstream_sync" || key == "key_dir" || key == "venue" || key == "upstream_pull_wait" ||
               key == "upstream_retry_max";
    }
    return false;
}

// A misspelt key would otherwise be ignored and its default used without a word.
void refuse_unknown_keys(const toml::table& table) {
    for (const auto& [section, node] : table) {
        if (section.str() != "server" && section.str() != "storage" && section.str() != "hub") {
            throw ServerConfigError("the configuration has an unknown section [" + std::string(section.str()) + "]");
        }
        const auto* keys = node.as_table();
        if (keys == nullptr) throw ServerConfigError("[" + std::string(section.str()) + "] must be a section");
        for (const auto& [key, value] : *keys) {
            if (!is_known_key(section.str(), key.str())) {
                throw ServerConfigError("the configuration has an unknown setting " + std::string(section.str()) + "." +
                                        std::string(key.str()));
            }
        }
    }
}

template <class T>
std::optional<T> number_setting(const toml::table& table, std::string_view dotted, T lowest, T highest) {
    const auto node = table.at_path(dotted);
    if (!node) return std::nullopt;
    std::optional<T> value;
    if constexpr (std::is_floating_point_v<T>) {
        if (const auto v = node.value<double>()) value = *v;
    } else if (const auto* whole = node.as_integer()) {
        // Only a TOML integer: toml++ turns a float such as 1e300 into an integer with a cast
        // whose overflow is undefined. The range is checked before narrowing to T.
        const std::int64_t v = whole->get();
        if (v >= lowest && v <= highest) value = static_cast<T>(v);
    }
    if (!value || !(*value >= lowest && *value <= highest)) {
        throw ServerConfigError("the setting " + std::string(dotted) + " must be a number from " +
                                std::to_string(lowest) + " to " + std::to_string(highest));
    }
    return value;
}

HubConfig parse_hub(const toml::table& table, const fs::path& base) {
    HubConfig hub;
    hub.upstream_sync = text_setting(table, "hub.upstream_sync", hub.upstream_sync);
    if (hub.upstream_sync != "continuous" && hub.upstream_sync != "on-request") {
        throw ServerConfigError("the setting hub.upstream_sync must be \"continuous\" or \"on-request\"");
    }
    hub.key_dir = path_setting(table, "hub.key_dir", base);
    hub.venue = number_setting<std::int64_t>(table, "hub.venue", 1, std::numeric_limits<std::int64_t>::max());
    hub.upstream_pull_wait = number_setting<int>(table, "hub.upstream_pull_wait", 0, 25).value_or(hub.upstream_pull_wait);
    hub.upstream_retry_max = number_setting<double>(table, "hub.upstream_retry_max", 0.1, 3600.0).value_or(hub.upstream_retry_max);
    return hub;
}

}  // namespace

std::pair<std::string, int> parse_listen_address(const std::string& listen, std::string_view setting) {
    const auto colon = listen.rfind(':');
    const std::string problem = std::string(setting) + " must be HOST:PORT, e.g. 0.0.0.0:8443";
    if (colon == std::string::npos || colon == 0) throw ServerConfigError(problem);
    int port = -1;
    const char* first = listen.data() + colon + 1;
    const char* last = listen.data() + listen.size();
    const auto [end, error] = std::from_chars(first, last, port);
    if (error != std::errc{} || end != last || first == last || port < 0 || port > 65535) {
        throw ServerConfigError(problem);
    }
    return {listen.substr(0, colon), port};
}

ServerConfig parse_server_config(std::string_view toml_text, const fs::path& base_dir) {
    toml::table table;
    try {
        table = toml::parse(toml_text);
    } catch (const toml::parse_error& error) {
        const auto& where = error.source().begin;
        throw ServerConfigError("the configuration is not valid TOML (line " + std::to_string(where.line) +
                                ", column " + std::to_string(where.column) + "): " + std::string(error.description()));
    }
    refuse_unknown_keys(table);
    ServerConfig c;
    c.listen = text_setting(table, "server.listen", c.listen);
    (void)parse_listen_address(c.listen, "server.listen");
    c.certificate = path_setting(table, "server.certificate", base_dir);
    c.private_key = path_setting(table, "server.private_key", base_dir);
    c.max_connections = number_setting<std::int64_t>(table, "server.max_connections", 1, 100000);
    c.max_connections_per_address = number_setting<std::int64_t>(table, "server.max_connections_per_address", 1, 100000);
    c.database = path_setting(table, "storage.database", base_dir);
    c.storage_url = text_setting(table, "storage.url", "");
    if (!c.storage_url.empty() && c.storage_url.rfind("postgresql://", 0) != 0 &&
        c.storage_url.rfind("postgres://", 0) != 0) {
        throw ServerConfigError("the setting storage.url must be a postgresql:// URL (a SQLite file is "
                                "storage.database)");
    }
    if (!c.storage_url.empty() && !c.database.empty()) {
        throw ServerConfigError("give storage.url (PostgreSQL) or storage.database (SQLite), not both");
    }
    c.sealing_key_file = path_setting(table, "storage.sealing_key_file", base_dir);
    if (table.contains("hub")) c.hub = parse_hub(table, base_dir);
    return c;
}

ServerConfig load_server_config(const fs::path& file) {
    std::ifstream in(file);
    if (!in) throw ServerConfigError("the configuration file " + file.string() + " cannot be read");
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) throw ServerConfigError("the configuration file " + file.string() + " cannot be read");
    ServerConfig c = parse_server_config(text.str(), fs::absolute(file).parent_path());
    c.source = file;
    return c;
}

std::string storage_location(const ServerConfig& config) {
    return config.storage_url.empty() ? config.database.string() : config.storage_url;
}

fs::path default_server_config_file() { return fs::path{KIOSK_SYSCONFDIR} / "contact-kiosk" / "hub.toml"; }

ServerConfig resolve_server_config(const std::string& config_option) {
    if (!config_option.empty()) return load_server_config(config_option);
    std::error_code error;
    const fs::path fallback = default_server_config_file();
    if (fs::exists(fallback, error)) return load_server_config(fallback);
    return {};
}

}  // namespace kiosk::sync::server
