#pragma once
// Small building blocks of the coordinator's forms: headings, a row of choices that behaves
// like big radio buttons, labelled text fields that say what is wrong in words, and status chips.
#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

void section_heading(const UiResources& ui, const char* text);
void muted_text(const UiResources& ui, const std::string& text);
// Wrapped body text in a colour (a warning, an error, a success).
void coloured_text(const ImVec4& colour, const std::string& text);

// One button per label; the selected one is drawn as chosen. Returns the tapped index, or -1.
int choice_row(const UiResources& ui, std::string_view id, const std::vector<std::string>& labels, int selected);

// A labelled one-line field; `problem` (when not empty) is shown under it in the danger colour.
bool text_field(const UiResources& ui, const char* id, const char* label, std::string& value,
                const std::string& problem = {}, float width_em = 18.0F, ImGuiInputTextFlags flags = 0);
bool text_area(const UiResources& ui, const char* id, const char* label, std::string& value,
               const std::string& problem = {}, float height_em = 3.5F);
bool number_field(const UiResources& ui, const char* id, const char* label, int& value, float width_em = 6.0F);
// A checkbox registered under its label so tests can tap it.
bool check_box(const UiResources& ui, const char* label, bool& value);

enum class ChipKind { Danger, Warning, Neutral, Success };
void status_chip(const UiResources& ui, const std::string& text, ChipKind kind);

}  // namespace kiosk::ui
