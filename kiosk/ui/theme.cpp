#include "kiosk/ui/theme.hpp"

#include <cstdint>

namespace kiosk::ui {

namespace {

// Colours are written as the designer's 0xRRGGBB so they can be checked against a palette.
ImVec4 rgb(std::uint32_t hex, float alpha = 1.0F) {
    return ImVec4{static_cast<float>((hex >> 16U) & 0xFFU) / 255.0F,
                  static_cast<float>((hex >> 8U) & 0xFFU) / 255.0F,
                  static_cast<float>(hex & 0xFFU) / 255.0F, alpha};
}

Theme make_kiosk_theme() {
    return Theme{
        .background = rgb(0xF5F1EA),       // warm paper
        .surface = rgb(0xFFFFFF),
        .surface_pressed = rgb(0xE6E0D6),
        .border = rgb(0xCFC6B8),
        .shadow = rgb(0x1D2B36, 0.18F),
        .text = rgb(0x1D2B36),             // deep ink blue, ~14:1 on the background
        .text_muted = rgb(0x4F5D68),       // ~6:1 on the background
        .primary = rgb(0x0B6E69),          // calm teal, white text on it is ~6:1
        .primary_hover = rgb(0x0E7F79),
        .primary_pressed = rgb(0x08534F),
        .on_primary = rgb(0xFFFFFF),
        .accent = rgb(0xF3C969),           // soft sunflower for "this one is chosen"
        .on_accent = rgb(0x1D2B36),
        .danger = rgb(0xB3261E),
        .warning = rgb(0x8A5300),
        .success = rgb(0x1E6B3A),
        .focus = rgb(0xE08A00),            // amber ring, visible on teal and on paper
    };
}

}  // namespace

const Theme& kiosk_theme() {
    static const Theme theme = make_kiosk_theme();
    return theme;
}

ImU32 to_u32(const ImVec4& colour) { return ImGui::ColorConvertFloat4ToU32(colour); }

void apply_theme(const Theme& theme, float scale, float body_px, ImGuiStyle& style) {
    style = ImGuiStyle{};
    style.ScaleAllSizes(scale);

    // Shapes in em of the body font, so every screen size keeps the same proportions.
    style.WindowRounding = 0.0F;
    style.WindowBorderSize = 0.0F;
    style.FrameRounding = 0.45F * body_px;
    style.FrameBorderSize = 0.0F;
    style.ChildRounding = 0.6F * body_px;
    style.PopupRounding = 0.45F * body_px;
    style.GrabRounding = 0.45F * body_px;
    style.ScrollbarSize = 0.9F * body_px;
    style.ScrollbarRounding = 0.45F * body_px;
    style.WindowPadding = ImVec2{body_px, body_px};
    style.FramePadding = ImVec2{0.8F * body_px, 0.5F * body_px};
    style.ItemSpacing = ImVec2{0.6F * body_px, 0.6F * body_px};
    style.ItemInnerSpacing = ImVec2{0.4F * body_px, 0.4F * body_px};
    // Fingers are less precise than a mouse pointer.
    style.TouchExtraPadding = ImVec2{0.25F * body_px, 0.25F * body_px};

    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = theme.text;
    c[ImGuiCol_TextDisabled] = theme.text_muted;
    c[ImGuiCol_WindowBg] = theme.background;
    c[ImGuiCol_ChildBg] = theme.surface;
    c[ImGuiCol_PopupBg] = theme.surface;
    c[ImGuiCol_Border] = theme.border;
    c[ImGuiCol_BorderShadow] = ImVec4{0, 0, 0, 0};
    c[ImGuiCol_FrameBg] = theme.surface;
    c[ImGuiCol_FrameBgHovered] = theme.surface;
    c[ImGuiCol_FrameBgActive] = theme.surface_pressed;
    c[ImGuiCol_TitleBg] = theme.primary;
    c[ImGuiCol_TitleBgActive] = theme.primary;
    c[ImGuiCol_TitleBgCollapsed] = theme.primary;
    c[ImGuiCol_MenuBarBg] = theme.surface;
    c[ImGuiCol_ScrollbarBg] = theme.background;
    c[ImGuiCol_ScrollbarGrab] = theme.border;
    c[ImGuiCol_ScrollbarGrabHovered] = theme.text_muted;
    c[ImGuiCol_ScrollbarGrabActive] = theme.text;
    c[ImGuiCol_CheckMark] = theme.primary;
    c[ImGuiCol_SliderGrab] = theme.primary;
    c[ImGuiCol_SliderGrabActive] = theme.primary_pressed;
    c[ImGuiCol_Button] = theme.primary;
    c[ImGuiCol_ButtonHovered] = theme.primary_hover;
    c[ImGuiCol_ButtonActive] = theme.primary_pressed;
    c[ImGuiCol_Header] = theme.surface;
    c[ImGuiCol_HeaderHovered] = theme.surface_pressed;
    c[ImGuiCol_HeaderActive] = theme.surface_pressed;
    c[ImGuiCol_Separator] = theme.border;
    c[ImGuiCol_SeparatorHovered] = theme.border;
    c[ImGuiCol_SeparatorActive] = theme.border;
    c[ImGuiCol_ResizeGrip] = ImVec4{0, 0, 0, 0};
    c[ImGuiCol_ResizeGripHovered] = ImVec4{0, 0, 0, 0};
    c[ImGuiCol_ResizeGripActive] = ImVec4{0, 0, 0, 0};
    c[ImGuiCol_Tab] = theme.surface;
    c[ImGuiCol_TabHovered] = theme.surface_pressed;
    c[ImGuiCol_TabActive] = theme.primary;
    c[ImGuiCol_TabUnfocused] = theme.surface;
    c[ImGuiCol_TabUnfocusedActive] = theme.primary;
    c[ImGuiCol_TableHeaderBg] = theme.surface;
    c[ImGuiCol_TableBorderStrong] = theme.border;
    c[ImGuiCol_TableBorderLight] = theme.border;
    c[ImGuiCol_TableRowBg] = ImVec4{0, 0, 0, 0};
    c[ImGuiCol_TableRowBgAlt] = theme.background;
    c[ImGuiCol_PlotLines] = theme.primary;
    c[ImGuiCol_PlotLinesHovered] = theme.primary_hover;
    c[ImGuiCol_PlotHistogram] = theme.primary;
    c[ImGuiCol_PlotHistogramHovered] = theme.primary_hover;
    c[ImGuiCol_TextSelectedBg] = theme.accent;
    c[ImGuiCol_DragDropTarget] = theme.focus;
    c[ImGuiCol_NavHighlight] = theme.focus;
    c[ImGuiCol_NavWindowingHighlight] = theme.focus;
    c[ImGuiCol_NavWindowingDimBg] = ImVec4{theme.text.x, theme.text.y, theme.text.z, 0.35F};
    c[ImGuiCol_ModalWindowDimBg] = ImVec4{theme.text.x, theme.text.y, theme.text.z, 0.35F};
}

}  // namespace kiosk::ui
