#include "kiosk/ui/widgets/layout.hpp"

#include <cfloat>
#include <cstring>

#include "kiosk/ui/widgets/text_capture.hpp"

namespace kiosk::ui {

namespace {

// Calls `line(begin, end)` for each line of `text` wrapped at `max_width` in `font`.
template <typename LineFn>
void for_each_wrapped_line(const char* text, ImFont* font, float max_width, LineFn line) {
    const char* cursor = text;
    const char* end = text + std::strlen(text);
    while (cursor < end) {
        const char* line_end =
            font->CalcWordWrapPositionA(1.0F, cursor, end, max_width);  // scale 1: real px font
        if (line_end == cursor) line_end = cursor + 1;  // a word wider than the line: cut it
        const char* newline = static_cast<const char*>(
            std::memchr(cursor, '\n', static_cast<std::size_t>(line_end - cursor)));
        if (newline != nullptr) line_end = newline;
        line(cursor, line_end);
        cursor = line_end;
        while (cursor < end && (*cursor == ' ' || *cursor == '\n')) ++cursor;
    }
}

// Lines of one paragraph sit closer than separate items do.
float line_gap(const ImFont* font) { return font->FontSize * 0.2F; }

}  // namespace

void begin_screen(const char* name, const Theme& theme) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, theme.background);
    // Screens place everything themselves; padding would also clip bands drawn edge to edge.
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2{0.0F, 0.0F});
    constexpr ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoSavedSettings |
                                       ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin(name, nullptr, flags);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    capture_window_begin();
}

void end_screen() {
    capture_window_end();
    ImGui::End();
}

void centered_text(const char* text, ImFont* font, const ImVec4& colour, float max_width) {
    ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing,
                        ImVec2{ImGui::GetStyle().ItemSpacing.x, line_gap(font)});
    const float left = ImGui::GetCursorPosX();
    const float available = ImGui::GetContentRegionAvail().x;
    for_each_wrapped_line(text, font, max_width, [&](const char* begin, const char* end) {
        const float width = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0F, begin, end).x;
        ImGui::SetCursorPosX(left + (available - width) * 0.5F);
        ImGui::TextUnformatted(begin, end);
    });
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

float centered_text_height(const char* text, ImFont* font, float max_width) {
    int lines = 0;
    for_each_wrapped_line(text, font, max_width, [&](const char*, const char*) { ++lines; });
    return lines == 0 ? 0.0F
                      : static_cast<float>(lines) * (font->FontSize + line_gap(font)) -
                            line_gap(font);
}

}  // namespace kiosk::ui
