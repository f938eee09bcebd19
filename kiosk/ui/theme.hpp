#pragma once
// The one look of the kiosk, as data. Screens ask for colours by what they mean
// (theme.primary, theme.text_muted), never by value, so the look can change in one place.
#include <imgui.h>

namespace kiosk::ui {

struct Theme {
    ImVec4 background;      // the page behind everything
    ImVec4 surface;         // cards and bands that sit on the background
    ImVec4 surface_pressed; // a neutral button while a finger is on it
    ImVec4 border;          // quiet outlines of neutral buttons and cards
    ImVec4 shadow;          // the soft shadow that lifts the main button off the page
    ImVec4 text;            // body text: dark enough for tired eyes in a bright lobby
    ImVec4 text_muted;      // secondary text, still above 4.5:1 contrast on surface
    ImVec4 primary;         // the one thing to do on a screen
    ImVec4 primary_hover;
    ImVec4 primary_pressed;
    ImVec4 on_primary;      // text drawn on primary
    ImVec4 accent;          // a warm touch for selected choices (the chosen language)
    ImVec4 on_accent;
    ImVec4 danger;
    ImVec4 warning;
    ImVec4 success;
    ImVec4 focus;           // keyboard/navigation focus ring
};

// Calm, warm and high-contrast: a friendly lobby, not a developer tool.
const Theme& kiosk_theme();

// Writes the theme's colours and em-based shapes into `style`, after scaling ImGui's default
// sizes (which assume a 13 px font) by `scale` with ScaleAllSizes. `body_px` is the body font
// size, from which roundings and spacings are taken.
void apply_theme(const Theme& theme, float scale, float body_px, ImGuiStyle& style);

// The ImGui packed colour of a theme colour.
ImU32 to_u32(const ImVec4& colour);

}  // namespace kiosk::ui
