#include "kiosk/ui/widgets/face_scale.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <string>

#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/item_registry.hpp"

namespace kiosk::ui {

namespace {

constexpr int kFaces = 5;

// A simple face: a disc, two eyes and a mouth whose curve goes from a frown (1) to a grin (5).
void draw_face(ImDrawList* draw, ImVec2 centre, float radius, int face, const Theme& theme, bool chosen) {
    const float mood = static_cast<float>(face - 3) / 2.0F;  // -1 .. 1
    const ImVec4 fill = chosen ? theme.accent : theme.surface;
    draw->AddCircleFilled(centre, radius, to_u32(fill), 48);
    draw->AddCircle(centre, radius, to_u32(chosen ? theme.text : theme.border), 48, radius * 0.06F);
    const float eye = radius * 0.1F;
    draw->AddCircleFilled(ImVec2{centre.x - radius * 0.33F, centre.y - radius * 0.22F}, eye, to_u32(theme.text));
    draw->AddCircleFilled(ImVec2{centre.x + radius * 0.33F, centre.y - radius * 0.22F}, eye, to_u32(theme.text));
    const float mouth_y = centre.y + radius * 0.35F;
    const float half = radius * 0.42F;
    const float bend = mood * radius * 0.3F;
    draw->AddBezierQuadratic(ImVec2{centre.x - half, mouth_y - bend * 0.5F}, ImVec2{centre.x, mouth_y + bend},
                             ImVec2{centre.x + half, mouth_y - bend * 0.5F}, to_u32(theme.text), radius * 0.09F, 16);
}

}  // namespace

void draw_face_icon(ImDrawList* draw, ImVec2 centre, float radius, int face, const Theme& theme) {
    draw_face(draw, centre, radius, face, theme, false);
}

std::optional<int> face_scale(const UiResources& ui, int chosen, float width) {
    const Theme& theme = *ui.theme;
    const ImVec2 origin = ImGui::GetCursorPos();
    const float gap = em(0.6F);
    const float cell = (width - gap * static_cast<float>(kFaces - 1)) / static_cast<float>(kFaces);
    const float radius = std::min(cell * 0.45F, em(3.2F));
    ImFont* font = ui.fonts.body_bold;
    const float cell_h = radius * 2.0F + em(0.4F) + font->FontSize;

    std::optional<int> tapped;
    for (int face = 1; face <= kFaces; ++face) {
        const float x = origin.x + static_cast<float>(face - 1) * (cell + gap);
        ImGui::SetCursorPos(ImVec2{x, origin.y});
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const std::string id = "##face_" + std::to_string(face);
        if (ImGui::InvisibleButton(id.c_str(), ImVec2{cell, cell_h})) tapped = face;
        const char* word = ui.text.tr("face." + std::to_string(face));
        register_last_item(word);

        draw_face(ImGui::GetWindowDrawList(), ImVec2{at.x + cell * 0.5F, at.y + radius}, radius, face, theme,
                  face == chosen);
        const float word_w = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0F, word).x;
        ImGui::SetCursorPos(ImVec2{x + (cell - word_w) * 0.5F, origin.y + radius * 2.0F + em(0.4F)});
        ImGui::PushFont(font);
        ImGui::TextUnformatted(word);
        ImGui::PopFont();
    }
    ImGui::SetCursorPos(ImVec2{origin.x, origin.y + cell_h + em(0.4F)});
    return tapped;
}

}  // namespace kiosk::ui
