#include "kiosk/app/open_store.hpp"

#include <cstdlib>

#include "kiosk/app/command_error.hpp"
#include "kiosk/store/database_maintenance.hpp"
#include "kiosk/store/store_error.hpp"

namespace kiosk::app {
namespace fs = std::filesystem;

store::Database open_store(const Config& config, core::Timestamp now, bool create_if_missing) {
    try {
        store::Database db = store::Database::open(store::OpenOptions{.database_file = config.database_file,
                                                                      .key_file = config.key_file,
                                                                      .create_if_missing = create_if_missing,
                                                                      .now = now});
        // A SQLCipher built or configured with weaker defaults would still open the file;
        // refuse to work on it rather than trust it (docs/SECURITY.md, "Keys and the database").
        const auto problems = store::cipher_settings_problems(db);
        if (!problems.empty()) {
            throw CommandError("the database's encryption settings are weaker than SQLCipher 4's defaults (" +
                               problems.front() + "); refusing to use it");
        }
        return db;
    } catch (const store::StoreError& error) {
        throw CommandError(error.what());
    }
}

fs::path key_file_for(const fs::path& database_file) {
    const fs::path folder = database_file.has_parent_path() ? database_file.parent_path() : fs::path{"."};
    return folder / "keys" / (database_file.stem().string() + ".key");
}

fs::path default_data_dir() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg != nullptr && *xdg != '\0') {
        return fs::path{xdg} / "contact-kiosk";
    }
    if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
        return fs::path{home} / ".local" / "share" / "contact-kiosk";
    }
    return fs::path{"contact-kiosk-data"};
}

Config resolve_config(const std::string& config_file) {
    const ConfigChoice choice = choose_config(config_file);
    if (choice.origin == ConfigOrigin::BuiltIn) return demo_config(default_data_dir());
    try {
        return load_config(choice.file);
    } catch (const ConfigError& error) {
        throw CommandError(error.what());
    }
}

}  // namespace kiosk::app
