#pragma once
// The visit-code keypad: one large key per character of the code alphabet (no look-alikes,
// so nothing to mistype) and a Delete key. No physical keyboard is assumed.
#include <optional>
#include <string_view>

#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

struct KeypadPress {
    char character = 0;  // 0 for Delete
    bool is_delete() const { return character == 0; }
};

// Draws the keys in a grid filling `size` from the cursor; returns the key lifted this frame.
std::optional<KeypadPress> code_keypad(const UiResources& ui, std::string_view alphabet, ImVec2 size,
                                       bool enabled);

}  // namespace kiosk::ui
