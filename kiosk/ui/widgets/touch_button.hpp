#pragma once
// The kiosk's button: big enough for a finger, coloured by what it means, labelled through
// ImGui (so screen-reading tests and LogToBuffer see the words) and recorded in the item
// registry so the harness can tap it by its label.
#include <imgui.h>

#include <string_view>

#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

enum class ButtonKind {
    Primary,    // the one thing to do here: teal, white text
    Secondary,  // another choice: white card with an outline
    Chosen,     // the current one of a set (the language in use): warm accent
    Danger,     // an action that cannot wait (a safeguarding concern): red, white text
};

struct TouchButton {
    std::string_view id;  // stable across languages, so focus survives a language change
    const char* label = "";
    ButtonKind kind = ButtonKind::Primary;
    ImFont* font = nullptr;  // default: the large font
    ImVec2 size{0.0F, 0.0F};  // 0 = fit the label; the height never drops below a touch target
    bool raised = false;      // a soft shadow under it: for the one main action of a screen
};

// True on the frame the finger lifts off the button (ImGui buttons fire on release).
bool touch_button(const UiResources& ui, const TouchButton& button);

// The size touch_button would give `button`, for laying out rows before drawing them.
ImVec2 touch_button_size(const UiResources& ui, const TouchButton& button);

// The first of `fonts` (largest first) in which `text` fits on one line in `max_width`;
// the last one if none does.
ImFont* largest_font_fitting(const char* text, float max_width,
                             std::initializer_list<ImFont*> fonts);

}  // namespace kiosk::ui
