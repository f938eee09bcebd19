#include "kiosk/ui/widgets/venue_header.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>

#include "kiosk/ui/units.hpp"

namespace kiosk::ui {

float venue_header(const UiResources& ui, const std::string& venue_name,
                   const std::string& clock_hhmm) {
    const Theme& theme = *ui.theme;
    ImFont* clock_font = ui.fonts.display;
    ImFont* name_font = ui.fonts.title;

    const ImVec2 origin = ImGui::GetWindowPos();
    const float width = ImGui::GetWindowWidth();
    const float side = em(1.6F);
    const ImVec2 clock_size =
        clock_font->CalcTextSizeA(clock_font->FontSize, FLT_MAX, 0.0F, clock_hhmm.c_str());
    // The name gets what the clock leaves; two lines of it still fit beside the clock.
    const float name_width = std::max(em(8.0F), width - clock_size.x - 3.0F * side);
    const ImVec2 name_size = name_font->CalcTextSizeA(name_font->FontSize, FLT_MAX, name_width,
                                                      venue_name.c_str());
    const float height = std::max(clock_size.y, name_size.y) + em(1.0F);

    // The band and its rule are decoration only: no words are drawn outside ImGui items.
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(origin, ImVec2{origin.x + width, origin.y + height},
                        to_u32(theme.surface));
    draw->AddRectFilled(ImVec2{origin.x, origin.y + height - em(0.15F)},
                        ImVec2{origin.x + width, origin.y + height}, to_u32(theme.primary));

    ImGui::PushFont(name_font);
    ImGui::PushStyleColor(ImGuiCol_Text, theme.text);
    ImGui::SetCursorPos(ImVec2{side, (height - name_size.y) * 0.5F});
    ImGui::PushTextWrapPos(side + name_width);
    ImGui::TextUnformatted(venue_name.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();

    ImGui::PushFont(clock_font);
    ImGui::PushStyleColor(ImGuiCol_Text, theme.text);
    ImGui::SetCursorPos(ImVec2{width - side - clock_size.x, (height - clock_size.y) * 0.5F});
    ImGui::TextUnformatted(clock_hhmm.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();

    ImGui::SetCursorPos(ImVec2{0.0F, height});
    return height;
}

}  // namespace kiosk::ui
