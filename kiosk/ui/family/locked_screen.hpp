#pragma once
// family/locked: after five wrong codes in a row the keypad rests for two minutes. The words
// are calm and do not blame; staff have been told. It returns to attract when the time is up.
#include <string>
#include <variant>

#include "kiosk/ui/family/family_intents.hpp"
#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

struct LockedView {
    std::string venue_name;
    std::string clock_hhmm;
    int minutes_left = 2;  // rounded up, never 0 while locked
};

using LockedIntent = std::variant<std::monostate, StartAgain>;

LockedIntent draw_locked_screen(const LockedView& view, const UiResources& ui);

}  // namespace kiosk::ui
