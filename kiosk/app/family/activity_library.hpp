#pragma once
// Reads the venue's activity library (assets/activities/library.toml) into core::Activity.
// Titles and tips are not here: they are translations, in assets/i18n.
#include <filesystem>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "kiosk/core/activity.hpp"

namespace kiosk::app {

// A library that cannot be used; the message is one sentence naming the file and the entry.
class ActivityLibraryError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

std::vector<core::Activity> parse_activity_library(std::string_view toml_text, std::string_view source_name);
std::vector<core::Activity> load_activity_library(const std::filesystem::path& file);

}  // namespace kiosk::app
