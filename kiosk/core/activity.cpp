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

std::vector<ChildrenSuggestion> suggest_for_children(const std::vector<Activity>& library,
                                                     const SuggestionRequest& request) {
    std::vector<ChildrenSuggestion> out;
    const auto taken = [&](const std::string& id) {
        return std::any_of(out.begin(), out.end(), [&](const ChildrenSuggestion& s) { return s.activity.id == id; });
    };
    std::vector<std::size_t> everyone;
    for (std::size_t i = 0; i < request.child_ages.size(); ++i) everyone.push_back(i);
    for (auto& activity : suggest_activities(library, request)) out.push_back({std::move(activity), everyone, true});
    if (out.size() >= request.how_many || request.child_ages.size() < 2) return out;

    // Youngest first: round by round, each child gets the next idea that suits them.
    std::vector<std::size_t> by_age = everyone;
    std::stable_sort(by_age.begin(), by_age.end(),
                     [&](std::size_t a, std::size_t b) { return request.child_ages[a] < request.child_ages[b]; });
    std::vector<std::vector<Activity>> per_child(request.child_ages.size());
    for (const std::size_t child : by_age) {
        // As many children as there are, all of this one's age: the group's size still counts.
        SuggestionRequest one = request;
        one.child_ages.assign(request.child_ages.size(), request.child_ages[child]);
        one.how_many = library.size();
        per_child[child] = suggest_activities(library, one);
    }
    std::vector<std::size_t> next(request.child_ages.size(), 0);
    bool added = true;
    while (out.size() < request.how_many && added) {
        added = false;
        for (const std::size_t child : by_age) {
            if (out.size() >= request.how_many) break;
            auto& list = per_child[child];
            while (next[child] < list.size() && taken(list[next[child]].id)) ++next[child];
            if (next[child] >= list.size()) continue;
            const Activity& activity = list[next[child]++];
            ChildrenSuggestion s{activity, {}, false};
            for (const std::size_t other : everyone) {
                const int age = request.child_ages[other];
                if (age >= activity.min_age && age <= activity.max_age) s.suits.push_back(other);
            }
            out.push_back(std::move(s));
            added = true;
        }
    }
    return out;
}

}  // namespace kiosk::core
