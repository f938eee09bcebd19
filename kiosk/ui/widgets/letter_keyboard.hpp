#pragma once
// A small on-screen keyboard for an optional comment: lower-case letters, the language's own
// letters (from the catalog, "keyboard.extra"), a few marks, Space and Delete.
#include <optional>
#include <string>

#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

struct KeyboardPress {
    std::string text;  // UTF-8 to append; empty for Delete
    bool is_delete() const { return text.empty(); }
};

std::optional<KeyboardPress> letter_keyboard(const UiResources& ui, ImVec2 size);

}  // namespace kiosk::ui
