#include <catch2/catch_test_macros.hpp>

#include "kiosk/core/activity.hpp"

using namespace kiosk::core;

namespace {
std::vector<Activity> library() {
    return {
        {"stacking_cups", 0, 3, 1, 3, Energy::Calm, {"floor_mats"}},
        {"bubbles", 0, 8, 1, 4, Energy::Active, {}},
        {"lego_build", 4, 14, 1, 4, Energy::Calm, {}},
        {"football", 5, 16, 1, 6, Energy::Active, {"garden"}},
        {"baking", 6, 16, 1, 3, Energy::Active, {"kitchen"}},
        {"story_time", 1, 9, 1, 4, Energy::Calm, {"books"}},
        {"board_game", 6, 18, 1, 5, Energy::Calm, {}},
        {"dance_party", 3, 12, 1, 6, Energy::Active, {}},
    };
}
std::vector<std::string> ids(const std::vector<Activity>& activities) {
    std::vector<std::string> out;
    for (const auto& a : activities) out.push_back(a.id);
    return out;
}
}  // namespace

TEST_CASE("suggestions suit the ages of all the children and what the room has") {
    SuggestionRequest request{{7, 9}, {"garden"}, {}, 10};
    CHECK(ids(suggest_activities(library(), request)) ==
          std::vector<std::string>{"lego_build", "football", "board_game", "dance_party"});
}

TEST_CASE("a baby and a ten-year-old share only what suits both") {
    SuggestionRequest request{{1, 10}, {"floor_mats", "books"}, {}, 10};
    CHECK(suggest_activities(library(), request).empty());
    request.child_ages = {1};
    CHECK(ids(suggest_activities(library(), request)) == std::vector<std::string>{"stacking_cups", "bubbles", "story_time"});
}

TEST_CASE("what the family did in its last sessions is left out, and the count is respected") {
    SuggestionRequest request{{7}, {"garden", "kitchen", "books"}, {"lego_build", "bubbles"}, 3};
    CHECK(ids(suggest_activities(library(), request)) == std::vector<std::string>{"story_time", "football", "board_game"});
}

TEST_CASE("the number of children counts") {
    SuggestionRequest request{{7, 7, 8, 8, 9}, {"garden", "kitchen"}, {}, 10};
    CHECK(ids(suggest_activities(library(), request)) == std::vector<std::string>{"board_game", "football", "dance_party"});
}
