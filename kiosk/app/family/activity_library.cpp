#include "kiosk/app/family/activity_library.hpp"

#include <toml++/toml.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

namespace kiosk::app {

namespace {

[[noreturn]] void refuse(std::string_view source, const std::string& what) {
    throw ActivityLibraryError("The activity library " + std::string{source} + " " + what + ".");
}

// [min, max] as two whole numbers with min <= max.
std::pair<int, int> read_range(const toml::table& entry, const char* key, std::string_view source,
                               const std::string& id) {
    const toml::array* range = entry[key].as_array();
    if (range == nullptr || range->size() != 2 || !range->get(0)->is_integer() || !range->get(1)->is_integer()) {
        refuse(source, "needs " + std::string{key} + " = [min, max] for " + id);
    }
    const auto low = range->get(0)->as_integer()->get();
    const auto high = range->get(1)->as_integer()->get();
    if (low < 0 || high < low || high > 99) refuse(source, "has an impossible " + std::string{key} + " for " + id);
    return {static_cast<int>(low), static_cast<int>(high)};
}

core::Activity read_activity(const toml::table& entry, std::string_view source) {
    core::Activity activity;
    activity.id = entry["id"].value_or(std::string{});
    if (activity.id.empty()) refuse(source, "has an activity without an id");
    std::tie(activity.min_age, activity.max_age) = read_range(entry, "ages", source, activity.id);
    std::tie(activity.min_children, activity.max_children) = read_range(entry, "children", source, activity.id);
    const std::string energy = entry["energy"].value_or(std::string{});
    if (energy != "calm" && energy != "active") refuse(source, "needs energy \"calm\" or \"active\" for " + activity.id);
    activity.energy = energy == "calm" ? core::Energy::Calm : core::Energy::Active;
    if (const toml::array* needs = entry["needs"].as_array()) {
        for (const auto& need : *needs) {
            const auto* text = need.as_string();
            if (text == nullptr) refuse(source, "has a need that is not text for " + activity.id);
            activity.needs.push_back(text->get());
        }
    }
    return activity;
}

}  // namespace

std::vector<core::Activity> parse_activity_library(std::string_view toml_text, std::string_view source_name) {
    toml::table table;
    try {
        table = toml::parse(toml_text, source_name);
    } catch (const toml::parse_error& error) {
        std::ostringstream message;
        message << "is not valid TOML (line " << error.source().begin.line << ": " << error.description() << ")";
        refuse(source_name, message.str());
    }
    const toml::array* entries = table["activity"].as_array();
    if (entries == nullptr) refuse(source_name, "has no [[activity]] entries");
    std::vector<core::Activity> library;
    std::set<std::string> seen;
    for (const auto& node : *entries) {
        const toml::table* entry = node.as_table();
        if (entry == nullptr) refuse(source_name, "has an activity that is not a table");
        core::Activity activity = read_activity(*entry, source_name);
        if (!seen.insert(activity.id).second) refuse(source_name, "names " + activity.id + " twice");
        library.push_back(std::move(activity));
    }
    return library;
}

std::vector<core::Activity> load_activity_library(const std::filesystem::path& file) {
    std::ifstream in{file, std::ios::binary};
    if (!in) throw ActivityLibraryError("The activity library " + file.string() + " could not be read.");
    std::ostringstream text;
    text << in.rdbuf();
    return parse_activity_library(text.str(), file.string());
}

}  // namespace kiosk::app
