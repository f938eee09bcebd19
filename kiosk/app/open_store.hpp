#pragma once
// Opening the configured database the same way for every command.
#include <filesystem>

#include "kiosk/app/config.hpp"
#include "kiosk/core/time.hpp"
#include "kiosk/store/database.hpp"

namespace kiosk::app {

store::Database open_store(const Config& config, core::Timestamp now, bool create_if_missing = true);

// Where the key of a database given by --db lives: a folder of its own beside it.
std::filesystem::path key_file_for(const std::filesystem::path& database_file);

// The configuration a command runs on (choose_config): --config when given, else
// /etc/contact-kiosk/kiosk.toml when it exists, else the built-in default with its data
// under the user's data folder.
Config resolve_config(const std::string& config_file);
std::filesystem::path default_data_dir();

}  // namespace kiosk::app
