#pragma once
// Page-level layout: a screen fills the whole display, and text can be centred and wrapped.
#include <imgui.h>

#include "kiosk/ui/theme.hpp"

namespace kiosk::ui {

// Begins a borderless window covering the whole display in the theme's background colour.
// Always pair with end_screen().
void begin_screen(const char* name, const Theme& theme);
void end_screen();

// Draws `text` wrapped at `max_width`, each line centred in the window's content width, from
// the current cursor row. Lines go through ImGui::TextUnformatted so logging captures them.
void centered_text(const char* text, ImFont* font, const ImVec4& colour, float max_width);
// The height centered_text would take.
float centered_text_height(const char* text, ImFont* font, float max_width);

}  // namespace kiosk::ui
