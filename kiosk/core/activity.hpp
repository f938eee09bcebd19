#pragma once
// The venue's activity library and the rule that picks suggestions for a session.
#include <cstddef>
#include <string>
#include <vector>

namespace kiosk::core {

enum class Energy { Calm, Active };

struct Activity {
    std::string id;  // stable key; titles and tips live in the translation catalogs
    int min_age = 0;
    int max_age = 18;
    int min_children = 1;
    int max_children = 6;
    Energy energy = Energy::Calm;
    std::vector<std::string> needs;  // room feature keys the activity needs
};

struct SuggestionRequest {
    std::vector<int> child_ages;
    std::vector<std::string> room_features;
    std::vector<std::string> recently_done;  // activity ids from this family's last three sessions
    std::size_t how_many = 4;
};

// Activities that suit every child's age, the number of children and what the room has, leaving
// out what was done recently. Calm and active ideas alternate; library order breaks ties.
std::vector<Activity> suggest_activities(const std::vector<Activity>& library, const SuggestionRequest& request);

// For brothers and sisters of different ages (issue #16, item 1): what suits every child
// first, as above; when that leaves fewer than asked, the rest are ideas that suit some of them,
// the youngest child's first (a baby and a ten-year-old share little, and each should find
// something). Each suggestion says which of the children (by index into child_ages) it suits.
struct ChildrenSuggestion {
    Activity activity;
    std::vector<std::size_t> suits;  // indexes into request.child_ages
    bool suits_everyone = false;
};
std::vector<ChildrenSuggestion> suggest_for_children(const std::vector<Activity>& library,
                                                     const SuggestionRequest& request);

}  // namespace kiosk::core
