#include "kiosk/ui/staff/letterbox_screen.hpp"

#include <imgui.h>

#include "kiosk/ui/dates.hpp"
#include "kiosk/ui/intent.hpp"
#include "kiosk/ui/text_fill.hpp"
#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/layout.hpp"
#include "kiosk/ui/widgets/on_screen_keyboard.hpp"
#include "kiosk/ui/widgets/staff_body.hpp"
#include "kiosk/ui/widgets/staff_header.hpp"
#include "kiosk/ui/widgets/text_field.hpp"
#include "kiosk/ui/widgets/tick_tile.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"
#include "kiosk/ui/widgets/touch_scroll.hpp"

namespace kiosk::ui {
namespace {

void wrapped(const UiResources& ui, ImFont* font, const ImVec4& colour, const std::string& text) {
    ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::PushTextWrapPos(0.0F);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
    (void)ui;
}

// "Isla · a letter from Dad · Fri 4 Dec"
std::string summary(const WaitingLetterLine& line, const UiResources& ui) {
    return line.child_first_name + " \xC2\xB7 " + fill(ui.text.tr(line.kind_from_key), {{"who", line.from_whom}}) +
           " \xC2\xB7 " + short_date(ui.text, line.received_date);
}

// "Dad writes to Isla, every 3 months", or that it came outside any arrangement.
std::string rule_words(const WaitingLetterLine& line, const UiResources& ui) {
    if (line.rule_key.empty()) return ui.text.tr("staff.letterbox.no_arrangement");
    const std::string months = std::to_string(line.every_months);
    return fill(ui.text.tr(line.rule_key), {{"who", line.with_whom}, {"child", line.child_first_name}}) + ", " +
           fill(ui.text.tr("coord.letterbox.every"), {{"months", months}});
}

const WaitingLetterLine* checking(const StaffLetterboxView& view) {
    for (const auto& line : view.waiting) {
        if (line.item_id == view.checking) return &line;
    }
    return nullptr;
}

// Left: the item, the rule it came under and the checks.
StaffLetterboxIntent check_column(const StaffLetterboxView& view, const UiResources& ui) {
    StaffLetterboxIntent intent;
    const WaitingLetterLine* line = checking(view);
    if (line == nullptr) {
        staff_hint(ui, ui.text.tr("staff.letterbox.none_waiting"));
        return intent;
    }
    wrapped(ui, ui.fonts.large, ui.theme->text, summary(*line, ui));
    wrapped(ui, ui.fonts.body, ui.theme->text, line->description);
    wrapped(ui, ui.fonts.body_bold, ui.theme->primary,
            std::string{ui.text.tr("staff.letterbox.rule")} + " " + rule_words(*line, ui));
    staff_heading(ui, ui.text.tr("staff.letterbox.checks"));
    staff_hint(ui, ui.text.tr("coord.letterbox.check_hint"));
    ImGui::Dummy(ImVec2{0.0F, em(0.2F)});
    const float width = ImGui::GetContentRegionAvail().x;
    for (std::size_t i = 0; i < view.check_keys.size(); ++i) {
        const std::string id = "check_" + std::to_string(i);
        const bool ticked = i < view.ticked.size() && view.ticked[i];
        if (tick_tile(ui, {.id = id, .label = ui.text.tr(view.check_keys[i]), .note = nullptr, .ticked = ticked,
                           .enabled = true, .size = {width, 0.0F}, .font = ui.fonts.body_bold})) {
            intent = TickLetterboxCheck{static_cast<int>(i)};
        }
    }
    return intent;
}

// Right: the reason, the two decisions under it (in reach above the keyboard while the reason is
// typed), what happened, then every item still waiting.
StaffLetterboxIntent decide_column(const StaffLetterboxView& view, const UiResources& ui) {
    StaffLetterboxIntent intent;
    const float width = ImGui::GetContentRegionAvail().x;
    if (checking(view) != nullptr) {
        std::string typed;
        if (text_field(ui, {.id = "letterbox_reason", .label = ui.text.tr("staff.letterbox.reason"), .lines = 2.0F,
                            .width = 0.0F},
                       view.reason, typed)) {
            intent = LetterboxReasonEdited{std::move(typed)};
        }
        const char* forward = ui.text.tr("coord.letterbox.forward");
        if (touch_button(ui, {.id = "forward_item", .label = forward, .kind = ButtonKind::Primary,
                              .font = largest_font_fitting(forward, width - em(1.0F), {ui.fonts.large, ui.fonts.body_bold}),
                              .size = {width, 0.0F}, .raised = true})) {
            intent = ForwardCheckedItem{};
        }
        ImGui::Dummy(ImVec2{0.0F, em(0.2F)});
        const char* hold = ui.text.tr("staff.letterbox.hold");
        if (touch_button(ui, {.id = "hold_item", .label = hold, .kind = ButtonKind::Secondary,
                              .font = largest_font_fitting(hold, width - em(1.0F), {ui.fonts.large, ui.fonts.body_bold}),
                              .size = {width, 0.0F}, .raised = false})) {
            intent = HoldCheckedItem{};
        }
    }
    for (const auto& problem : view.problems) staff_problem(ui, problem);
    if (view.message_is_done) {
        wrapped(ui, ui.fonts.body_bold, ui.theme->success, staff_message_text(ui, view.message));
    } else {
        staff_problem(ui, view.message);
    }
    if (view.waiting.empty()) return intent;
    staff_heading(ui, ui.text.tr("staff.letterbox.waiting"));
    for (const auto& line : view.waiting) {
        const std::string id = "check_item_" + std::to_string(line.item_id);
        const bool current = line.item_id == view.checking;
        const char* label = ui.text.tr(current ? "staff.letterbox.checking_now" : "staff.letterbox.check_this");
        if (touch_button(ui, {.id = id, .label = label, .kind = current ? ButtonKind::Chosen : ButtonKind::Secondary,
                              .font = largest_font_fitting(label, width - em(1.0F), {ui.fonts.body_bold, ui.fonts.body}),
                              .size = {width, 0.0F}, .raised = false}) &&
            !current) {
            intent = CheckLetterboxItem{line.item_id};
        }
        wrapped(ui, ui.fonts.body, ui.theme->text, summary(line, ui));
        ImGui::Dummy(ImVec2{0.0F, em(0.4F)});
    }
    return intent;
}

}  // namespace

StaffLetterboxIntent draw_staff_letterbox_screen(const StaffLetterboxView& view, const UiResources& ui) {
    StaffLetterboxIntent intent;
    begin_screen("staff/letterbox", *ui.theme);
    const StaffHeaderResult header =
        staff_header(ui, {.title = ui.text.tr("staff.letterbox.title"), .worker_name = view.worker_name,
                          .clock_hhmm = view.clock_hhmm, .back_label = ui.text.tr("staff.letterbox.back")});
    if (header.back) intent = CloseLetterbox{};
    if (header.lock) intent = LockStaffFace{};

    // The item and its checks at the left; the decision, with the reason being typed, at the right.
    const StaffColumns columns = begin_staff_columns(ui, header.height, {.left_fraction = 0.62F});
    begin_left_column(columns, "letterbox_check");
    keep_asked(intent, check_column(view, ui));
    end_staff_column(false);
    begin_right_column(columns, "letterbox_decide");
    keep_asked(intent, decide_column(view, ui));
    end_staff_column(true);
    end_staff_columns();
    end_screen();
    return intent;
}

}  // namespace kiosk::ui
