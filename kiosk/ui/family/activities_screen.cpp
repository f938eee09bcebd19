#include "kiosk/ui/family/activities_screen.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "kiosk/ui/text_fill.hpp"
#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/layout.hpp"
#include "kiosk/ui/widgets/screen_frame.hpp"

namespace kiosk::ui {

namespace {

// "4 and 7" in the family's language.
std::string ages_text(const std::vector<int>& ages, const UiResources& ui) {
    std::string text;
    for (std::size_t i = 0; i < ages.size(); ++i) {
        if (i > 0) text += i + 1 == ages.size() ? std::string{" "} + ui.text.tr("activities.and") + " " : std::string{", "};
        text += std::to_string(ages[i]);
    }
    return text;
}

void activity_card(const UiResources& ui, const ActivityCardView& activity, ImVec2 at, ImVec2 size) {
    const Theme& theme = *ui.theme;
    const ImVec2 window = ImGui::GetWindowPos();
    const ImVec2 min{window.x + at.x, window.y + at.y};
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, ImVec2{min.x + size.x, min.y + size.y}, to_u32(theme.surface),
                        ImGui::GetStyle().ChildRounding);
    // A coloured edge tells calm from active at a glance, beside the word for it.
    draw->AddRectFilled(min, ImVec2{min.x + em(0.35F), min.y + size.y},
                        to_u32(activity.calm ? theme.primary : theme.accent), ImGui::GetStyle().ChildRounding,
                        ImDrawFlags_RoundCornersLeft);
    const float inner = size.x - em(2.0F);
    ImGui::SetCursorPos(ImVec2{at.x + em(1.0F), at.y + em(0.6F)});
    wrapped_text(ui.text.tr("activity." + activity.id + ".title"), ui.fonts.large, theme.text, inner);
    const std::string from = std::to_string(activity.min_age);
    const std::string to = std::to_string(activity.max_age);
    std::string tags = std::string{ui.text.tr(activity.calm ? "activities.calm" : "activities.active")} +
                       " · " + fill(ui.text.tr("activities.ages"), {{"from", from}, {"to", to}});
    if (!activity.for_ages.empty()) tags += " · " + fill(ui.text.tr("activities.for_child"), {{"ages", ages_text(activity.for_ages, ui)}});
    ImGui::SetCursorPosX(at.x + em(1.0F));
    wrapped_text(tags.c_str(), ui.fonts.body, theme.text_muted, inner);
    ImGui::SetCursorPos(ImVec2{at.x + em(1.0F), ImGui::GetCursorPosY() + em(0.3F)});
    wrapped_text(ui.text.tr("activity." + activity.id + ".tip"), ui.fonts.body, theme.text, inner);
}

}  // namespace

ActivitiesIntent draw_activities_screen(const ActivitiesView& view, const UiResources& ui) {
    ActivitiesIntent intent;
    begin_screen("family/activities", *ui.theme);
    // Brothers and sisters: the hint says the ideas are for all their ages.
    const std::string hint = view.child_ages.size() > 1
                                 ? fill(ui.text.tr("activities.hint_siblings"), {{"ages", ages_text(view.child_ages, ui)}})
                                 : std::string{ui.text.tr("activities.hint")};
    const ScreenTop top = screen_top(ui, view.venue_name, view.clock_hhmm, ui.text.tr("activities.title"), hint.c_str());
    const float width = ImGui::GetWindowWidth() - 2.0F * top.side;
    const float gap = em(0.8F);
    const float card_w = (width - gap) * 0.5F;
    const float card_h = (footer_top() - em(0.8F) - top.content_top - gap) * 0.5F;
    if (view.activities.empty()) {
        ImGui::SetCursorPos(ImVec2{top.side, top.content_top});
        wrapped_text(ui.text.tr("activities.none"), ui.fonts.large, ui.theme->text, width);
    }
    for (std::size_t i = 0; i < view.activities.size() && i < 4; ++i) {
        const ImVec2 at{top.side + static_cast<float>(i % 2) * (card_w + gap),
                        top.content_top + static_cast<float>(i / 2) * (card_h + gap)};
        activity_card(ui, view.activities[i], at, ImVec2{card_w, card_h});
    }
    const FooterResult footer = screen_footer(ui, {ui.text.tr("activities.finish"), true});
    if (footer.action) intent = FinishActivities{};
    if (footer.start_again) intent = StartAgain{};
    end_screen();
    return intent;
}

}  // namespace kiosk::ui
