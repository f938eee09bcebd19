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

// Puts the next item on the row just drawn when `width` more still fits in the column or
// window (a row of fields that wraps like words).
void next_on_row_if_fits(float width);

// One button per label; the selected one is drawn as chosen. Returns the tapped index, or -1.
// The buttons wrap onto more rows in a narrow column.
int choice_row(const UiResources& ui, std::string_view id, const std::vector<std::string>& labels, int selected);

// A labelled one-line field (never wider than its column); `problem` (when not empty) is shown
// under it in the danger colour.
bool text_field(const UiResources& ui, const char* id, const char* label, std::string& value,
                const std::string& problem = {}, float width_em = 18.0F, ImGuiInputTextFlags flags = 0);
// A labelled field of several lines whose words wrap as they are typed (widgets/wrapped_editor).
bool text_area(const UiResources& ui, const char* id, const char* label, std::string& value,
               const std::string& problem = {}, float height_em = 3.5F);
// A labelled whole number: "-" and "+" buttons for a finger (by `step`) around a box that shows
// four digits whole and takes typed digits.
bool number_field(const UiResources& ui, const char* id, const char* label, int& value, int step = 1);
// A labelled time of day, "-  10:00  +" by `step_minutes`, or typed as HH:MM.
bool time_field(const UiResources& ui, const char* id, const char* label, int& hour, int& minute, int step_minutes = 15);
// The width of a number field's controls (its label may be wider), for laying out rows.
float number_field_width(const UiResources& ui);
// A tick box whose words wrap in a narrow column; the whole row is the target. Registered
// under its label so tests can tap it.
bool check_box(const UiResources& ui, const char* label, bool& value);

enum class ChipKind { Danger, Warning, Neutral, Success };
void status_chip(const UiResources& ui, const std::string& text, ChipKind kind);

}  // namespace kiosk::ui
