#include "kiosk/ui/coordinator/form_widgets.hpp"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/item_registry.hpp"
#include "kiosk/ui/widgets/on_screen_keyboard.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"
#include "kiosk/ui/widgets/wrapped_editor.hpp"

namespace kiosk::ui {

void section_heading(const UiResources& ui, const char* text) {
    ImGui::Dummy(ImVec2{0.0F, em(0.2F)});
    ImGui::PushFont(ui.fonts.large);
    ImGui::PushTextWrapPos(0.0F);  // a long heading wraps in a narrow column
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
}

void muted_text(const UiResources& ui, const std::string& text) { coloured_text(ui.theme->text_muted, text); }

void coloured_text(const ImVec4& colour, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::PushTextWrapPos(0.0F);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

namespace {
// The right edge of the row being laid out: the window's, or the table column's inside a table.
float row_right() { return ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x; }
}  // namespace

void next_on_row_if_fits(float width) {
    const float right = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width;
    if (right <= row_right()) {
        ImGui::SameLine();
        // Side by side, items line up at their tops: ImGui would push the next field's label
        // down to the text baseline of the box before it, so two labels sat at two heights.
        ImGui::GetCurrentWindow()->DC.CurrLineTextBaseOffset = 0.0F;
    }
}

int choice_row(const UiResources& ui, std::string_view id, const std::vector<std::string>& labels, int selected) {
    int tapped = -1;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const std::string button_id = std::string(id) + "_" + std::to_string(i);
        TouchButton button{.id = button_id,
                           .label = labels[i].c_str(),
                           .kind = static_cast<int>(i) == selected ? ButtonKind::Chosen : ButtonKind::Secondary,
                           .font = ui.fonts.body,
                           .size = {0.0F, 0.0F},
                           .raised = false};
        // A new row when the next choice would run off the right edge of its column.
        if (i > 0) next_on_row_if_fits(touch_button_size(ui, button).x);
        if (touch_button(ui, button)) tapped = static_cast<int>(i);
    }
    return tapped;
}

namespace {
void show_problem(const UiResources& ui, const std::string& problem) {
    if (!problem.empty()) coloured_text(ui.theme->danger, problem);
}
void field_frame_begin(const UiResources& ui) {
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, em(0.06F));
    ImGui::PushStyleColor(ImGuiCol_Border, ui.theme->border);
}
void field_frame_end() {
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
}
float text_width(const char* text) { return ImGui::CalcTextSize(text).x; }
// The room for a value of this many digits in a number field's box.
float value_box_width(int digits) {
    return ImGui::CalcTextSize("0").x * static_cast<float>(digits) + 2.0F * ImGui::GetStyle().FramePadding.x;
}
constexpr int kNumberDigits = 4;  // minutes up to 480, hours up to 168: four digits show whole
}  // namespace

bool text_field(const UiResources& ui, const char* id, const char* label, std::string& value, const std::string& problem,
                float width_em, ImGuiInputTextFlags flags) {
    ImGui::BeginGroup();  // one item, so a row of fields can flow (next_on_row_if_fits)
    ImGui::PushTextWrapPos(0.0F);  // a long label wraps in its column
    ImGui::TextUnformatted(label);
    ImGui::PopTextWrapPos();
    field_frame_begin(ui);
    // Never wider than the column it sits in.
    const float width = std::min(em(width_em), std::max(em(4.0F), ImGui::GetContentRegionAvail().x));
    ImGui::SetNextItemWidth(width);
    const bool changed = ImGui::InputText(id, &value, flags);
    keep_field_visible(ImGui::IsItemActive());  // above the on-screen keyboard while typed in
    const bool hidden = (flags & ImGuiInputTextFlags_Password) != 0;
    register_last_item(label, {.text = hidden ? std::string_view{} : std::string_view{value},
                               .width = hidden ? 0.0F : text_width(value.c_str()),
                               .room = width - 2.0F * ImGui::GetStyle().FramePadding.x});
    field_frame_end();
    show_problem(ui, problem);
    ImGui::EndGroup();
    return changed;
}

bool text_area(const UiResources& ui, const char* id, const char* label, std::string& value, const std::string& problem,
               float height_em) {
    ImGui::PushTextWrapPos(0.0F);
    ImGui::TextUnformatted(label);
    ImGui::PopTextWrapPos();
    // The words wrap while they are typed; the box grows with them.
    std::string changed;
    const bool edited = wrapped_editor(ui,
                                       {.id = id, .label = label, .width = ImGui::GetContentRegionAvail().x - em(0.5F),
                                        .min_lines = std::max(2.0F, height_em / 1.25F), .focus = false},
                                       value, changed);
    if (edited) value = std::move(changed);
    show_problem(ui, problem);
    return edited;
}

float number_field_width(const UiResources&) {
    return 2.0F * touch_target_height() + 2.0F * em(0.3F) + value_box_width(kNumberDigits);
}

bool number_field(const UiResources& ui, const char* id, const char* label, int& value, int step) {
    // A label over "-  value  +": the buttons for a finger, the value typed for a keyboard.
    ImGui::PushID(id);
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::max(number_field_width(ui), text_width(label)));
    ImGui::TextUnformatted(label);
    ImGui::PopTextWrapPos();
    const float button = touch_target_height();
    bool changed = false;
    // The signs are wide in the title font: little side padding, so they sit whole on the key.
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2{em(0.2F), ImGui::GetStyle().FramePadding.y});
    const TouchButton minus{.id = "minus", .label = "-", .kind = ButtonKind::Secondary, .font = ui.fonts.title,
                            .size = {button, button}, .raised = false};
    const TouchButton plus{.id = "plus", .label = "+", .kind = ButtonKind::Secondary, .font = ui.fonts.title,
                           .size = {button, button}, .raised = false};
    const bool less = touch_button(ui, minus);
    ImGui::PopStyleVar();
    if (less) {
        value -= step;
        changed = true;
    }
    ImGui::SameLine(0.0F, em(0.3F));
    std::string text = std::to_string(value);
    const float box = value_box_width(kNumberDigits);
    field_frame_begin(ui);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                        ImVec2{ImGui::GetStyle().FramePadding.x, (button - ImGui::GetFontSize()) * 0.5F});
    ImGui::SetNextItemWidth(box);
    if (ImGui::InputText("##value", &text, ImGuiInputTextFlags_CharsDecimal) && !text.empty() && text.size() < 7) {
        value = std::stoi(text);
        changed = true;
    }
    keep_field_visible(ImGui::IsItemActive());
    register_last_item(label, {.text = text, .width = text_width(text.c_str()),
                               .room = box - 2.0F * ImGui::GetStyle().FramePadding.x});
    ImGui::PopStyleVar();
    field_frame_end();
    ImGui::SameLine(0.0F, em(0.3F));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2{em(0.2F), ImGui::GetStyle().FramePadding.y});
    const bool more = touch_button(ui, plus);
    ImGui::PopStyleVar();
    if (more) {
        value += step;
        changed = true;
    }
    ImGui::EndGroup();
    ImGui::PopID();
    return changed;
}

bool time_field(const UiResources& ui, const char* id, const char* label, int& hour, int& minute, int step_minutes) {
    // As a number field, on minutes of the day: "-  10:00  +" by `step_minutes`, or typed.
    ImGui::PushID(id);
    ImGui::BeginGroup();
    ImGui::TextUnformatted(label);
    const float button = touch_target_height();
    int minutes = ((hour * 60 + minute) % 1440 + 1440) % 1440;
    bool changed = false;
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2{em(0.2F), ImGui::GetStyle().FramePadding.y});
    const bool earlier = touch_button(ui, {.id = "earlier", .label = "-", .kind = ButtonKind::Secondary,
                                           .font = ui.fonts.title, .size = {button, button}, .raised = false});
    ImGui::PopStyleVar();
    if (earlier) {
        minutes = ((minutes - step_minutes) % 1440 + 1440) % 1440;
        changed = true;
    }
    ImGui::SameLine(0.0F, em(0.3F));
    char shown[32];
    std::snprintf(shown, sizeof shown, "%02d:%02d", minutes / 60, minutes % 60);
    std::string text = shown;
    const float box = value_box_width(5);
    field_frame_begin(ui);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                        ImVec2{ImGui::GetStyle().FramePadding.x, (button - ImGui::GetFontSize()) * 0.5F});
    ImGui::SetNextItemWidth(box);
    const bool typed = ImGui::InputText("##time", &text);
    keep_field_visible(ImGui::IsItemActive());
    if (typed) {
        int h = 0;
        int m = 0;
        // "HH:MM" or "HHMM"; anything else waits until it is a time.
        if ((std::sscanf(text.c_str(), "%d:%d", &h, &m) == 2 ||
             (text.size() == 4 && std::sscanf(text.c_str(), "%2d%2d", &h, &m) == 2)) &&
            h >= 0 && h < 24 && m >= 0 && m < 60) {
            minutes = h * 60 + m;
            changed = true;
        }
    }
    register_last_item(label, {.text = text, .width = text_width(text.c_str()),
                               .room = box - 2.0F * ImGui::GetStyle().FramePadding.x});
    ImGui::PopStyleVar();
    field_frame_end();
    ImGui::SameLine(0.0F, em(0.3F));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2{em(0.2F), ImGui::GetStyle().FramePadding.y});
    const bool later = touch_button(ui, {.id = "later", .label = "+", .kind = ButtonKind::Secondary,
                                         .font = ui.fonts.title, .size = {button, button}, .raised = false});
    ImGui::PopStyleVar();
    if (later) {
        minutes = (minutes + step_minutes) % 1440;
        changed = true;
    }
    ImGui::EndGroup();
    ImGui::PopID();
    if (changed) {
        hour = minutes / 60;
        minute = minutes % 60;
    }
    return changed;
}

bool check_box(const UiResources& ui, const char* label, bool& value) {
    // ImGui's Checkbox runs its words past the edge of a narrow column: these wrap, and the
    // whole row (box and words) is one target for a finger.
    const Theme& theme = *ui.theme;
    const float box = em(1.3F);
    const float gap = em(0.5F);
    const float words_w = std::max(em(4.0F), ImGui::GetContentRegionAvail().x - box - gap);
    const ImVec2 words = ImGui::CalcTextSize(label, nullptr, false, words_w);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 size{box + gap + words.x, std::max(box, words.y) + em(0.3F)};
    ImGui::PushID(label);
    const bool tapped = ImGui::InvisibleButton("##check", size);
    ImGui::PopID();
    register_last_item(label);
    if (tapped) value = !value;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 box_min{at.x, at.y + (size.y - box) * 0.5F};
    const ImVec2 box_max{box_min.x + box, box_min.y + box};
    draw->AddRectFilled(box_min, box_max, to_u32(value ? theme.primary : theme.surface), em(0.2F));
    draw->AddRect(box_min, box_max, to_u32(value ? theme.primary : theme.border), em(0.2F), 0, em(0.08F));
    if (value) {
        const ImVec2 points[3] = {{box_min.x + box * 0.22F, box_min.y + box * 0.52F},
                                  {box_min.x + box * 0.42F, box_min.y + box * 0.72F},
                                  {box_min.x + box * 0.78F, box_min.y + box * 0.3F}};
        draw->AddPolyline(points, 3, to_u32(theme.on_primary), 0, em(0.16F));
    }
    // The words as ImGui text, wrapped, so screen-reading tests and logging see them.
    const ImVec2 after = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2{at.x + box + gap, at.y + (size.y - words.y) * 0.5F});
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + words_w);
    ImGui::TextUnformatted(label);
    ImGui::PopTextWrapPos();
    ImGui::SetCursorScreenPos(after);
    ImGui::Dummy(ImVec2{0.0F, 0.0F});
    return tapped;
}

void status_chip(const UiResources& ui, const std::string& text, ChipKind kind) {
    const Theme& t = *ui.theme;
    const ImVec4 fill = kind == ChipKind::Danger    ? t.danger
                        : kind == ChipKind::Warning ? t.warning
                        : kind == ChipKind::Success ? t.success
                                                    : t.text_muted;
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    const ImVec2 pad{em(0.5F), em(0.15F)};
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 box{size.x + 2 * pad.x, size.y + 2 * pad.y};
    // Drawn rather than laid out, so the chip's words sit inside it on any line (after SameLine
    // ImGui would shift laid-out text to the line's baseline); LogText keeps them readable by tests.
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, ImVec2{at.x + box.x, at.y + box.y}, to_u32(fill), em(0.6F));
    draw->AddText(ImVec2{at.x + pad.x, at.y + pad.y}, to_u32(t.on_primary), text.c_str());
    ImGui::LogText("%s\n", text.c_str());
    ImGui::Dummy(box);
}

}  // namespace kiosk::ui
