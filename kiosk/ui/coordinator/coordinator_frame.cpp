#include "kiosk/ui/coordinator/coordinator_frame.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>

#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/layout.hpp"
#include "kiosk/ui/widgets/on_screen_keyboard.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"
#include "kiosk/ui/widgets/touch_scroll.hpp"

namespace kiosk::ui {
namespace {
struct TabEntry {
    CoordinatorTab tab;
    const char* id;
    const char* key;
};
constexpr std::array<TabEntry, 7> kTabs{{
    {CoordinatorTab::Referrals, "tab_referrals", "coord.tab.referrals"},
    {CoordinatorTab::Deadlines, "tab_deadlines", "coord.tab.deadlines"},
    {CoordinatorTab::Records, "tab_records", "coord.records.tab"},
    {CoordinatorTab::Schedule, "tab_schedule", "coord.tab.schedule"},
    {CoordinatorTab::Transition, "tab_transition", "coord.tab.transition"},
    {CoordinatorTab::Staff, "tab_staff", "coord.tab.staff"},
    {CoordinatorTab::Sync, "tab_sync", "coord.tab.sync"},
}};

float rail_width() { return em(10.0F); }

std::optional<CoordinatorTab> draw_rail(const CoordinatorFrameView& frame, const UiResources& ui) {
    const Theme& theme = *ui.theme;
    const ImVec2 origin = ImGui::GetWindowPos();
    ImGui::GetWindowDrawList()->AddRectFilled(origin, ImVec2{origin.x + rail_width(), origin.y + ImGui::GetWindowHeight()},
                                              to_u32(theme.surface));
    ImGui::SetCursorPos(ImVec2{em(0.8F), em(0.8F)});
    ImGui::PushFont(ui.fonts.large);
    ImGui::TextUnformatted(frame.coordinator_name.c_str());
    ImGui::PopFont();
    ImGui::SetCursorPosX(em(0.8F));
    ImGui::PushStyleColor(ImGuiCol_Text, theme.text_muted);
    ImGui::TextUnformatted(ui.text.tr("coord.signed_in_as"));
    ImGui::PopStyleColor();

    std::optional<CoordinatorTab> chosen;
    ImGui::SetCursorPosY(em(4.6F));
    for (const auto& entry : kTabs) {
        std::string label = ui.text.tr(entry.key);
        if (entry.tab == CoordinatorTab::Deadlines && frame.overdue > 0) {
            label += " (" + std::to_string(frame.overdue) + ")";
        }
        ImGui::SetCursorPosX(em(0.5F));
        if (touch_button(ui, {.id = entry.id,
                              .label = label.c_str(),
                              .kind = entry.tab == frame.tab ? ButtonKind::Primary : ButtonKind::Secondary,
                              .font = ui.fonts.body_bold,
                              .size = {rail_width() - em(1.0F), 0.0F},
                              .raised = false})) {
            chosen = entry.tab;
        }
        ImGui::Dummy(ImVec2{0.0F, em(0.1F)});
    }
    return chosen;
}
}  // namespace

std::optional<CoordinatorTab> begin_coordinator_screen(const char* window_name, const char* title,
                                                       const CoordinatorFrameView& frame, const UiResources& ui) {
    begin_screen(window_name, *ui.theme);
    const auto chosen = draw_rail(frame, ui);

    const float left = rail_width() + em(1.2F);
    // The date and sync status sit at the right; the title takes the room they leave, in a
    // smaller font where a long one ("Evaluación del riesgo — Isla, 16") would run into them.
    const float status_w = std::max(ImGui::CalcTextSize(frame.today.c_str()).x,
                                    ImGui::CalcTextSize(frame.sync_status.c_str()).x);
    const float title_room = ImGui::GetWindowWidth() - em(1.0F) - status_w - em(1.0F) - left;
    ImFont* title_font = largest_font_fitting(title, title_room, {ui.fonts.title, ui.fonts.large, ui.fonts.body_bold});
    ImGui::SetCursorPos(ImVec2{left, em(0.7F) + (ui.fonts.title->FontSize - title_font->FontSize) * 0.5F});
    ImGui::PushFont(title_font);
    ImGui::TextUnformatted(title);
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::SetCursorPosX(ImGui::GetWindowWidth() - em(1.0F) -
                         ImGui::CalcTextSize(frame.today.c_str()).x);
    ImGui::SetCursorPosY(frame.sync_status.empty() ? em(1.2F) : em(0.45F));
    ImGui::PushStyleColor(ImGuiCol_Text, ui.theme->text_muted);
    ImGui::TextUnformatted(frame.today.c_str());
    if (!frame.sync_status.empty()) {
        ImGui::SetCursorPos(ImVec2{ImGui::GetWindowWidth() - em(1.0F) - ImGui::CalcTextSize(frame.sync_status.c_str()).x,
                                   em(1.75F)});
        ImGui::TextUnformatted(frame.sync_status.c_str());
    }
    ImGui::PopStyleColor();

    ImGui::SetCursorPos(ImVec2{left, em(3.4F)});
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ui.theme->background);
    // The content ends above the on-screen keyboard while a field is being typed in.
    begin_scroll_area("content", ImVec2{ImGui::GetWindowWidth() - left - em(0.6F),
                                        ImGui::GetWindowHeight() - em(3.8F) - on_screen_keyboard_height()},
                      false);
    ImGui::PopStyleColor();
    return chosen;
}

void end_coordinator_screen() {
    end_scroll_area();
    end_screen();
}

}  // namespace kiosk::ui
