// The shipped activity library and its loader.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <set>

#include "kiosk/app/family/activity_library.hpp"
#include "kiosk/ui/i18n.hpp"

using kiosk::app::ActivityLibraryError;
using kiosk::app::load_activity_library;
using kiosk::app::parse_activity_library;

namespace {
const std::filesystem::path kAssets{KIOSK_DEFAULT_ASSETS_DIR};
}

TEST_CASE("the shipped library has at least 40 sound activities, each titled in every language") {
    const auto library = load_activity_library(kAssets / "activities" / "library.toml");
    CHECK(library.size() >= 40);
    const std::set<std::string> features{"floor_mats", "baby_toys", "sofa",  "baby_change",      "table",  "art_supplies",
                                         "board_games", "books",    "garden", "sports_equipment", "kitchen"};
    const auto translator = kiosk::ui::Translator::load_folder(kAssets / "i18n");
    for (const auto& activity : library) {
        INFO(activity.id);
        CHECK(activity.min_age <= activity.max_age);
        CHECK(activity.min_children <= activity.max_children);
        for (const auto& need : activity.needs) CHECK(features.count(need) == 1);
        for (const auto& language : translator.languages()) {
            const auto* catalog = translator.catalog(language.code);
            CHECK(catalog->count("activity." + activity.id + ".title") == 1);
            CHECK(catalog->count("activity." + activity.id + ".tip") == 1);
        }
    }
}

TEST_CASE("a broken library is refused in one sentence naming the file and the entry") {
    using Catch::Matchers::ContainsSubstring;
    CHECK_THROWS_WITH(parse_activity_library("[[activity]\n", "lib.toml"), ContainsSubstring("lib.toml"));
    CHECK_THROWS_WITH(parse_activity_library("[[activity]]\nid = \"x\"\nages = [9, 3]\nchildren = [1, 2]\n"
                                             "energy = \"calm\"\n",
                                             "lib.toml"),
                      ContainsSubstring("x"));
    CHECK_THROWS_AS(parse_activity_library("[[activity]]\nid = \"x\"\nages = [1, 3]\nchildren = [1, 2]\n"
                                           "energy = \"sleepy\"\n",
                                           "lib.toml"),
                    ActivityLibraryError);
    CHECK_THROWS_AS(load_activity_library("/nowhere/library.toml"), ActivityLibraryError);
}
