#pragma once
// A multi-line text field whose lines wrap at its width while the words are typed (ImGui
// 1.86's InputTextMultiline runs a long line off the right edge). It grows with its text, so
// it never scrolls inside itself: the region it sits in scrolls instead, by finger.
//
// Caret and selection: a tap puts the caret where it lands, a sideways drag selects, a double
// tap selects a word; arrows (Shift extends, Ctrl goes by word), Home/End, Backspace, Delete,
// Enter, Ctrl+A/C/X/V from a keyboard; characters from the on-screen keyboard arrive as typed
// characters. While it has the focus it asks for the on-screen keyboard (io.WantTextInput)
// and keeps its caret in view above it.
//
// The focus is not ImGui's active item, so a finger that drags the page to scroll (anywhere,
// even off the field) does not close the keyboard; a tap somewhere else does, as does the
// keyboard's Done (release_text_focus). The text lives with the caller: the editor shows
// `text` and reports each change, which the caller saves at once.
#include <string>
#include <string_view>

#include "kiosk/ui/ui_resources.hpp"
#include "kiosk/ui/widgets/wrapped_text_layout.hpp"

namespace kiosk::ui {

struct WrappedEditor {
    std::string_view id;     // stable across languages, unique in its window
    const char* label = "";  // what the field is called (tests tap it by this); "" = id
    float width = 0.0F;      // of the whole box; 0 = the rest of the row
    float min_lines = 3.0F;  // the box is never shorter, and grows with its text
    bool focus = false;      // take the focus (caret at the end): the keyboard opens
};

// True when the person changed the text this frame; `changed` then holds all of it.
bool wrapped_editor(const UiResources& ui, const WrappedEditor& editor, const std::string& text, std::string& changed);

// No editor has the focus any more (the keyboard's Done, a new screen).
void release_text_focus();
// True while an editor drawn in the last frame has the focus.
bool wrapped_editor_has_focus();
// The focused editor's caret and selection (nullptr when none has the focus), for tests.
const TextCursor* wrapped_editor_cursor();

}  // namespace kiosk::ui
