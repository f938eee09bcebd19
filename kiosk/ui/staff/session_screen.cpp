#include "kiosk/ui/staff/session_screen.hpp"

#include <imgui.h>

#include <array>
#include <string>

#include "kiosk/ui/intent.hpp"
#include "kiosk/ui/staff/contact_lines.hpp"
#include "kiosk/ui/text_fill.hpp"
#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/layout.hpp"
#include "kiosk/ui/widgets/on_screen_keyboard.hpp"
#include "kiosk/ui/widgets/staff_body.hpp"
#include "kiosk/ui/widgets/staff_header.hpp"
#include "kiosk/ui/widgets/text_field.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"
#include "kiosk/ui/widgets/touch_scroll.hpp"

namespace kiosk::ui {

namespace {

// A step button: shown greyed out (and inert) when the session is not at that step.
bool step_button(const UiResources& ui, std::string_view id, const char* label, bool enabled, ButtonKind kind,
                 float width) {
    ImGui::BeginDisabled(!enabled);
    // The room a label really has: the button less its padding on both sides.
    const float room = width - 2.0F * ImGui::GetStyle().FramePadding.x;
    ImFont* font = largest_font_fitting(label, room, {ui.fonts.large, ui.fonts.body_bold, ui.fonts.body});
    const bool pressed = touch_button(ui, {.id = id, .label = label, .kind = kind, .font = font,
                                           .size = {width, 0.0F}, .raised = false});
    ImGui::EndDisabled();
    return pressed && enabled;
}

void facts(const SessionView& view, const UiResources& ui) {
    const BoardRowView& s = view.session;
    // The title font when the line fits the column (a long name, a 90-minute "15:30–17:00"
    // may not), else the next size down.
    const std::string title = s.child_first_name + "  \xC2\xB7  " + s.starts_hhmm + "\xE2\x80\x93" + s.ends_hhmm;
    ImGui::PushFont(largest_font_fitting(title.c_str(), ImGui::GetContentRegionAvail().x,
                                         {ui.fonts.title, ui.fonts.large, ui.fonts.body_bold}));
    ImGui::TextUnformatted(title.c_str());
    ImGui::PopFont();
    ImGui::TextUnformatted((s.room + "  \xC2\xB7  " + ui.text.tr(s.age_band_key)).c_str());
    ImGui::PushFont(ui.fonts.body_bold);
    ImGui::PushStyleColor(ImGuiCol_Text, ui.theme->primary);
    ImGui::TextUnformatted((std::string{ui.text.tr("staff.session.now")} + " " + ui.text.tr(s.stage_key)).c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    // A call has nobody arriving and nobody to see off: its joins and drops say it all.
    for (const auto& w : view.is_call ? std::vector<BoardWindowView>{} : s.windows) {
        ImGui::TextUnformatted((std::string{ui.text.tr(w.party_key)} + " " + ui.text.tr("staff.session.arrives") + " " +
                                w.from_hhmm + "\xE2\x80\x93" + w.until_hhmm).c_str());
    }
    if (!s.allergies.empty()) staff_problem(ui, ui.text.tr("staff.board.allergies") + std::string{" "} + s.allergies);
    if (!s.medical.empty()) staff_problem(ui, ui.text.tr("staff.board.medical") + std::string{" "} + s.medical);
    if (!s.needs.empty()) staff_hint(ui, (ui.text.tr("staff.board.needs") + std::string{" "} + s.needs).c_str());
    draw_contact_lines(s, ui, 0.0F);

    if (view.is_call) return;
    staff_heading(ui, ui.text.tr("staff.session.departure"));
    int order = 1;
    for (const auto& step : view.departure) {
        std::string line = std::to_string(order++) + ". " + ui.text.tr(step.party_key);
        if (!step.child_first_name.empty()) line += " (" + step.child_first_name + ")";  // a sibling's own carer
        if (step.wait_minutes > 0) {
            line += std::string{" \xE2\x80\x94 "} + ui.text.tr("staff.session.waits") + " " + std::to_string(step.wait_minutes) +
                    " " + ui.text.tr("staff.session.minutes");
        } else {
            line += std::string{" \xE2\x80\x94 "} + ui.text.tr("staff.session.leaves_first");
        }
        ImGui::TextUnformatted(line.c_str());
    }
}

SessionIntent end_early_panel(const SessionView& view, const UiResources& ui, float width) {
    SessionIntent intent;
    staff_heading(ui, ui.text.tr("staff.session.why_early"));
    const float half = (width - em(0.6F)) * 0.5F;
    for (std::size_t i = 0; i < view.reason_keys.size(); ++i) {
        if (i % 2 == 1) ImGui::SameLine(0.0F, em(0.6F));
        const bool chosen = static_cast<int>(i) == view.chosen_reason;
        const std::string id = "reason_" + std::to_string(i);
        if (touch_button(ui, {.id = id, .label = ui.text.tr(view.reason_keys[i]),
                              .kind = chosen ? ButtonKind::Chosen : ButtonKind::Secondary, .font = ui.fonts.body,
                              .size = {half, em(2.2F)}, .raised = false})) {
            intent = ChooseEndReason{static_cast<int>(i)};
        }
    }
    std::string words;
    if (text_field(ui, {.id = "early_words", .label = ui.text.tr("staff.session.early_words"), .lines = 2.0F, .width = 0.0F},
                   view.early_words, words)) {
        intent = EarlyWordsEdited{std::move(words)};
    }
    if (step_button(ui, "confirm_early", ui.text.tr("staff.session.confirm_early"), view.chosen_reason >= 0,
                    ButtonKind::Primary, half)) {
        intent = ConfirmEndEarly{};
    }
    ImGui::SameLine(0.0F, em(0.6F));
    if (step_button(ui, "cancel_early", ui.text.tr("staff.session.cancel_early"), true, ButtonKind::Secondary, half)) {
        intent = CancelEndEarly{};
    }
    return intent;
}

// A call: each party's line with Joined, Left and Dropped, only the ones that make sense now.
SessionIntent call_panel(const SessionView& view, const UiResources& ui, float width) {
    SessionIntent intent;
    staff_heading(ui, ui.text.tr("staff.session.call"));
    constexpr std::array<const char*, 3> kKinds{"staff.session.call_joined", "staff.session.call_left",
                                                "staff.session.call_dropped"};
    const float third = (width - 2.0F * em(0.6F)) / 3.0F;
    for (const auto& party : view.call_parties) {
        ImGui::PushFont(ui.fonts.body_bold);
        ImGui::TextUnformatted((std::string{ui.text.tr(party.party_key)} + " \xE2\x80\x94 " +
                                ui.text.tr(party.on_call ? "staff.session.on_call" : "staff.session.off_call"))
                                   .c_str());
        ImGui::PopFont();
        for (int kind = 0; kind < 3; ++kind) {
            if (kind > 0) ImGui::SameLine(0.0F, em(0.6F));
            const bool allowed = kind == 0 ? !party.on_call : party.on_call;
            const std::string id = "call_" + std::to_string(party.party) + "_" + std::to_string(kind);
            if (step_button(ui, id, ui.text.tr(kKinds[static_cast<std::size_t>(kind)]), allowed,
                            kind == 0 ? ButtonKind::Primary : ButtonKind::Secondary, third)) {
                intent = RecordCallEvent{party.party, kind};
            }
        }
    }
    return intent;
}

SessionIntent steps(const SessionView& view, const UiResources& ui, float width) {
    SessionIntent intent;
    std::string typed;
    // Nobody is brought to a call; a sibling still is, by their own carer.
    if ((!view.is_call || !view.sibling_arrivals.empty()) &&
        text_field(ui, {.id = "brought_by", .label = ui.text.tr("staff.session.brought_by"), .lines = 1.0F, .width = 0.0F},
                   view.brought_by, typed)) {
        intent = BroughtByEdited{std::move(typed)};
    }
    const float half = (width - em(0.6F)) * 0.5F;
    if (view.is_call) {
        if (auto asked = call_panel(view, ui, width); !std::holds_alternative<std::monostate>(asked)) intent = asked;
    } else {
        if (step_button(ui, "child_arrived", ui.text.tr("staff.session.child_arrived"), view.can_mark_child_arrived,
                        ButtonKind::Primary, half)) {
            intent = MarkChildArrived{};
        }
        ImGui::SameLine(0.0F, em(0.6F));
        if (step_button(ui, "parent_arrived", ui.text.tr("staff.session.parent_arrived"), view.can_mark_parent_arrived,
                        ButtonKind::Secondary, half)) {
            intent = MarkParentArrived{};
        }
    }
    for (const auto& sibling : view.sibling_arrivals) {
        const std::string label = fill(ui.text.tr(sibling.arrived ? "staff.session.sibling_here" : "staff.session.sibling_arrived"),
                                       {{"name", sibling.first_name}});
        if (step_button(ui, "sibling_" + std::to_string(sibling.child_id), label.c_str(), sibling.can_mark,
                        ButtonKind::Primary, width)) {
            intent = MarkSiblingArrived{sibling.child_id};
        }
    }
    if (!view.is_call) {
        if (step_button(ui, "parent_through", ui.text.tr("staff.session.bring_parent"), view.can_bring_parent_through,
                        ButtonKind::Secondary, half)) {
            intent = BringParentThrough{};
        }
        ImGui::SameLine(0.0F, em(0.6F));
    }
    if (step_button(ui, "start", ui.text.tr("staff.session.start"), view.can_start, ButtonKind::Primary, half)) {
        intent = StartSession{};
    }
    if (step_button(ui, "end", ui.text.tr("staff.session.end"), view.can_end, ButtonKind::Primary, half)) {
        intent = EndSession{};
    }
    ImGui::SameLine(0.0F, em(0.6F));
    if (step_button(ui, "end_early", ui.text.tr("staff.session.end_early"), view.can_end && !view.ending_early,
                    ButtonKind::Secondary, half)) {
        intent = BeginEndEarly{};
    }
    if (step_button(ui, "open_record", ui.text.tr("staff.session.open_record"), view.has_record, ButtonKind::Primary,
                    half)) {
        intent = OpenRecord{};
    }
    ImGui::SameLine(0.0F, em(0.6F));
    if (step_button(ui, "life_story", ui.text.tr("staff.session.life_story"), true, ButtonKind::Secondary, half)) {
        intent = OpenLifeStory{};
    }
    return intent;
}

}  // namespace

SessionIntent draw_session_screen(const SessionView& view, const UiResources& ui) {
    SessionIntent intent;
    begin_screen("staff/session", *ui.theme);
    const StaffHeaderResult header =
        staff_header(ui, {.title = ui.text.tr("staff.session.title"), .worker_name = view.worker_name,
                          .clock_hhmm = view.clock_hhmm, .back_label = ui.text.tr("staff.common.board")});
    if (header.back) intent = BackToBoard{};
    if (header.lock) intent = LockStaffFace{};

    const StaffColumns columns =
        begin_staff_columns(ui, header.height, {.left_fraction = 0.42F, .padding_x_em = 1.2F, .padding_y_em = 0.8F});
    begin_left_column(columns, "facts");
    facts(view, ui);
    end_staff_column(false);

    begin_right_column(columns, "steps");
    const float inner = ImGui::GetContentRegionAvail().x;
    staff_problem(ui, view.message);
    keep_asked(intent, view.ending_early ? end_early_panel(view, ui, inner) : steps(view, ui, inner));
    end_staff_column(true);
    end_staff_columns();
    end_screen();
    return intent;
}

}  // namespace kiosk::ui
