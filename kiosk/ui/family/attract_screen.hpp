#pragma once
// family/attract: what the lobby terminal shows while nobody is using it. The venue's name,
// the time, one very large "Tap to check in" and the languages, each in its own name.
#include <string>
#include <variant>
#include <vector>

#include "kiosk/ui/i18n.hpp"
#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

struct AttractView {
    std::string venue_name;
    std::string clock_hhmm;           // venue-local "10:05"
    std::vector<Language> languages;  // offered choices, in display order
    std::string language;             // the code in use
};

struct StartCheckIn {};
// After a visit, the same code opens the feedback screens.
struct StartFeedback {};
struct ChooseLanguage {
    std::string code;
};
using AttractIntent = std::variant<std::monostate, StartCheckIn, StartFeedback, ChooseLanguage>;

// Draws the screen; returns what the person asked for this frame (usually nothing).
AttractIntent draw_attract_screen(const AttractView& view, const UiResources& ui);

}  // namespace kiosk::ui
