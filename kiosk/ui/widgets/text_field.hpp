#pragma once
// A text field for the staff face: its label above it (registered, so a test can tap the
// field by the words a person reads), multi-line or one line, and kept in view above the
// on-screen keyboard while it is active. The text lives with the caller: the field shows
// `text` and reports each change, which the caller saves at once.
#include <imgui.h>

#include <string>
#include <string_view>

#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

struct TextField {
    std::string_view id;       // stable across languages
    const char* label = "";    // drawn above the field; empty for none
    float lines = 1.0F;        // > 1: a multi-line field about this many lines tall
    float width = 0.0F;        // 0: the rest of the row
    bool focus = false;        // make it the active field (the keyboard opens for it)
};

// True when the person changed the text this frame; `changed` then holds all of it.
bool text_field(const UiResources& ui, const TextField& field, const std::string& text, std::string& changed);

}  // namespace kiosk::ui
