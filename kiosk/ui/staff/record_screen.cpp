#include "kiosk/ui/staff/record_screen.hpp"

#include <imgui.h>

#include <cfloat>
#include <string>

#include "kiosk/ui/intent.hpp"
#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/layout.hpp"
#include "kiosk/ui/widgets/nudge_text.hpp"
#include "kiosk/ui/widgets/on_screen_keyboard.hpp"
#include "kiosk/ui/widgets/staff_body.hpp"
#include "kiosk/ui/widgets/staff_header.hpp"
#include "kiosk/ui/widgets/text_field.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"
#include "kiosk/ui/widgets/touch_scroll.hpp"

namespace kiosk::ui {

namespace {

RecordIntent timeline_column(const RecordView& view, const UiResources& ui) {
    RecordIntent intent;
    const float width = ImGui::GetContentRegionAvail().x;
    std::string typed;
    if (text_field(ui, {.id = "note", .label = ui.text.tr("staff.record.note"), .lines = 2.0F, .width = 0.0F},
                   view.note_text, typed)) {
        intent = NoteEdited{std::move(typed)};
    }
    if (touch_button(ui, {.id = "add_note", .label = ui.text.tr("staff.record.add_note"), .kind = ButtonKind::Primary,
                          .font = ui.fonts.body_bold, .size = {width, 0.0F}, .raised = false})) {
        intent = AddNote{};
    }

    staff_heading(ui, ui.text.tr("staff.record.quick"));
    // Two chips to a row: wide enough for their words, big enough for a thumb.
    const float chip_w = (width - em(0.5F)) * 0.5F;
    bool row_open = false;  // a half-width chip waits for a partner on its row
    for (std::size_t i = 0; i < view.chips.size(); ++i) {
        const std::string id = "chip_" + view.chips[i].key;
        const char* label = ui.text.tr(view.chips[i].label_key);
        const float label_w = ui.fonts.body->CalcTextSizeA(ui.fonts.body->FontSize, FLT_MAX, 0.0F, label).x;
        // A label too long for half the column gets the whole row, never cut words.
        const bool wide = label_w > chip_w - 2.0F * ImGui::GetStyle().FramePadding.x;
        if (row_open && !wide) ImGui::SameLine(0.0F, em(0.5F));
        row_open = !wide && !row_open;
        if (touch_button(ui, {.id = id, .label = label, .kind = ButtonKind::Secondary, .font = ui.fonts.body,
                              .size = {wide ? width : chip_w, em(2.4F)}, .raised = false})) {
            intent = TapChip{view.chips[i].key};
        }
    }

    staff_heading(ui, ui.text.tr("staff.record.timeline"));
    if (view.timeline.empty()) staff_hint(ui, ui.text.tr("staff.record.timeline_empty"));
    for (const auto& line : view.timeline) {
        ImGui::PushFont(ui.fonts.body_bold);
        ImGui::TextUnformatted(line.hhmm.c_str());
        ImGui::PopFont();
        ImGui::SameLine(em(3.6F));
        std::string words = line.chip_key.empty() ? std::string{} : std::string{ui.text.tr(line.chip_key)};
        if (!line.text.empty()) words += (words.empty() ? "" : ": ") + line.text;
        ImGui::PushTextWrapPos(0.0F);
        ImGui::TextUnformatted(words.c_str());
        ImGui::PopTextWrapPos();
    }
    return intent;
}

RecordIntent sections_column(const RecordView& view, const UiResources& ui) {
    RecordIntent intent;
    for (std::size_t i = 0; i < view.sections.size(); ++i) {
        const SectionView& section = view.sections[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::Dummy(ImVec2{0.0F, em(0.3F)});
        staff_hint(ui, ui.text.tr(section.prompt_key));
        std::string typed;
        const std::string id = "section_" + std::to_string(i);
        // A sibling session's per-child parts say whose they are.
        const std::string title = section.child_first_name.empty()
                                      ? std::string{ui.text.tr(section.title_key)}
                                      : section.child_first_name + " \xE2\x80\x94 " + ui.text.tr(section.title_key);
        if (text_field(ui, {.id = id,
                                .label = title.c_str(),
                                .lines = 3.0F,
                                .width = 0.0F,
                                .focus = static_cast<int>(i) == view.focus_section},
                       section.text, typed)) {
            intent = SectionEdited{i, std::move(typed)};
        }
        nudge_text(ui, section.text, section.nudges, ui.text.tr("staff.record.nudge_hint"));
        ImGui::PopID();
    }
    return intent;
}

}  // namespace

RecordIntent draw_record_screen(const RecordView& view, const UiResources& ui) {
    const Theme& theme = *ui.theme;
    RecordIntent intent;
    begin_screen("staff/record", theme);
    const std::string title = std::string{ui.text.tr("staff.record.title")} + " \xE2\x80\x94 " + view.child_first_name +
                              " (" + ui.text.tr(view.age_band_key) + ", " + view.session_hhmm + ")";
    const StaffHeaderResult header =
        staff_header(ui, {.title = title.c_str(), .worker_name = view.worker_name, .clock_hhmm = view.clock_hhmm,
                          .back_label = ui.text.tr("staff.common.session")});
    if (header.back) intent = BackToSession{};
    if (header.lock) intent = LockStaffFace{};

    const StaffColumns columns = begin_staff_columns(ui, header.height, {.left_fraction = 0.38F});
    const float left_w = columns.left_width;
    begin_left_column(columns, "timeline");
    keep_asked(intent, timeline_column(view, ui));
    end_staff_column(true);

    // Saved state first: a worker glances at it before trusting the tablet with more. Then the
    // two actions that matter most, at the right. Where the words do not fit one row (Spanish
    // and Polish labels are long) the buttons take regular type, then "Saved" a row of its own.
    const std::string saved = view.saved_hhmm.empty()
                                  ? std::string{ui.text.tr("staff.record.not_saved_yet")}
                                  : std::string{ui.text.tr("staff.record.saved")} + " " + view.saved_hhmm;
    TouchButton concern{.id = "raise_concern", .label = ui.text.tr("staff.record.raise_concern"),
                        .kind = ButtonKind::Danger, .font = ui.fonts.body_bold, .size = {0.0F, 0.0F}, .raised = false};
    TouchButton finalize{.id = "finalize", .label = ui.text.tr("staff.record.finalize"), .kind = ButtonKind::Primary,
                         .font = ui.fonts.body_bold, .size = {0.0F, 0.0F}, .raised = false};
    const float actions_w = columns.right_width;
    const float saved_w = ui.fonts.body_bold->CalcTextSizeA(ui.fonts.body_bold->FontSize, FLT_MAX, 0.0F, saved.c_str()).x;
    const auto buttons_w = [&] { return touch_button_size(ui, concern).x + em(0.6F) + touch_button_size(ui, finalize).x; };
    const float row_room = actions_w - 2.0F * em(1.0F) - saved_w - em(1.2F);
    if (buttons_w() > row_room) concern.font = finalize.font = ui.fonts.body;
    const bool saved_own_row = buttons_w() > row_room;
    const float saved_row_h = saved_own_row ? ui.fonts.body_bold->FontSize + em(0.4F) : 0.0F;
    const float actions_h = touch_target_height() + em(1.2F) + saved_row_h;

    ImGui::SetCursorPos(ImVec2{left_w, columns.top});
    ImGui::BeginChild("actions", ImVec2{actions_w, actions_h}, false,
                      ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar);
    if (!saved_own_row) {
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (touch_target_height() - ui.fonts.body_bold->FontSize) * 0.5F);
    }
    ImGui::PushFont(ui.fonts.body_bold);
    ImGui::PushStyleColor(ImGuiCol_Text, theme.success);
    ImGui::TextUnformatted(saved.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    const float right = ImGui::GetWindowWidth() - em(1.0F);
    ImGui::SetCursorPos(ImVec2{right - buttons_w(), em(0.6F) + saved_row_h});
    if (touch_button(ui, concern)) intent = RaiseConcern{};
    ImGui::SameLine(0.0F, em(0.6F));
    if (touch_button(ui, finalize)) intent = GoToFinalize{};
    ImGui::EndChild();

    begin_right_column(columns, "sections", actions_h);
    staff_problem(ui, view.message);
    keep_asked(intent, sections_column(view, ui));
    end_staff_column(true);
    end_staff_columns();
    end_screen();
    return intent;
}

}  // namespace kiosk::ui
