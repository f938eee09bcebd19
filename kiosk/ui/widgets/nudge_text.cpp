#include "kiosk/ui/widgets/nudge_text.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>

#include "kiosk/ui/units.hpp"

namespace kiosk::ui {

void nudge_text(const UiResources& ui, const std::string& text,
                const std::vector<std::pair<std::size_t, std::size_t>>& ranges, const char* hint) {
    if (ranges.empty()) return;
    ImFont* font = ui.fonts.body;
    const float max_width = ImGui::GetContentRegionAvail().x;
    const char* begin = text.c_str();
    const char* end = begin + text.size();
    const char* line = begin;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 underline = to_u32(ui.theme->warning);
    ImGui::PushStyleColor(ImGuiCol_Text, ui.theme->text_muted);
    while (line < end) {
        const char* line_end = font->CalcWordWrapPositionA(1.0F, line, end, max_width);
        if (line_end == line) line_end = line + 1;
        const char* newline = std::find(line, line_end, '\n');
        if (newline != line_end) line_end = newline;
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::TextUnformatted(line, line_end);
        const auto first = static_cast<std::size_t>(line - begin);
        const auto last = static_cast<std::size_t>(line_end - begin);
        for (const auto& [from, to] : ranges) {
            // The part of this range on this line, measured from the line's start.
            const std::size_t a = std::max(from, first);
            const std::size_t b = std::min(to, last);
            if (a >= b) continue;
            const float x0 = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0F, line, begin + a).x;
            const float x1 = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0F, line, begin + b).x;
            const float y = at.y + font->FontSize + em(0.05F);
            draw->AddLine(ImVec2{at.x + x0, y}, ImVec2{at.x + x1, y}, underline, em(0.12F));
        }
        line = line_end;
        while (line < end && (*line == ' ' || *line == '\n')) ++line;
    }
    ImGui::PopStyleColor();
    ImGui::PushStyleColor(ImGuiCol_Text, ui.theme->warning);
    ImGui::PushTextWrapPos(0.0F);
    ImGui::TextUnformatted(hint);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

}  // namespace kiosk::ui
