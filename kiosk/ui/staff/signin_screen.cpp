#include "kiosk/ui/staff/signin_screen.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/layout.hpp"
#include "kiosk/ui/widgets/staff_header.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"

namespace kiosk::ui {

namespace {

SignInIntent draw_roster(const SignInView& view, const UiResources& ui, float top) {
    const Theme& theme = *ui.theme;
    const float width = ImGui::GetWindowWidth();
    const float text_width = std::min(width - em(4.0F), em(34.0F));
    ImGui::SetCursorPos(ImVec2{0.0F, top});
    centered_text(ui.text.tr("staff.signin.who"), ui.fonts.title, theme.text, text_width);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + em(1.0F));

    // Big name buttons, three to a row: a worker finds their own name at a glance.
    const float button_w = em(11.0F);
    const float button_h = em(4.0F);
    const float gap = em(1.0F);
    const std::size_t per_row = 3;
    SignInIntent intent;
    for (std::size_t i = 0; i < view.roster.size(); ++i) {
        const std::size_t in_row = std::min(per_row, view.roster.size() - (i / per_row) * per_row);
        const float row_w = static_cast<float>(in_row) * button_w + static_cast<float>(in_row - 1) * gap;
        if (i % per_row == 0) {
            ImGui::SetCursorPosX((width - row_w) * 0.5F);
        } else {
            ImGui::SameLine(0.0F, gap);
        }
        const std::string id = "staff_" + std::to_string(view.roster[i].staff_id);
        if (touch_button(ui, {.id = id, .label = view.roster[i].first_name.c_str(), .kind = ButtonKind::Secondary,
                              .font = ui.fonts.title, .size = {button_w, button_h}, .raised = false})) {
            intent = ChooseStaff{view.roster[i].staff_id};
        }
    }
    return intent;
}

SignInIntent draw_keypad(const SignInView& view, const UiResources& ui, float top) {
    const Theme& theme = *ui.theme;
    const float width = ImGui::GetWindowWidth();
    SignInIntent intent;

    // Left: who, the dots, the message. Right: the keypad, where the thumb is.
    const float left_w = width * 0.45F;
    ImGui::SetCursorPos(ImVec2{em(2.0F), top + em(1.0F)});
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(left_w);
    ImGui::PushFont(ui.fonts.title);
    ImGui::TextUnformatted(view.chosen_name.c_str());
    ImGui::PopFont();
    ImGui::TextUnformatted(ui.text.tr("staff.signin.enter_pin"));
    ImGui::Dummy(ImVec2{0.0F, em(0.6F)});
    // One dot per digit typed, on a row of at least six places.
    const std::size_t places = std::max<std::size_t>(6, view.digits_typed);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float r = em(0.45F);
    for (std::size_t i = 0; i < places; ++i) {
        const ImVec2 c{at.x + r + static_cast<float>(i) * r * 3.0F, at.y + r};
        if (i < view.digits_typed) {
            ImGui::GetWindowDrawList()->AddCircleFilled(c, r, to_u32(theme.text));
        } else {
            ImGui::GetWindowDrawList()->AddCircle(c, r, to_u32(theme.border), 0, em(0.1F));
        }
    }
    ImGui::Dummy(ImVec2{static_cast<float>(places) * r * 3.0F, r * 2.0F});
    ImGui::Dummy(ImVec2{0.0F, em(0.6F)});
    staff_problem(ui, view.message);
    ImGui::Dummy(ImVec2{0.0F, em(0.6F)});
    std::string someone_else = ui.text.tr("staff.signin.not_me");
    if (touch_button(ui, {.id = "not_me", .label = someone_else.c_str(), .kind = ButtonKind::Secondary,
                          .font = ui.fonts.body_bold, .size = {0.0F, 0.0F}, .raised = false})) {
        intent = ChooseSomeoneElse{};
    }
    // The person's own language for the staff face, kept once they sign in.
    ImGui::Dummy(ImVec2{0.0F, em(0.8F)});
    ImGui::PushStyleColor(ImGuiCol_Text, theme.text_muted);
    ImGui::TextUnformatted(ui.text.tr("staff.signin.language"));
    ImGui::PopStyleColor();
    bool first = true;
    for (const auto& language : ui.text.languages()) {
        const std::string id = "language_" + language.code;  // outlives the button (id is a view)
        const TouchButton choice{.id = id, .label = language.own_name.c_str(),
                                 .kind = language.code == view.language ? ButtonKind::Chosen : ButtonKind::Secondary,
                                 .font = ui.fonts.body, .size = {0.0F, 0.0F}, .raised = false};
        if (!first && ImGui::GetItemRectMax().x + em(0.5F) + touch_button_size(ui, choice).x <= left_w) {
            ImGui::SameLine(0.0F, em(0.5F));
        }
        first = false;
        if (touch_button(ui, choice)) intent = ChooseStaffLanguage{language.code};
    }
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();

    const float key = em(4.2F);
    const float gap = em(0.6F);
    const float pad_x = width - em(2.0F) - 3.0F * key - 2.0F * gap;
    constexpr const char* kKeys[12] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "\xE2\x8C\xAB", "0", "OK"};
    // Keys hold one digit, or a short word: little side padding, so "Sign in" fits its key.
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2{em(0.3F), ImGui::GetStyle().FramePadding.y});
    const float label_room = key - 2.0F * em(0.3F);
    for (int i = 0; i < 12; ++i) {
        const float x = pad_x + static_cast<float>(i % 3) * (key + gap);
        const float y = top + em(1.0F) + static_cast<float>(i / 3) * (key * 0.8F + gap);
        ImGui::SetCursorPos(ImVec2{x, y});
        const bool ok = i == 11;
        const char* label = ok ? ui.text.tr("staff.signin.sign_in") : kKeys[i];
        if (touch_button(ui, {.id = kKeys[i], .label = label, .kind = ok ? ButtonKind::Primary : ButtonKind::Secondary,
                              .font = ok ? largest_font_fitting(label, label_room, {ui.fonts.large, ui.fonts.body_bold}) : ui.fonts.title, .size = {key, key * 0.8F},
                              .raised = ok})) {
            if (ok) {
                intent = SubmitPin{};
            } else if (i == 9) {
                intent = PinBackspace{};
            } else {
                intent = PinDigit{kKeys[i][0]};
            }
        }
    }
    ImGui::PopStyleVar();
    // A tablet in a dock may have a keyboard: Enter signs in.
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter))) intent = SubmitPin{};
    return intent;
}

}  // namespace

SignInIntent draw_signin_screen(const SignInView& view, const UiResources& ui) {
    SignInIntent intent;
    begin_screen("staff/signin", *ui.theme);
    const StaffHeaderResult header =
        staff_header(ui, {.title = ui.text.tr("staff.signin.title"), .worker_name = {}, .clock_hhmm = view.clock_hhmm,
                          .back_label = nullptr});
    if (view.chosen == 0) {
        intent = draw_roster(view, ui, header.height + em(2.0F));
        if (!view.message.empty()) {
            ImGui::SetCursorPos(ImVec2{em(2.0F), ImGui::GetCursorPosY() + em(1.0F)});
            staff_problem(ui, view.message);
        }
    } else {
        intent = draw_keypad(view, ui, header.height + em(1.0F));
    }
    end_screen();
    return intent;
}

}  // namespace kiosk::ui
