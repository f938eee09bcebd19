#pragma once
// "Are you still there?": drawn over any family screen after a while without a touch, with a
// large countdown to the wipe and one big "I'm still here". A touch anywhere on it counts.
// It is a window of its own on top of the screen, so nothing under it can be pressed.
#include <variant>

#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

struct StillThereView {
    int seconds_left = 15;
};

struct StillHere {};
using StillThereIntent = std::variant<std::monostate, StillHere>;

StillThereIntent draw_still_there_prompt(const StillThereView& view, const UiResources& ui);

}  // namespace kiosk::ui
