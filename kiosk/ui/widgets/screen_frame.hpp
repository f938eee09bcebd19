#pragma once
// The frame shared by the family screens after attract: the venue band at the top, a title
// and hint under it, and a footer row with "Start again" on the left and the screen's main
// action on the right, both always in the same place so a thumb learns where they are.
#include <string>

#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

struct ScreenTop {
    float content_top = 0.0F;  // the first free row under the title and hint
    float side = 0.0F;         // the left and right margin
};

// Draws the band, the title (and the hint, if any); returns where content may start.
ScreenTop screen_top(const UiResources& ui, const std::string& venue_name, const std::string& clock_hhmm,
                     const char* title, const char* hint);

struct FooterAction {
    const char* label = nullptr;  // nullptr: no main action on this screen
    bool enabled = true;
};

struct FooterResult {
    bool start_again = false;
    bool action = false;
};

// The top of the footer row (content must end above it).
float footer_top();
FooterResult screen_footer(const UiResources& ui, FooterAction action, bool offer_start_again = true);

// Left-aligned text wrapped at `width`, from the current cursor.
void wrapped_text(const char* text, ImFont* font, const ImVec4& colour, float width);

}  // namespace kiosk::ui
