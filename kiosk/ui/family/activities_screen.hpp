#pragma once
// family/activities: a few ideas for today that suit the children's ages and what the room
// has, each with one short tip for child-led play.
#include <string>
#include <variant>
#include <vector>

#include "kiosk/ui/family/family_intents.hpp"
#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

struct ActivityCardView {
    std::string id;  // its title and tip are "activity.<id>.title" / ".tip" in the catalog
    int min_age = 0;
    int max_age = 18;
    bool calm = true;
    std::vector<int> for_ages;  // siblings: the ages this idea is for when not all of them; empty: everyone
};

struct ActivitiesView {
    std::string venue_name;
    std::string clock_hhmm;
    std::vector<ActivityCardView> activities;
    std::vector<int> child_ages;  // every child's age; with siblings the hint names them
};

struct FinishActivities {};
using ActivitiesIntent = std::variant<std::monostate, FinishActivities, StartAgain>;

ActivitiesIntent draw_activities_screen(const ActivitiesView& view, const UiResources& ui);

}  // namespace kiosk::ui
