#include "kiosk/core/activity.hpp"

#include <algorithm>

namespace kiosk::core {
namespace {
bool contains(const std::vector<std::string>& items, const std::string& item) {
    return std::find(items.begin(), items.end(), item) != items.end();
}

bool fits(const Activity& activity, const SuggestionRequest& request) {
    const auto children = static_cast<int>(request.child_ages.size());
    if (children < activity.min_children || children > activity.max_children) return false;
    for (const int age : request.child_ages) {
        if (age < activity.min_age || age > activity.max_age) return false;
    }
    for (const auto& need : activity.needs) {
        if (!contains(request.room_features, need)) return false;
    }
    return !contains(request.recently_done, activity.id);
}
}  // namespace

std::vector<Activity> suggest_activities(const std::vector<Activity>& library, const SuggestionRequest& request) {
    std::vector<Activity> calm;
    std::vector<Activity> active;
    for (const auto& activity : library) {
        if (!fits(activity, request)) continue;
        (activity.energy == Energy::Calm ? calm : active).push_back(activity);
    }
    std::vector<Activity> out;
    std::size_t c = 0;
    std::size_t a = 0;
    while (out.size() < request.how_many && (c < calm.size() || a < active.size())) {
        const bool take_calm = (out.size() % 2 == 0 && c < calm.size()) || a >= active.size();
        out.push_back(take_calm ? calm[c++] : active[a++]);
    }
    return out;
}

}  // namespace kiosk::core
