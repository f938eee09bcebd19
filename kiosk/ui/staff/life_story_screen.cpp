#include "kiosk/ui/staff/life_story_screen.hpp"

#include <imgui.h>

#include <algorithm>

#include "kiosk/ui/intent.hpp"
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

// The kinds as a row of choices, as many to a row as their words allow.
LifeStoryIntent kind_row(const LifeStoryView& view, const UiResources& ui, float width) {
    LifeStoryIntent intent;
    const float gap = em(0.6F);
    float used = 0.0F;
    for (std::size_t i = 0; i < view.kind_keys.size(); ++i) {
        const char* label = ui.text.tr(view.kind_keys[i]);
        const std::string id = "kind_" + std::to_string(i);  // TouchButton::id is a view of it
        const TouchButton button{.id = id,
                                 .label = label,
                                 .kind = static_cast<int>(i) == view.chosen_kind ? ButtonKind::Chosen : ButtonKind::Secondary,
                                 .font = ui.fonts.body_bold,
                                 .size = {0.0F, 0.0F},
                                 .raised = false};
        const float w = std::min(touch_button_size(ui, button).x, width);
        if (i > 0 && used + gap + w <= width) {
            ImGui::SameLine(0.0F, gap);
            used += gap + w;
        } else {
            used = w;
        }
        if (touch_button(ui, button)) intent = ChooseLifeStoryKind{static_cast<int>(i)};
    }
    return intent;
}

void earlier_notes(const LifeStoryView& view, const UiResources& ui) {
    if (view.earlier.empty()) return;
    staff_heading(ui, ui.text.tr("staff.life_story.earlier"));
    for (const auto& line : view.earlier) {
        ImGui::PushFont(ui.fonts.body_bold);
        ImGui::PushTextWrapPos(0.0F);
        ImGui::TextUnformatted((line.when + " \xC2\xB7 " + ui.text.tr(line.kind_key)).c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopFont();
        staff_hint(ui, line.words.empty() ? ui.text.tr("staff.life_story.words_removed") : line.words.c_str());
        if (!line.kept_at.empty()) {
            staff_hint(ui, (std::string(ui.text.tr("staff.life_story.kept_at_short")) + " " + line.kept_at).c_str());
        }
        ImGui::Dummy(ImVec2{0.0F, em(0.3F)});
    }
}

// Left: what it is, the words, who agreed, where it is kept. Right: Save, what happened, what a
// note is for and the child's earlier notes, so Save is always in reach above the keyboard and the
// form's last field shows without scrolling.
LifeStoryIntent form_column(const LifeStoryView& view, const UiResources& ui) {
    LifeStoryIntent intent;
    const float width = ImGui::GetContentRegionAvail().x;
    staff_heading(ui, ui.text.tr("staff.life_story.what_kind"));
    intent = kind_row(view, ui, width);
    std::string typed;
    if (text_field(ui, {.id = "life_story_words", .label = ui.text.tr("staff.life_story.words"), .lines = 3.0F, .width = 0.0F},
                   view.words, typed)) {
        intent = LifeStoryWordsEdited{std::move(typed)};
    }
    if (view.asks_consent &&
        text_field(ui, {.id = "life_story_consent", .label = ui.text.tr("staff.life_story.consent"), .lines = 1.0F, .width = 0.0F},
                   view.consent_from, typed)) {
        intent = LifeStoryConsentEdited{std::move(typed)};
    }
    if (view.asks_place) {
        if (text_field(ui, {.id = "life_story_place", .label = ui.text.tr("staff.life_story.kept_at"), .lines = 1.0F,
                            .width = 0.0F},
                       view.kept_at, typed)) {
            intent = LifeStoryPlaceEdited{std::move(typed)};
        }
        // The two places most things go, one tap each.
        bool first = true;
        for (const char* key : {"staff.life_story.memory_box", "staff.life_story.case_file"}) {
            const char* label = ui.text.tr(key);
            if (!first) ImGui::SameLine(0.0F, em(0.6F));
            first = false;
            if (touch_button(ui, {.id = key, .label = label, .kind = ButtonKind::Secondary, .font = ui.fonts.body,
                                  .size = {0.0F, 0.0F}, .raised = false})) {
                intent = LifeStoryPlaceEdited{label};
            }
        }
    }
    return intent;
}

LifeStoryIntent save_column(const LifeStoryView& view, const UiResources& ui) {
    LifeStoryIntent intent;
    const float width = ImGui::GetContentRegionAvail().x;
    if (touch_button(ui, {.id = "save_life_story", .label = ui.text.tr("staff.life_story.save"), .kind = ButtonKind::Primary,
                          .font = largest_font_fitting(ui.text.tr("staff.life_story.save"), width - em(1.0F),
                                                       {ui.fonts.large, ui.fonts.body_bold}),
                          .size = {width, 0.0F}, .raised = true})) {
        intent = SaveLifeStoryNote{};
    }
    for (const auto& problem : view.problems) staff_problem(ui, problem);
    if (view.message == "staff.life_story.saved") {
        ImGui::PushStyleColor(ImGuiCol_Text, ui.theme->success);
        ImGui::PushFont(ui.fonts.body_bold);
        ImGui::PushTextWrapPos(0.0F);
        ImGui::TextUnformatted(ui.text.tr("staff.life_story.saved"));
        ImGui::PopTextWrapPos();
        ImGui::PopFont();
        ImGui::PopStyleColor();
    } else {
        staff_problem(ui, view.message);
    }
    staff_hint(ui, ui.text.tr("staff.life_story.explain"));
    earlier_notes(view, ui);
    return intent;
}

}  // namespace

LifeStoryIntent draw_life_story_screen(const LifeStoryView& view, const UiResources& ui) {
    LifeStoryIntent intent;
    begin_screen("staff/life-story", *ui.theme);
    const std::string title = std::string{ui.text.tr("staff.life_story.title")} + " \xE2\x80\x94 " + view.child_first_name;
    const StaffHeaderResult header =
        staff_header(ui, {.title = title.c_str(), .worker_name = view.worker_name, .clock_hhmm = view.clock_hhmm,
                          .back_label = ui.text.tr("staff.life_story.back")});
    if (header.back) intent = CloseLifeStory{};
    if (header.lock) intent = LockStaffFace{};

    const StaffColumns columns = begin_staff_columns(ui, header.height, {.left_fraction = 0.6F});
    begin_left_column(columns, "life_story_form");
    keep_asked(intent, form_column(view, ui));
    end_staff_column(true);
    begin_right_column(columns, "life_story_notes");
    keep_asked(intent, save_column(view, ui));
    end_staff_column(false);
    end_staff_columns();
    end_screen();
    return intent;
}

}  // namespace kiosk::ui
