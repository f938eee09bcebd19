#pragma once
// The staff tablet's on-screen keyboard: letters with shift, digits and punctuation, and the
// accented letters of English, Spanish and Polish. It shows while a text field is active
// (io.WantTextInput), docked across the bottom of the screen; screens keep their active
// field above it by sizing their scroll areas with on_screen_keyboard_height().
//
// ImGui releases an active text field on any click outside it, and drops queued characters
// at the end of every frame. So the keys are not ImGui buttons: a press that lands on the
// keyboard is taken out of ImGui's click handling at the start of the frame (the field stays
// active), a key fires when the finger lifts on it, and what it types is handed to ImGui at
// the start of the next frame, before the field is drawn (AddInputCharactersUTF8; Backspace
// through KeysDown).
#include <imgui.h>

#include <string>

#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

class OnScreenKeyboard {
public:
    enum class Page { Letters, Symbols, Accents };

    // Call right after ImGui::NewFrame(), before any screen is drawn.
    void begin_frame();
    // Call after the screen, as the last window of the frame.
    void draw(const UiResources& ui);

    Page page() const { return page_; }
    bool shift() const { return shift_; }

private:
    bool key(const UiResources& ui, const char* label, const char* id, float width, bool chosen = false);
    void type(const char* utf8);
    void draw_letters(const UiResources& ui, float key_w, float gap);
    void draw_symbols(const UiResources& ui, float key_w, float gap);
    void draw_accents(const UiResources& ui, float key_w, float gap);
    void draw_bottom_row(const UiResources& ui, float key_w, float gap);

    Page page_ = Page::Letters;
    bool shift_ = false;
    std::string pending_;            // typed last frame, handed to ImGui this frame
    bool backspace_pending_ = false;
    bool backspace_held_ = false;    // KeysDown was set last frame; release it
    bool visible_ = false;           // drawn last frame
    ImVec2 min_{0.0F, 0.0F};         // where it was drawn last frame
    ImVec2 max_{0.0F, 0.0F};
    bool press_began_on_keyboard_ = false;
};

// The height the keyboard takes at the bottom of the screen while a text field is active,
// else 0. Screens subtract it from their scrolling areas.
float on_screen_keyboard_height();

// After drawing a text field: when it is the active one, scroll its window so that the whole
// field is visible (the window was sized to end above the keyboard).
void keep_field_visible(bool active);
// At the end of a scrolling area that holds text fields: room below the last field, so even
// the last one can scroll up clear of the keyboard.
void keyboard_scroll_room();

}  // namespace kiosk::ui
