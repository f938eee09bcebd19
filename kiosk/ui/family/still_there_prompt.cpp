#include "kiosk/ui/family/still_there_prompt.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "kiosk/ui/text_fill.hpp"
#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/layout.hpp"
#include "kiosk/ui/widgets/text_capture.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"

namespace kiosk::ui {

StillThereIntent draw_still_there_prompt(const StillThereView& view, const UiResources& ui) {
    const Theme& theme = *ui.theme;
    StillThereIntent intent;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::SetNextWindowFocus();  // on top of the screen under it, which cannot be pressed now
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4{theme.text.x, theme.text.y, theme.text.z, 0.55F});
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2{0.0F, 0.0F});
    constexpr ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav;
    ImGui::Begin("family/still_there", nullptr, flags);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    capture_window_begin();

    // A touch anywhere on the dimmed screen says "still here" as well as the button does.
    const ImVec2 size = ImGui::GetWindowSize();
    ImGui::SetCursorPos(ImVec2{0.0F, 0.0F});
    if (ImGui::InvisibleButton("##anywhere", size)) intent = StillHere{};
    ImGui::SetItemAllowOverlap();  // the real button drawn over it takes the taps that land on it

    const float card_w = std::min(size.x - em(4.0F), em(30.0F));
    const float text_w = card_w - em(3.0F);
    const std::string seconds = std::to_string(view.seconds_left);
    const std::string hint = fill(ui.text.tr("still_there.hint"), {{"seconds", seconds}});
    const TouchButton here{.id = "still_here", .label = ui.text.tr("still_there.here"), .kind = ButtonKind::Primary,
                           .font = ui.fonts.title, .size = {std::min(text_w, em(18.0F)), em(3.6F)}, .raised = true};
    const float card_h = em(1.6F) + centered_text_height(ui.text.tr("still_there.title"), ui.fonts.title, text_w) +
                         em(0.8F) + ui.fonts.display->FontSize + em(0.8F) +
                         centered_text_height(hint.c_str(), ui.fonts.large, text_w) + em(1.6F) +
                         touch_button_size(ui, here).y + em(1.6F);
    const ImVec2 card_min{viewport->Pos.x + (size.x - card_w) * 0.5F, viewport->Pos.y + (size.y - card_h) * 0.5F};
    ImGui::GetWindowDrawList()->AddRectFilled(card_min, ImVec2{card_min.x + card_w, card_min.y + card_h},
                                              to_u32(theme.surface), ImGui::GetStyle().ChildRounding * 2.0F);

    // Centred lines: centered_text centres in the window's content width, which is the screen.
    ImGui::SetCursorPos(ImVec2{0.0F, card_min.y - viewport->Pos.y + em(1.6F)});
    centered_text(ui.text.tr("still_there.title"), ui.fonts.title, theme.text, text_w);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + em(0.8F));
    centered_text(seconds.c_str(), ui.fonts.display, theme.primary, text_w);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + em(0.8F));
    centered_text(hint.c_str(), ui.fonts.large, theme.text, text_w);
    ImGui::SetCursorPos(ImVec2{(size.x - touch_button_size(ui, here).x) * 0.5F, ImGui::GetCursorPosY() + em(1.6F)});
    if (touch_button(ui, here)) intent = StillHere{};

    capture_window_end();
    ImGui::End();
    return intent;
}

}  // namespace kiosk::ui
