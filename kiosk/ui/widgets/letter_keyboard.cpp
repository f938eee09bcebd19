#include "kiosk/ui/widgets/letter_keyboard.hpp"

#include <imgui.h>

#include <algorithm>
#include <sstream>
#include <vector>

#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"

namespace kiosk::ui {

namespace {

std::vector<std::string> split_words(const char* text) {
    std::vector<std::string> out;
    std::istringstream in{text};
    std::string word;
    while (in >> word) out.push_back(word);
    return out;
}

std::vector<std::string> letters_of(const char* row) {
    std::vector<std::string> out;
    for (const char* c = row; *c != '\0'; ++c) out.emplace_back(1, *c);
    return out;
}

}  // namespace

std::optional<KeyboardPress> letter_keyboard(const UiResources& ui, ImVec2 size) {
    const std::vector<std::vector<std::string>> rows{
        letters_of("qwertyuiop"), letters_of("asdfghjkl"), letters_of("zxcvbnm.,"),
        split_words(ui.text.tr("keyboard.extra"))};
    const float gap = em(0.3F);
    const int row_count = static_cast<int>(rows.size()) + 1;  // + Space / Delete
    const float key_h = std::max(em(2.2F), (size.y - gap * static_cast<float>(row_count - 1)) /
                                               static_cast<float>(row_count));
    const float key_w = (size.x - gap * 9.0F) / 10.0F;
    const ImVec2 origin = ImGui::GetCursorPos();

    std::optional<KeyboardPress> pressed;
    float y = origin.y;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const auto count = static_cast<float>(rows[r].size());
        float x = origin.x + (size.x - count * key_w - (count - 1.0F) * gap) * 0.5F;
        for (const std::string& key : rows[r]) {
            ImGui::SetCursorPos(ImVec2{x, y});
            const std::string id = "letter_" + key;
            if (touch_button(ui, {.id = id, .label = key.c_str(), .kind = ButtonKind::Secondary,
                                  .font = ui.fonts.large, .size = {key_w, key_h}, .raised = false})) {
                pressed = KeyboardPress{key};
            }
            x += key_w + gap;
        }
        y += key_h + gap;
    }
    const float space_w = key_w * 6.0F + gap * 5.0F;
    const float delete_w = key_w * 3.0F + gap * 2.0F;
    const float left = origin.x + (size.x - space_w - gap - delete_w) * 0.5F;
    ImGui::SetCursorPos(ImVec2{left, y});
    if (touch_button(ui, {.id = "letter_space", .label = ui.text.tr("feedback.space"),
                          .kind = ButtonKind::Secondary, .font = ui.fonts.body_bold,
                          .size = {space_w, key_h}, .raised = false})) {
        pressed = KeyboardPress{" "};
    }
    ImGui::SetCursorPos(ImVec2{left + space_w + gap, y});
    if (touch_button(ui, {.id = "letter_delete", .label = ui.text.tr("feedback.delete"),
                          .kind = ButtonKind::Secondary, .font = ui.fonts.body_bold,
                          .size = {delete_w, key_h}, .raised = false})) {
        pressed = KeyboardPress{""};
    }
    ImGui::SetCursorPos(ImVec2{origin.x, y + key_h});
    return pressed;
}

}  // namespace kiosk::ui
