#include "kiosk/ui/family/code_screen.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>

#include "kiosk/core/visit_code.hpp"
#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/code_keypad.hpp"
#include "kiosk/ui/widgets/layout.hpp"
#include "kiosk/ui/widgets/screen_frame.hpp"
#include "kiosk/ui/widgets/venue_header.hpp"

namespace kiosk::ui {

namespace {

// Six boxes, one per character, so a person sees how many are left to type.
void draw_code_boxes(const UiResources& ui, const std::string& typed, float left, float top) {
    const Theme& theme = *ui.theme;
    ImFont* font = ui.fonts.title;
    const float box_w = em(2.5F);
    const float box_h = em(3.0F);
    const float gap = em(0.4F);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 window = ImGui::GetWindowPos();
    for (std::size_t i = 0; i < core::kVisitCodeLength; ++i) {
        const float x = left + static_cast<float>(i) * (box_w + gap);
        const ImVec2 min{window.x + x, window.y + top};
        const ImVec2 max{min.x + box_w, min.y + box_h};
        const bool next = i == typed.size();
        draw->AddRectFilled(min, max, to_u32(theme.surface), em(0.3F));
        draw->AddRect(min, max, to_u32(next ? theme.primary : theme.border), em(0.3F), 0, em(next ? 0.15F : 0.08F));
        if (i < typed.size()) {
            const char text[2] = {typed[i], '\0'};
            const float w = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0F, text).x;
            ImGui::SetCursorPos(ImVec2{x + (box_w - w) * 0.5F, top + (box_h - font->FontSize) * 0.5F});
            ImGui::PushFont(font);
            ImGui::TextUnformatted(text);
            ImGui::PopFont();
        }
    }
}

}  // namespace

CodeIntent draw_code_screen(const CodeView& view, const UiResources& ui) {
    const Theme& theme = *ui.theme;
    CodeIntent intent;
    begin_screen("family/code", theme);

    const float header_bottom = venue_header(ui, view.venue_name, view.clock_hhmm);
    const float width = ImGui::GetWindowWidth();
    const float side = em(1.6F);
    // Words and the typed code on the left, the keypad on the right: both fit a landscape
    // lobby screen without scrolling.
    const float left_width = std::min(width * 0.42F, em(24.0F));
    const float keypad_left = side + left_width + em(1.6F);
    const float keypad_top = header_bottom + em(1.0F);
    const ImVec2 keypad_size{width - keypad_left - side, footer_top() - em(0.8F) - keypad_top};

    ImGui::SetCursorPos(ImVec2{side, header_bottom + em(1.0F)});
    wrapped_text(ui.text.tr(view.for_feedback ? "code.feedback_title" : "code.title"), ui.fonts.title, theme.text,
                 left_width);
    ImGui::SetCursorPosX(side);
    wrapped_text(ui.text.tr("code.hint"), ui.fonts.body, theme.text_muted, left_width);
    const float boxes_top = ImGui::GetCursorPosY() + em(0.8F);
    draw_code_boxes(ui, view.typed, side, boxes_top);
    if (!view.message_key.empty()) {
        ImGui::SetCursorPos(ImVec2{side, boxes_top + em(3.8F)});
        wrapped_text(ui.text.tr(view.message_key), ui.fonts.large, theme.warning, left_width);
    }

    ImGui::SetCursorPos(ImVec2{keypad_left, keypad_top});
    const bool room_left = view.typed.size() < core::kVisitCodeLength;
    if (const auto key = code_keypad(ui, core::kVisitCodeAlphabet, keypad_size, true)) {
        if (key->is_delete()) {
            intent = DeleteCodeCharacter{};
        } else if (room_left) {
            intent = TypeCodeCharacter{key->character};
        }
    }

    if (screen_footer(ui, {}).start_again) intent = StartAgain{};
    end_screen();
    return intent;
}

}  // namespace kiosk::ui
