#include "kiosk/ui/widgets/code_keypad.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"

namespace kiosk::ui {

std::optional<KeypadPress> code_keypad(const UiResources& ui, std::string_view alphabet, ImVec2 size,
                                       bool enabled) {
    // Letters first in alphabet order, then digits, five to a row like a phone's keypad is
    // wide; Delete takes the last row's remaining space.
    const int columns = 5;
    const int keys = static_cast<int>(alphabet.size());
    const int rows = (keys + columns) / columns;  // + Delete
    const float gap = em(0.4F);
    const float key_w = (size.x - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    const float key_h = std::max(touch_target_height(),
                                 (size.y - gap * static_cast<float>(rows - 1)) / static_cast<float>(rows));
    const ImVec2 origin = ImGui::GetCursorPos();

    std::optional<KeypadPress> pressed;
    ImGui::BeginDisabled(!enabled);
    for (int i = 0; i <= keys; ++i) {
        const int row = i / columns;
        const int column = i % columns;
        ImGui::SetCursorPos(ImVec2{origin.x + static_cast<float>(column) * (key_w + gap),
                                   origin.y + static_cast<float>(row) * (key_h + gap)});
        if (i < keys) {
            const char c = alphabet[static_cast<std::size_t>(i)];
            const std::string label(1, c);
            const std::string id = std::string{"key_"} + c;
            if (touch_button(ui, {.id = id, .label = label.c_str(), .kind = ButtonKind::Secondary,
                                  .font = ui.fonts.title, .size = {key_w, key_h}, .raised = false})) {
                pressed = KeypadPress{c};
            }
        } else {
            const float wide = size.x - static_cast<float>(column) * (key_w + gap);
            if (touch_button(ui, {.id = "key_delete", .label = ui.text.tr("code.delete"),
                                  .kind = ButtonKind::Secondary, .font = ui.fonts.large,
                                  .size = {wide, key_h}, .raised = false})) {
                pressed = KeypadPress{0};
            }
        }
    }
    ImGui::EndDisabled();
    if (!enabled) pressed.reset();
    return pressed;
}

}  // namespace kiosk::ui
