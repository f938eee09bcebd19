#include "kiosk/ui/widgets/touch_button.hpp"

#include <cfloat>
#include <string>

#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/item_registry.hpp"

namespace kiosk::ui {

namespace {

struct ButtonColours {
    ImVec4 fill;
    ImVec4 hovered;
    ImVec4 pressed;
    ImVec4 text;
    ImVec4 border;
    float border_em;
};

ButtonColours colours_for(const Theme& theme, ButtonKind kind) {
    switch (kind) {
        case ButtonKind::Primary:
            return {theme.primary, theme.primary_hover, theme.primary_pressed, theme.on_primary,
                    theme.primary, 0.0F};
        case ButtonKind::Secondary:
            return {theme.surface, theme.surface, theme.surface_pressed, theme.text, theme.border,
                    0.08F};
        case ButtonKind::Chosen:
            return {theme.accent, theme.accent, theme.accent, theme.on_accent, theme.text, 0.08F};
        case ButtonKind::Danger:
            return {theme.danger, theme.danger, theme.text, theme.on_primary, theme.danger, 0.0F};
    }
    return {theme.primary, theme.primary_hover, theme.primary_pressed, theme.on_primary,
            theme.primary, 0.0F};
}

ImFont* font_of(const UiResources& ui, const TouchButton& button) {
    return button.font != nullptr ? button.font : ui.fonts.large;
}

}  // namespace

ImVec2 touch_button_size(const UiResources& ui, const TouchButton& button) {
    const ImFont* font = font_of(ui, button);
    const ImVec2 text = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0F, button.label);
    ImVec2 size = button.size;
    if (size.x <= 0.0F) size.x = text.x + em(2.4F);
    if (size.y < touch_target_height()) size.y = touch_target_height();
    return size;
}

bool touch_button(const UiResources& ui, const TouchButton& button) {
    const ButtonColours colours = colours_for(*ui.theme, button.kind);
    const ImVec2 size = touch_button_size(ui, button);

    ImGui::PushFont(font_of(ui, button));
    ImGui::PushStyleColor(ImGuiCol_Button, colours.fill);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colours.hovered);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, colours.pressed);
    ImGui::PushStyleColor(ImGuiCol_Text, colours.text);
    ImGui::PushStyleColor(ImGuiCol_Border, colours.border);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, em(colours.border_em));

    if (button.raised) {
        // Decoration only: drawn before the button so the button sits on top of it.
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float drop = em(0.25F);
        ImGui::GetWindowDrawList()->AddRectFilled(
            ImVec2{at.x, at.y + drop}, ImVec2{at.x + size.x, at.y + size.y + drop},
            to_u32(ui.theme->shadow), ImGui::GetStyle().FrameRounding);
    }

    // "label###id": the ID comes from `id` only, the label is what is drawn and logged.
    const std::string imgui_label = std::string{button.label} + "###" + std::string{button.id};
    const bool pressed = ImGui::Button(imgui_label.c_str(), size);
    const ImFont* font = font_of(ui, button);
    register_last_item(button.label,
                       {.text = button.label,
                        .width = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0F, button.label).x,
                        .room = size.x - 2.0F * ImGui::GetStyle().FramePadding.x});

    ImGui::PopStyleVar();
    ImGui::PopStyleColor(5);
    ImGui::PopFont();
    return pressed;
}

ImFont* largest_font_fitting(const char* text, float max_width,
                             std::initializer_list<ImFont*> fonts) {
    ImFont* chosen = nullptr;
    for (ImFont* font : fonts) {
        chosen = font;
        if (font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0F, text).x <= max_width) break;
    }
    return chosen;
}

}  // namespace kiosk::ui
