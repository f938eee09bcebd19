#include "kiosk/ui/family/done_screen.hpp"

#include <imgui.h>

#include <algorithm>

#include "kiosk/ui/text_fill.hpp"
#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/layout.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"
#include "kiosk/ui/widgets/venue_header.hpp"

namespace kiosk::ui {

namespace {
// "Sarah", "Sarah and Peter", "Sarah, Peter and Ann", with the language's own "and".
std::string join_names(const std::vector<std::string>& names, const char* and_word) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += i + 1 == names.size() ? std::string{" "} + and_word + " " : std::string{", "};
        out += names[i];
    }
    return out;
}
}  // namespace

DoneIntent draw_done_screen(const DoneView& view, const UiResources& ui) {
    const Theme& theme = *ui.theme;
    DoneIntent intent;
    begin_screen("family/done", theme);
    const float header_bottom = venue_header(ui, view.venue_name, view.clock_hhmm);
    const float width = ImGui::GetWindowWidth();
    const float text_width = std::min(width - em(4.0F), em(34.0F));

    const std::string names = join_names(view.first_names, ui.text.tr("done.and"));
    const std::string thanks = fill(ui.text.tr("done.thank_you"), {{"names", names}});
    const std::string meet = view.worker_name.empty()
                                 ? std::string{ui.text.tr("done.no_worker")}
                                 : fill(ui.text.tr("done.worker"), {{"worker", view.worker_name}});
    ImGui::SetCursorPos(ImVec2{0.0F, header_bottom + em(3.0F)});
    centered_text(thanks.c_str(), ui.fonts.title, theme.text, text_width);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + em(1.0F));
    centered_text(meet.c_str(), ui.fonts.large, theme.text, text_width);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + em(0.6F));
    centered_text(ui.text.tr("done.seat"), ui.fonts.large, theme.text_muted, text_width);

    const TouchButton finish{.id = "finish", .label = ui.text.tr("done.finish"), .kind = ButtonKind::Primary,
                             .font = ui.fonts.title, .size = {em(12.0F), em(3.4F)}, .raised = true};
    ImGui::SetCursorPos(ImVec2{(width - touch_button_size(ui, finish).x) * 0.5F, ImGui::GetCursorPosY() + em(2.0F)});
    if (touch_button(ui, finish)) intent = FinishCheckIn{};
    end_screen();
    return intent;
}

}  // namespace kiosk::ui
