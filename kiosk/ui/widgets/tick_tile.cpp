#include "kiosk/ui/widgets/tick_tile.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <string>

#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/item_registry.hpp"

namespace kiosk::ui {

bool tick_tile(const UiResources& ui, const TickTile& tile) {
    const Theme& theme = *ui.theme;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImFont* font = tile.font != nullptr ? tile.font : ui.fonts.large;
    // A tile given a width wraps a label too long for one line and grows to hold it, so a long
    // sentence in Spanish or Polish is never cut off.
    const float text_left = em(0.9F) + em(1.6F) + em(0.8F);
    const float wrap_w = tile.size.x > 0.0F ? tile.size.x - text_left - em(0.8F) : 0.0F;
    const float label_h =
        wrap_w > 0.0F ? font->CalcTextSizeA(font->FontSize, FLT_MAX, wrap_w, tile.label).y : font->FontSize;
    const float note_h = tile.note != nullptr ? ui.fonts.body->FontSize + em(0.1F) : 0.0F;
    const ImVec2 size{tile.size.x, std::max({tile.size.y, touch_target_height(), label_h + note_h + em(0.9F)})};
    const std::string id = std::string{"##tile_"} + std::string{tile.id};

    ImGui::BeginDisabled(!tile.enabled);
    const bool pressed = ImGui::InvisibleButton(id.c_str(), size) && tile.enabled;
    const bool held = ImGui::IsItemActive();
    register_last_item(tile.label);
    ImGui::EndDisabled();

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float rounding = ImGui::GetStyle().FrameRounding;
    const ImVec2 end{at.x + size.x, at.y + size.y};
    const ImVec4 fill = tile.ticked ? theme.accent : (held ? theme.surface_pressed : theme.surface);
    draw->AddRectFilled(at, end, to_u32(fill), rounding);
    draw->AddRect(at, end, to_u32(tile.ticked ? theme.text : theme.border), rounding, 0, em(0.08F));

    // The tick box: an empty square, or a filled one with a tick drawn in it.
    const float box = em(1.6F);
    const ImVec2 box_min{at.x + em(0.9F), at.y + (size.y - box) * 0.5F};
    const ImVec2 box_max{box_min.x + box, box_min.y + box};
    if (tile.enabled) {
        draw->AddRectFilled(box_min, box_max, to_u32(tile.ticked ? theme.primary : theme.background), em(0.25F));
        draw->AddRect(box_min, box_max, to_u32(theme.primary), em(0.25F), 0, em(0.12F));
        if (tile.ticked) {
            const ImVec2 points[3] = {{box_min.x + box * 0.22F, box_min.y + box * 0.52F},
                                      {box_min.x + box * 0.42F, box_min.y + box * 0.72F},
                                      {box_min.x + box * 0.78F, box_min.y + box * 0.3F}};
            draw->AddPolyline(points, 3, to_u32(theme.on_primary), 0, em(0.22F));
        }
    }

    // The words, as ImGui text so screen-reading tests and logging see them.
    const ImVec2 saved = ImGui::GetCursorPos();
    const ImVec2 window = ImGui::GetWindowPos();
    const float text_x = box_max.x + em(0.8F) - window.x;
    const float text_top = at.y - window.y + (size.y - label_h - note_h) * 0.5F;
    ImGui::SetCursorPos(ImVec2{text_x, text_top});
    ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, tile.enabled ? theme.text : theme.text_muted);
    if (wrap_w > 0.0F) ImGui::PushTextWrapPos(text_x + wrap_w);
    ImGui::TextUnformatted(tile.label);
    if (wrap_w > 0.0F) ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
    if (tile.note != nullptr) {
        ImGui::SetCursorPos(ImVec2{text_x, text_top + label_h + em(0.1F)});
        ImGui::PushFont(ui.fonts.body);
        ImGui::PushStyleColor(ImGuiCol_Text, theme.text_muted);
        ImGui::TextUnformatted(tile.note);
        ImGui::PopStyleColor();
        ImGui::PopFont();
    }
    ImGui::SetCursorPos(saved);
    return pressed;
}

}  // namespace kiosk::ui
