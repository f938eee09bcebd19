#include "kiosk/ui/widgets/wrapped_text_layout.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk::ui {

namespace {

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U; }
bool is_space(char c) { return c == ' ' || c == '\t'; }
bool is_word_char(char c) { return !is_space(c) && c != '\n'; }

// The code point at `offset` and the offset after it (a broken sequence counts as one byte).
unsigned decode(std::string_view text, std::size_t offset, std::size_t& next) {
    const auto lead = static_cast<unsigned char>(text[offset]);
    int extra = lead < 0x80U ? 0 : lead >= 0xF0U ? 3 : lead >= 0xE0U ? 2 : lead >= 0xC0U ? 1 : 0;
    unsigned code = extra == 0 ? lead : lead & (0x3FU >> extra);
    next = offset + 1;
    for (; extra > 0 && next < text.size() && is_continuation(text[next]); --extra, ++next) {
        code = (code << 6U) | (static_cast<unsigned char>(text[next]) & 0x3FU);
    }
    return code;
}

}  // namespace

std::size_t next_char(std::string_view text, std::size_t offset) {
    if (offset >= text.size()) return text.size();
    ++offset;
    while (offset < text.size() && is_continuation(text[offset])) ++offset;
    return offset;
}

std::size_t previous_char(std::string_view text, std::size_t offset) {
    if (offset == 0) return 0;
    offset = std::min(offset, text.size()) - 1;
    while (offset > 0 && is_continuation(text[offset])) --offset;
    return offset;
}

std::size_t next_word_end(std::string_view text, std::size_t offset) {
    while (offset < text.size() && !is_word_char(text[offset])) ++offset;
    while (offset < text.size() && is_word_char(text[offset])) ++offset;
    return offset;
}

std::size_t previous_word_start(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    while (offset > 0 && !is_word_char(text[offset - 1])) --offset;
    while (offset > 0 && is_word_char(text[offset - 1])) --offset;
    return offset;
}

std::pair<std::size_t, std::size_t> word_at(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    std::size_t begin = offset;
    std::size_t end = offset;
    while (begin > 0 && is_word_char(text[begin - 1])) --begin;
    while (end < text.size() && is_word_char(text[end])) ++end;
    return {begin, end};
}

WrappedText::WrappedText(std::string_view text, const ImFont* font, float width) : text_(text), font_(font) {
    std::size_t line_begin = 0;
    float line_width = 0.0F;         // of the words on the line so far, without hanging spaces
    float pending_spaces = 0.0F;     // spaces after the last word, counted once a word follows
    std::size_t i = 0;
    while (i <= text.size()) {
        if (i == text.size() || text[i] == '\n') {
            lines_.push_back({line_begin, i, true});
            if (i == text.size()) break;
            line_begin = ++i;
            line_width = pending_spaces = 0.0F;
            continue;
        }
        if (is_space(text[i])) {
            std::size_t next = 0;
            pending_spaces += font_->GetCharAdvance(static_cast<ImWchar>(decode(text, i, next)));
            i = next;
            continue;
        }
        // A word: measure it whole, then place it on this line or the next.
        std::size_t word_end = i;
        float word_width = 0.0F;
        while (word_end < text.size() && is_word_char(text[word_end])) {
            std::size_t next = 0;
            word_width += font_->GetCharAdvance(static_cast<ImWchar>(decode(text, word_end, next)));
            word_end = next;
        }
        const bool line_has_words = line_width > 0.0F;
        if (line_has_words && line_width + pending_spaces + word_width > width) {
            lines_.push_back({line_begin, i, false});  // the spaces before the word hang here
            line_begin = i;
            line_width = pending_spaces = 0.0F;
        }
        if (line_width + pending_spaces + word_width <= width || word_width <= width) {
            line_width += pending_spaces + word_width;
            pending_spaces = 0.0F;
            i = word_end;
            continue;
        }
        // Longer than the whole width: cut it between characters.
        float cut_width = line_width + pending_spaces;
        while (i < word_end) {
            std::size_t next = 0;
            const float w = font_->GetCharAdvance(static_cast<ImWchar>(decode(text, i, next)));
            if (cut_width + w > width && i > line_begin) {
                lines_.push_back({line_begin, i, false});
                line_begin = i;
                cut_width = 0.0F;
            }
            cut_width += w;
            i = next;
        }
        line_width = cut_width;
        pending_spaces = 0.0F;
    }
}

float WrappedText::advance(std::size_t from, std::size_t to) const {
    float x = 0.0F;
    while (from < to) {
        std::size_t next = 0;
        x += font_->GetCharAdvance(static_cast<ImWchar>(decode(text_, from, next)));
        from = next;
    }
    return x;
}

std::size_t WrappedText::line_of(std::size_t offset) const {
    for (std::size_t l = 0; l < lines_.size(); ++l) {
        const WrappedLine& line = lines_[l];
        if (offset < line.end || (offset == line.end && line.hard_end)) return l;
    }
    return lines_.empty() ? 0 : lines_.size() - 1;
}

float WrappedText::x_of(std::size_t offset) const {
    const WrappedLine& line = lines_[line_of(offset)];
    return advance(line.begin, std::min(offset, line.end));
}

std::size_t WrappedText::line_last_offset(std::size_t line_index) const {
    const WrappedLine& line = lines_[line_index];
    if (line.hard_end || line.end == line.begin) return line.end;
    return previous_char(text_, line.end);  // the hanging space (or the cut character) stays on it
}

std::size_t WrappedText::offset_on_line(std::size_t line_index, float x) const {
    line_index = std::min(line_index, lines_.size() - 1);
    const WrappedLine& line = lines_[line_index];
    const std::size_t last = line_last_offset(line_index);
    std::size_t offset = line.begin;
    float at = 0.0F;
    while (offset < last) {
        std::size_t next = 0;
        const float w = font_->GetCharAdvance(static_cast<ImWchar>(decode(text_, offset, next)));
        if (x < at + w * 0.5F) break;  // nearer this character's left than its right
        at += w;
        offset = next;
    }
    return offset;
}

std::size_t WrappedText::offset_at(ImVec2 point, float line_height) const {
    const float row = std::floor(point.y / line_height);
    const std::size_t line = row <= 0.0F ? 0 : std::min(static_cast<std::size_t>(row), lines_.size() - 1);
    return offset_on_line(line, point.x);
}

void TextCursor::move_to(std::size_t offset, bool extend) {
    caret = offset;
    if (!extend) anchor = offset;
}

void TextCursor::select(std::size_t begin, std::size_t end) {
    anchor = begin;
    caret = end;
    wanted_x = -1.0F;
}

bool insert_text(std::string& text, TextCursor& cursor, std::string_view typed) {
    const std::size_t begin = cursor.selection_begin();
    const std::size_t end = cursor.selection_end();
    if (typed.empty() && begin == end) return false;
    text.replace(begin, end - begin, typed);
    cursor.move_to(begin + typed.size(), false);
    cursor.wanted_x = -1.0F;
    return true;
}

bool erase_backward(std::string& text, TextCursor& cursor) {
    if (cursor.has_selection()) return insert_text(text, cursor, "");
    if (cursor.caret == 0) return false;
    cursor.anchor = previous_char(text, cursor.caret);
    return insert_text(text, cursor, "");
}

bool erase_forward(std::string& text, TextCursor& cursor) {
    if (cursor.has_selection()) return insert_text(text, cursor, "");
    if (cursor.caret >= text.size()) return false;
    cursor.anchor = next_char(text, cursor.caret);
    return insert_text(text, cursor, "");
}

std::string selected_text(const std::string& text, const TextCursor& cursor) {
    return text.substr(cursor.selection_begin(), cursor.selection_end() - cursor.selection_begin());
}

}  // namespace kiosk::ui
