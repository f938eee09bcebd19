#pragma once
// The kiosk's configuration, read from TOML (config/kiosk.example.toml documents every key).
// Relative paths are taken from the folder of the config file.
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace kiosk::app {

struct Config {
    std::string venue_name = "Riverside Family Contact Centre";
    std::string time_zone = "Europe/London";
    // Whose public holidays working-day recording timescales skip ([venue] holidays):
    // assets/holidays/<region>.toml, or "none" for weekends only.
    std::string holiday_region = "england-and-wales";
    std::filesystem::path database_file;
    std::filesystem::path key_file;
    std::filesystem::path assets_dir;
    std::string face = "family";  // family | staff | coordinator
    std::string language = "en";
    // Seconds the family face's agreement may be read without a touch before "Are you still
    // there?" ([kiosk] agreement_idle_seconds); other family screens ask after 45.
    int agreement_idle_seconds = 180;
    bool fullscreen = false;
    bool kiosk_mode = false;  // no decorations, no way out (lock-down)
    int width = 1280;
    int height = 800;
    std::string server_url;  // sync server, https only
    // Not a TOML setting: `run --exit-after-frames N` (benchmarks) closes the window after N
    // frames and reports the time from process start to the first frame.
    int exit_after_frames = 0;
    // Words the record screen underlines as interpreting rather than describing
    // ([records] interpretive_words). Empty: core::default_interpretive_phrases().
    std::vector<std::string> interpretive_words;
    // Days a final record's plain text stays on the device after the server confirmed it
    // ([records] keep_synced_days); then only its ids, times and seal remain (docs/SECURITY.md).
    // Concerns, check-ins and feedback lose their words, signature and comment on the same day.
    int keep_synced_days = 7;
    // Where the coordinator's "Page for the family" writes the agreement as an HTML page
    // ([coordinator] family_pages). Default: family-pages beside the database's folder.
    std::filesystem::path family_pages;
    // Sync identity and TLS ([server] in the TOML). The token itself lives in token_file
    // (in the key directory) and is never copied into the configuration or any log.
    std::string device_id;
    std::filesystem::path token_file;
    std::filesystem::path ca_file;            // empty: the system's trust store
    std::vector<std::string> pinned_keys;     // "sha256//<base64>", primary then backup
    std::filesystem::path client_certificate;  // optional, with client_key
    std::filesystem::path client_key;
    // [server] proxy: "http://host:port" to reach the server through; empty: no proxy at all.
    std::string proxy;
    // [server] role: "hub" when the server is the venue's hub (issue #13: records stay readable
    // here until the upstream's receipt comes back through it), "receiver" for the social work
    // team's server. Empty: what enrolment learnt (enrolment.json), else "receiver".
    std::string server_role;
};

// One plain sentence for a person to act on (a bad file, a bad value); never personal data.
class ConfigError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

Config load_config(const std::filesystem::path& file);
Config parse_config(std::string_view toml_text, const std::filesystem::path& base_dir);
// The built-in configuration of the demo: data under `data_dir`, assets as default_assets_dir().
Config demo_config(const std::filesystem::path& data_dir);

// Which configuration a command uses (docs/install.md, "Where the kiosk looks"):
//   1. --config FILE, when given;
//   2. else system_config_file() (/etc/contact-kiosk/kiosk.toml), when it exists: an
//      installed kiosk needs no --config;
//   3. else none: the built-in default, data under $XDG_DATA_HOME/contact-kiosk.
enum class ConfigOrigin { CommandLine, System, BuiltIn };
struct ConfigChoice {
    ConfigOrigin origin = ConfigOrigin::BuiltIn;
    std::filesystem::path file;  // empty for BuiltIn
};
ConfigChoice choose_config(const std::string& config_option);
std::filesystem::path system_config_file();

// Fonts, translations and the activity library: `../share/contact-kiosk` beside the running
// executable when it is there (the installed package, /usr/bin -> /usr/share/contact-kiosk,
// or a package unpacked anywhere), else the source tree's assets/ (a build).
std::filesystem::path default_assets_dir();

bool is_known_face(const std::string& face);

// Region names are file names: lower-case letters, digits and hyphens, up to 40 characters.
// The config checks the name; holiday_file reads the file it names.
bool is_holiday_region_name(const std::string& region);

}  // namespace kiosk::app
