#include "kiosk/ui/widgets/wrapped_editor.hpp"

#include <imgui_internal.h>

#include <algorithm>

#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/item_registry.hpp"
#include "kiosk/ui/widgets/touch_scroll.hpp"
#include "kiosk/ui/widgets/wrapped_text_layout.hpp"

namespace kiosk::ui {

namespace {

// One field has the focus at a time, for the whole ImGui context.
struct EditorFocus {
    const ImGuiContext* context = nullptr;
    ImGuiID id = 0;
    TextCursor cursor;
    int drawn_frame = -1;       // the last frame the focused field was drawn
    bool press_outside = false; // a finger came down off the field (and off the keyboard)
    int reveal_frames = 0;      // frames left in which to scroll the field into view (the
                                // keyboard takes a frame to come up and shrink the page)
};

EditorFocus& focus_state() {
    static EditorFocus focus;
    static int last_frame = -1;
    // A new context (a test's harness may get the address of the one before) starts afresh.
    const int frame = ImGui::GetFrameCount();
    const bool new_context = frame < last_frame;
    last_frame = frame;
    if (focus.context != ImGui::GetCurrentContext() || new_context) {
        focus = EditorFocus{};
        focus.context = ImGui::GetCurrentContext();
    }
    return focus;
}

bool focused(const EditorFocus& f, ImGuiID id) {
    // A field not drawn in the last frame (its screen went away) has lost the focus.
    return f.id == id && f.drawn_frame >= ImGui::GetFrameCount() - 1;
}

bool pressed(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); }

// What the keyboard did to the text this frame; true when the text changed.
bool apply_keys(std::string& text, TextCursor& cursor, const WrappedText& layout, bool& moved) {
    ImGuiIO& io = ImGui::GetIO();
    bool edited = false;
    const bool shift = io.KeyShift;
    const bool ctrl = io.KeyCtrl;
    const auto move = [&](std::size_t offset, bool keep_column) {
        if (!keep_column) cursor.wanted_x = -1.0F;
        cursor.move_to(offset, shift);
        moved = true;
    };
    if (pressed(ImGuiKey_LeftArrow)) {
        if (cursor.has_selection() && !shift) move(cursor.selection_begin(), false);
        else move(ctrl ? previous_word_start(text, cursor.caret) : previous_char(text, cursor.caret), false);
    }
    if (pressed(ImGuiKey_RightArrow)) {
        if (cursor.has_selection() && !shift) move(cursor.selection_end(), false);
        else move(ctrl ? next_word_end(text, cursor.caret) : next_char(text, cursor.caret), false);
    }
    if (pressed(ImGuiKey_UpArrow) || pressed(ImGuiKey_DownArrow)) {
        const std::size_t line = layout.line_of(cursor.caret);
        if (cursor.wanted_x < 0.0F) cursor.wanted_x = layout.x_of(cursor.caret);
        const bool up = pressed(ImGuiKey_UpArrow);
        if (up) move(line == 0 ? 0 : layout.offset_on_line(line - 1, cursor.wanted_x), true);
        else if (line + 1 >= layout.lines().size()) move(text.size(), true);
        else move(layout.offset_on_line(line + 1, cursor.wanted_x), true);
    }
    if (pressed(ImGuiKey_Home)) move(ctrl ? 0 : layout.lines()[layout.line_of(cursor.caret)].begin, false);
    if (pressed(ImGuiKey_End)) move(ctrl ? text.size() : layout.line_last_offset(layout.line_of(cursor.caret)), false);
    if (ctrl && pressed(ImGuiKey_A)) {
        cursor.select(0, text.size());
        moved = true;
    }
    if (ctrl && (pressed(ImGuiKey_C) || pressed(ImGuiKey_X)) && cursor.has_selection()) {
        ImGui::SetClipboardText(selected_text(text, cursor).c_str());
        if (pressed(ImGuiKey_X)) edited |= insert_text(text, cursor, "");
    }
    if (ctrl && pressed(ImGuiKey_V)) {
        if (const char* pasted = ImGui::GetClipboardText()) edited |= insert_text(text, cursor, pasted);
    }
    if (pressed(ImGuiKey_Backspace)) edited |= erase_backward(text, cursor);
    if (pressed(ImGuiKey_Delete)) edited |= erase_forward(text, cursor);
    if (pressed(ImGuiKey_Enter) || pressed(ImGuiKey_KeyPadEnter)) edited |= insert_text(text, cursor, "\n");

    // Typed characters (a hardware keyboard, or the on-screen one), taken so nothing else does.
    std::string typed;
    for (const ImWchar c : io.InputQueueCharacters) {
        if (c < 32 || c == 127) continue;  // control characters come as keys, handled above
        char utf8[5];
        typed += ImTextCharToUtf8(utf8, c);
    }
    io.InputQueueCharacters.resize(0);
    if (!typed.empty() && !ctrl) edited |= insert_text(text, cursor, typed);
    if (edited) moved = true;
    return edited;
}

// Scrolls the window the field is in (which ends above the on-screen keyboard) so that the
// field shows, and the button that usually follows a field (Add, Send, End) too; a field
// taller than the window shows the caret's line instead.
void reveal(ImVec2 field_min, ImVec2 field_max, float caret_top, float caret_bottom) {
    const float window_top = ImGui::GetWindowPos().y;
    const float window_bottom = window_top + ImGui::GetWindowHeight();
    const float margin = em(1.0F);
    float top = field_min.y - margin;
    float bottom = field_max.y + touch_target_height() + margin;
    if (bottom - top > window_bottom - window_top) bottom = std::max(field_max.y + margin, top + window_bottom - window_top);
    if (bottom - top > window_bottom - window_top) {
        top = caret_top - margin;
        bottom = caret_bottom + margin;
    }
    if (bottom > window_bottom) {
        ImGui::SetScrollY(ImGui::GetScrollY() + bottom - window_bottom);
    } else if (top < window_top) {
        ImGui::SetScrollY(std::max(0.0F, ImGui::GetScrollY() - (window_top - top)));
    }
}

}  // namespace

void release_text_focus() {
    focus_state().id = 0;
    ImGui::SetWindowFocus(nullptr);  // and any ImGui text field
}

bool wrapped_editor_has_focus() {
    const EditorFocus& f = focus_state();
    return f.id != 0 && f.drawn_frame >= ImGui::GetFrameCount() - 1;
}

const TextCursor* wrapped_editor_cursor() { return wrapped_editor_has_focus() ? &focus_state().cursor : nullptr; }

bool wrapped_editor(const UiResources& ui, const WrappedEditor& editor, const std::string& text, std::string& changed) {
    const Theme& theme = *ui.theme;
    EditorFocus& f = focus_state();
    ImGuiIO& io = ImGui::GetIO();
    ImFont* font = ui.fonts.body;
    const ImGuiID id = ImGui::GetID(editor.id.data(), editor.id.data() + editor.id.size());
    const ImVec2 pad{em(0.6F), em(0.35F)};
    const float line_h = font->FontSize * 1.15F;
    const float width = editor.width > 0.0F ? editor.width : ImGui::GetContentRegionAvail().x - em(0.2F);
    const float text_w = std::max(em(2.0F), width - 2.0F * pad.x);

    const auto take_focus = [&] {
        f.id = id;
        f.cursor = TextCursor{};
        f.drawn_frame = ImGui::GetFrameCount();
        f.press_outside = false;
        f.reveal_frames = 3;
    };
    if (editor.focus && !focused(f, id)) {
        take_focus();
        f.cursor.move_to(text.size(), false);
    }
    bool has_focus = focused(f, id);
    if (f.id == id && !has_focus) f.id = 0;  // stale: the field was away for a frame

    std::string edited = text;
    if (has_focus) {
        f.cursor.caret = std::min(f.cursor.caret, edited.size());  // the caller may have changed the text
        f.cursor.anchor = std::min(f.cursor.anchor, edited.size());
    }
    const WrappedText before{edited, font, text_w};
    bool moved = false;
    bool text_changed = false;
    if (has_focus) text_changed = apply_keys(edited, f.cursor, before, moved);
    const WrappedText layout = text_changed ? WrappedText{edited, font, text_w} : before;

    const float lines = std::max(editor.min_lines, static_cast<float>(layout.lines().size()));
    const ImVec2 size{width, lines * line_h + 2.0F * pad.y};
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 text_at{at.x + pad.x, at.y + pad.y};
    const std::string button_id = "##" + std::string{editor.id};
    ImGui::InvisibleButton(button_id.c_str(), size);
    register_last_item(editor.label[0] != '\0' ? editor.label : button_id.c_str());

    // The finger: a tap places the caret (and takes the focus), a sideways drag selects, a
    // double tap selects a word. A drag up or down is the page's, to scroll.
    const ImVec2 mouse{io.MousePos.x - text_at.x, io.MousePos.y - text_at.y};
    if (ImGui::IsItemActivated()) {
        if (!has_focus) {
            take_focus();
            has_focus = true;
        }
        const std::size_t offset = layout.offset_at(mouse, line_h);
        if (io.MouseDoubleClicked[0]) {
            const auto [begin, end] = word_at(edited, offset);
            f.cursor.select(begin, end);
        } else {
            f.cursor.move_to(offset, io.KeyShift);
            f.cursor.wanted_x = -1.0F;
        }
        moved = true;
    } else if (ImGui::IsItemActive() && has_focus && io.MouseDown[0] && !io.MouseDoubleClicked[0] &&
               (io.MouseDelta.x != 0.0F || io.MouseDelta.y != 0.0F)) {
        f.cursor.move_to(layout.offset_at(mouse, line_h), true);
    }
    // A tap elsewhere takes the focus away (a drag to scroll does not, nor the keyboard, which
    // hides its presses from ImGui).
    if (has_focus && io.MouseClicked[0] && !ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem)) {
        f.press_outside = true;
    }
    if (has_focus && f.press_outside && io.MouseReleased[0]) {
        f.press_outside = false;
        if (!touch_press_is_drag()) {
            f.id = 0;
            has_focus = false;
        }
    }
    // Another text field took the keyboard.
    const ImGuiContext& g = *GImGui;
    if (has_focus && g.ActiveId != 0 && g.ActiveId == g.InputTextState.ID) {
        f.id = 0;
        has_focus = false;
    }

    // The box, the selection, the words and the caret; faded like ImGui's own widgets inside
    // BeginDisabled (GetColorU32 applies the style's alpha).
    const auto colour = [](const ImVec4& c) { return ImGui::GetColorU32(c); };
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float rounding = ImGui::GetStyle().FrameRounding;
    draw->AddRectFilled(at, ImVec2{at.x + size.x, at.y + size.y}, colour(theme.surface), rounding);
    draw->AddRect(at, ImVec2{at.x + size.x, at.y + size.y}, colour(has_focus ? theme.primary : theme.border), rounding, 0,
                  has_focus ? em(0.12F) : em(0.06F));
    const auto line_top = [&](std::size_t line) { return text_at.y + static_cast<float>(line) * line_h; };
    if (has_focus && f.cursor.has_selection()) {
        const std::size_t first = layout.line_of(f.cursor.selection_begin());
        const std::size_t last = layout.line_of(f.cursor.selection_end());
        for (std::size_t l = first; l <= last && l < layout.lines().size(); ++l) {
            const WrappedLine& line = layout.lines()[l];
            const float x0 = l == first ? layout.x_of(f.cursor.selection_begin()) : 0.0F;
            const float x1 = l == last ? layout.x_of(f.cursor.selection_end())
                                       : std::max(x0 + em(0.3F), layout.x_of(layout.line_last_offset(l)));
            (void)line;
            draw->AddRectFilled(ImVec2{text_at.x + x0, line_top(l)},
                                ImVec2{text_at.x + std::min(x1, text_w), line_top(l) + line_h},
                                colour(theme.accent));
        }
    }
    const float baseline_gap = (line_h - font->FontSize) * 0.5F;
    for (std::size_t l = 0; l < layout.lines().size(); ++l) {
        const WrappedLine& line = layout.lines()[l];
        const char* begin = edited.data() + line.begin;
        const char* end = edited.data() + line.end;
        draw->AddText(font, font->FontSize, ImVec2{text_at.x, line_top(l) + baseline_gap}, colour(theme.text), begin, end);
        // Logged so the words in a field can be read back from the screen, as ImGui's fields were.
        if (line.end > line.begin) ImGui::LogText("%.*s\n", static_cast<int>(line.end - line.begin), begin);
    }
    if (has_focus) {
        const std::size_t line = layout.line_of(f.cursor.caret);
        const float x = text_at.x + std::min(layout.x_of(f.cursor.caret), text_w);
        const ImVec2 top{x, line_top(line) + baseline_gap * 0.5F};
        const ImVec2 bottom{x, line_top(line) + line_h - baseline_gap * 0.5F};
        draw->AddLine(top, bottom, colour(theme.text), std::max(1.0F, em(0.1F)));
        if (moved) f.reveal_frames = std::max(f.reveal_frames, 2);
        if (f.reveal_frames > 0) {
            reveal(at, ImVec2{at.x + size.x, at.y + size.y}, top.y, bottom.y);
            --f.reveal_frames;
        }
        f.drawn_frame = ImGui::GetFrameCount();
        // The on-screen keyboard shows while a field wants typing (io.WantTextInput).
        GImGui->WantTextInputNextFrame = 1;
    }

    if (text_changed && edited != text) {
        changed = std::move(edited);
        return true;
    }
    return false;
}

}  // namespace kiosk::ui
