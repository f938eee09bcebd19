#include "kiosk/ui/family/locked_screen.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "kiosk/ui/text_fill.hpp"
#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/layout.hpp"
#include "kiosk/ui/widgets/screen_frame.hpp"
#include "kiosk/ui/widgets/venue_header.hpp"

namespace kiosk::ui {

LockedIntent draw_locked_screen(const LockedView& view, const UiResources& ui) {
    const Theme& theme = *ui.theme;
    LockedIntent intent;
    begin_screen("family/locked", theme);
    const float header_bottom = venue_header(ui, view.venue_name, view.clock_hhmm);
    const float text_width = std::min(ImGui::GetWindowWidth() - em(4.0F), em(32.0F));

    ImGui::SetCursorPos(ImVec2{0.0F, header_bottom + em(3.0F)});
    centered_text(ui.text.tr("locked.title"), ui.fonts.title, theme.text, text_width);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + em(1.0F));
    centered_text(ui.text.tr("locked.body"), ui.fonts.large, theme.text_muted, text_width);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + em(1.5F));
    const std::string minutes = std::to_string(view.minutes_left);
    const std::string wait = fill(ui.text.tr("locked.wait"), {{"minutes", minutes}});
    centered_text(wait.c_str(), ui.fonts.large, theme.primary, text_width);

    if (screen_footer(ui, {}).start_again) intent = StartAgain{};
    end_screen();
    return intent;
}

}  // namespace kiosk::ui
