#include "kiosk/ui/widgets/signature_pad.hpp"

#include <imgui.h>

#include <cmath>
#include <vector>

#include "kiosk/ui/units.hpp"

namespace kiosk::ui {

namespace {
// Points closer than this (in pad widths) add nothing but bytes.
constexpr float kMinimumStep = 0.004F;

ImVec2 to_screen(core::SignaturePoint p, ImVec2 origin, ImVec2 size) {
    return ImVec2{origin.x + p.x * size.x, origin.y + p.y * size.y};
}
}  // namespace

std::optional<SignatureInk> signature_pad(const UiResources& ui, const core::Signature& signature, ImVec2 size) {
    const Theme& theme = *ui.theme;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 end{origin.x + size.x, origin.y + size.y};

    ImGui::InvisibleButton("##signature_pad", size);
    std::optional<SignatureInk> ink;
    if (ImGui::IsItemActive()) {
        const ImVec2 mouse = ImGui::GetIO().MousePos;
        const core::SignaturePoint point =
            core::clamp_to_pad({(mouse.x - origin.x) / size.x, (mouse.y - origin.y) / size.y});
        if (ImGui::IsItemActivated()) {
            ink = SignatureInk{true, point};
        } else if (!signature.strokes.empty() && !signature.strokes.back().empty()) {
            const core::SignaturePoint last = signature.strokes.back().back();
            if (std::hypot(point.x - last.x, point.y - last.y) >= kMinimumStep) ink = SignatureInk{false, point};
        }
    }

    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(origin, end, to_u32(theme.surface), ImGui::GetStyle().FrameRounding);
    draw->AddRect(origin, end, to_u32(theme.border), ImGui::GetStyle().FrameRounding, 0, em(0.1F));
    // A baseline to sign on, as on paper.
    const float baseline = origin.y + size.y * 0.75F;
    draw->AddLine(ImVec2{origin.x + em(1.5F), baseline}, ImVec2{end.x - em(1.5F), baseline},
                  to_u32(theme.border), em(0.08F));
    std::vector<ImVec2> points;
    for (const core::SignatureStroke& stroke : signature.strokes) {
        points.clear();
        for (const core::SignaturePoint& p : stroke) points.push_back(to_screen(p, origin, size));
        if (points.size() == 1) {
            draw->AddCircleFilled(points[0], em(0.12F), to_u32(theme.text));
        } else if (!points.empty()) {
            draw->AddPolyline(points.data(), static_cast<int>(points.size()), to_u32(theme.text), 0, em(0.16F));
        }
    }
    return ink;
}

}  // namespace kiosk::ui
