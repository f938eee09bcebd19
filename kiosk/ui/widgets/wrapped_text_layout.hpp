#pragma once
// The text model under the wrapped editor (wrapped_editor.hpp), apart from any drawing so it
// can be tested on its own: where a text's lines break at a width, where a caret sits on them,
// and the edits a keyboard makes (caret moves, selection, typing over a selection).
//
// Offsets are byte offsets into UTF-8 text and always fall between whole characters.
// Lines break at spaces (a word that does not fit goes to the next line; the spaces before it
// stay at the end of the line they follow, so no byte belongs to two lines) and at '\n', which
// belongs to no line. A word longer than the whole width is cut between characters.
#include <imgui.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::ui {

struct WrappedLine {
    std::size_t begin = 0;
    std::size_t end = 0;      // one past the line's last byte
    bool hard_end = false;    // ends at '\n' or at the end of the text (a caret may sit at `end`)
};

class WrappedText {
public:
    // `font` at its own size (FontSize); `width` in pixels, the room for the words.
    WrappedText(std::string_view text, const ImFont* font, float width);

    const std::vector<WrappedLine>& lines() const { return lines_; }
    // The line a caret at `offset` is drawn on (a caret at a soft break starts the next line).
    std::size_t line_of(std::size_t offset) const;
    // Pixels from the start of its line to a caret at `offset`.
    float x_of(std::size_t offset) const;
    // The caret nearest to a point, in pixels from the text's top left, lines `line_height` apart.
    std::size_t offset_at(ImVec2 point, float line_height) const;
    // The caret on line `line` nearest to `x` pixels from the line's start.
    std::size_t offset_on_line(std::size_t line, float x) const;
    // The last caret place on a line (before the hanging space of a soft break).
    std::size_t line_last_offset(std::size_t line) const;

private:
    float advance(std::size_t from, std::size_t to) const;

    std::string_view text_;
    const ImFont* font_;
    std::vector<WrappedLine> lines_;
};

// Character and word steps over UTF-8 (a step never lands inside a character).
std::size_t next_char(std::string_view text, std::size_t offset);
std::size_t previous_char(std::string_view text, std::size_t offset);
std::size_t next_word_end(std::string_view text, std::size_t offset);
std::size_t previous_word_start(std::string_view text, std::size_t offset);

// A caret, and the other end of the selection (equal to the caret when nothing is selected).
struct TextCursor {
    std::size_t caret = 0;
    std::size_t anchor = 0;
    float wanted_x = -1.0F;  // the column kept while moving up and down; < 0: none yet

    bool has_selection() const { return caret != anchor; }
    std::size_t selection_begin() const { return caret < anchor ? caret : anchor; }
    std::size_t selection_end() const { return caret < anchor ? anchor : caret; }
    // Moves the caret; with `extend` the anchor stays (the selection grows), else it follows.
    void move_to(std::size_t offset, bool extend);
    void select(std::size_t begin, std::size_t end);
};

// Edits at the cursor. Each returns true when the text changed.
bool insert_text(std::string& text, TextCursor& cursor, std::string_view typed);  // replaces a selection
bool erase_backward(std::string& text, TextCursor& cursor);                        // Backspace
bool erase_forward(std::string& text, TextCursor& cursor);                         // Delete
// The selected words, or empty.
std::string selected_text(const std::string& text, const TextCursor& cursor);
// The word around `offset` (for a double tap), as [begin, end).
std::pair<std::size_t, std::size_t> word_at(std::string_view text, std::size_t offset);

}  // namespace kiosk::ui
