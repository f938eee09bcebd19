// The wrapped editor (issue #15, item 2): words wrap while they are typed, and the caret,
// the selection and the on-screen keyboard stay right. Through the headless harness, with the
// kiosk's real fonts.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <imgui.h>

#include <string>

#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/layout.hpp"
#include "kiosk/ui/widgets/on_screen_keyboard.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"
#include "kiosk/ui/widgets/touch_scroll.hpp"
#include "kiosk/ui/widgets/wrapped_editor.hpp"
#include "kiosk/ui/widgets/wrapped_text_layout.hpp"
#include "tests/harness/clip_check.hpp"
#include "tests/harness/ui_harness.hpp"

using Catch::Matchers::ContainsSubstring;
using kiosk::testing::UiHarness;
using namespace kiosk;

namespace {

// One editor (a narrow one, so a sentence wraps) in a scrolling region tall enough to scroll,
// a button elsewhere, and the staff face's on-screen keyboard.
struct EditorScreen {
    UiHarness h;
    std::string text;
    int saves = 0;  // a change is reported once per keystroke, as the record screen saves it
    ui::OnScreenKeyboard keyboard;
    UiHarness::DrawFn draw = [this] {
        keyboard.begin_frame();
        ui::begin_screen("test", *h.ui().theme);
        ImGui::SetCursorPos(ImVec2{ui::em(1.0F), ui::em(1.0F)});
        ui::begin_scroll_area("page", ImVec2{ui::em(20.0F), ImGui::GetIO().DisplaySize.y - ui::em(2.0F) -
                                                               ui::on_screen_keyboard_height()});
        std::string changed;
        if (ui::wrapped_editor(h.ui(), {.id = "notes", .label = "Notes", .width = ui::em(12.0F), .min_lines = 2.0F},
                               text, changed)) {
            text = changed;
            ++saves;
        }
        ImGui::Dummy(ImVec2{0.0F, ui::em(40.0F)});  // a long page below the field
        ui::end_scroll_area();
        ImGui::SetCursorPos(ImVec2{ui::em(24.0F), ui::em(1.0F)});
        ui::touch_button(h.ui(), {.id = "elsewhere", .label = "Elsewhere"});
        ui::end_screen();
        keyboard.draw(h.ui());
    };

    const ImFont* font() { return h.ui().fonts.body; }
    // The room for the words inside the box (as wrapped_editor lays it out).
    float text_width() { return ui::em(12.0F) - 2.0F * ui::em(0.6F); }
    ui::WrappedText layout() { return ui::WrappedText{text, font(), text_width()}; }
    ui::RegisteredItem field() {
        h.frame(draw);
        for (const auto& item : h.items()) {
            if (item.label == "Notes") return item;
        }
        FAIL("no field on screen");
        return {};
    }
    // Where a caret at `offset` is drawn, in screen pixels (the middle of its line).
    ImVec2 point_of(std::size_t offset) {
        const ui::RegisteredItem box = field();
        const ui::WrappedText lines = layout();
        const float line_h = font()->FontSize * 1.15F;
        return ImVec2{box.min.x + ui::em(0.6F) + lines.x_of(offset),
                      box.min.y + ui::em(0.35F) + (static_cast<float>(lines.line_of(offset)) + 0.5F) * line_h};
    }
    std::size_t caret() {
        const ui::TextCursor* cursor = ui::wrapped_editor_cursor();
        REQUIRE(cursor != nullptr);
        return cursor->caret;
    }
    std::string selection() {
        const ui::TextCursor* cursor = ui::wrapped_editor_cursor();
        REQUIRE(cursor != nullptr);
        return ui::selected_text(text, *cursor);
    }
    void focus_and_type(const std::string& words) {
        h.tap("Notes", draw);
        h.frame(draw);
        h.type_text(words, draw);
        h.frame(draw);
    }
};

const std::string kSentence = "The child ran to the door and hugged her mother for a long time.";

}  // namespace

TEST_CASE("the wrapped layout breaks at spaces, keeps hanging spaces on their line, and cuts only a word too long") {
    UiHarness h;
    const ImFont* font = h.ui().fonts.body;
    const float word = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0F, "abcd").x;
    const float space = font->GetCharAdvance(' ');
    // Room for "abcd abcd" but not a third word.
    const std::string text = "abcd abcd abcd\nx";
    const ui::WrappedText lines{text, font, word * 2.0F + space * 1.5F};
    REQUIRE(lines.lines().size() == 3);
    CHECK(lines.lines()[0].begin == 0);
    CHECK(lines.lines()[0].end == 10);  // "abcd abcd " with its space
    CHECK_FALSE(lines.lines()[0].hard_end);
    CHECK(lines.lines()[1].begin == 10);
    CHECK(lines.lines()[1].end == 14);  // up to the '\n', which belongs to no line
    CHECK(lines.lines()[2].begin == 15);
    CHECK(lines.line_of(9) == 0);   // before the hanging space
    CHECK(lines.line_of(10) == 1);  // a caret at a soft break starts the next line
    CHECK(lines.line_of(14) == 1);  // at the '\n': the end of its line
    CHECK(lines.line_last_offset(0) == 9);

    const std::string long_word(40, 'w');
    const ui::WrappedText cut{long_word, font, word};
    CHECK(cut.lines().size() > 5);
    for (const auto& line : cut.lines()) {
        CHECK(font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0F, long_word.c_str() + line.begin,
                                  long_word.c_str() + line.end).x <= word + 0.5F);
    }
}

TEST_CASE("words wrap inside the field while they are typed, and the field grows with them") {
    EditorScreen s;
    const float empty_height = s.field().max.y - s.field().min.y;
    s.focus_and_type(kSentence);
    CHECK(s.text == kSentence);
    const ui::WrappedText lines = s.layout();
    CHECK(lines.lines().size() >= 3);
    for (const auto& line : lines.lines()) {
        const std::string words = s.text.substr(line.begin, line.end - line.begin);
        const std::string shown = words.substr(0, words.find_last_not_of(' ') + 1);
        CHECK(s.font()->CalcTextSizeA(s.font()->FontSize, FLT_MAX, 0.0F, shown.c_str()).x <= s.text_width());
    }
    const ui::RegisteredItem box = s.field();
    CHECK(box.max.y - box.min.y > empty_height);
    CHECK(testing::clipped_glyphs().empty());  // not a letter runs past the field's edge
    CHECK_THAT(s.h.screen_text(s.draw), ContainsSubstring("hugged"));
}

TEST_CASE("the caret steps over accented letters, by word with Ctrl, and Home and End keep to the wrapped line") {
    EditorScreen s;
    s.focus_and_type("Zażółć gęślą jaźń and more words to wrap the line");
    CHECK(s.caret() == s.text.size());
    s.h.press_key(ImGuiKey_Home, s.draw, false, true);  // Ctrl+Home: the very start
    CHECK(s.caret() == 0);
    s.h.press_key(ImGuiKey_RightArrow, s.draw);
    s.h.press_key(ImGuiKey_RightArrow, s.draw);
    s.h.press_key(ImGuiKey_RightArrow, s.draw);
    CHECK(s.caret() == std::string{"Zaż"}.size());  // ż is two bytes: never half of it
    s.h.press_key(ImGuiKey_RightArrow, s.draw, false, true);
    CHECK(s.caret() == std::string{"Zażółć"}.size());
    s.h.press_key(ImGuiKey_RightArrow, s.draw, false, true);
    CHECK(s.caret() == std::string{"Zażółć gęślą"}.size());
    s.h.press_key(ImGuiKey_LeftArrow, s.draw, false, true);
    CHECK(s.caret() == std::string{"Zażółć "}.size());

    // On the second wrapped line, Home and End go to that line's ends, not the text's.
    const ui::WrappedText lines = s.layout();
    REQUIRE(lines.lines().size() >= 2);
    s.h.tap_at(s.point_of(lines.lines()[1].begin + 2), s.draw);
    REQUIRE(s.layout().line_of(s.caret()) == 1);
    s.h.press_key(ImGuiKey_Home, s.draw);
    CHECK(s.caret() == lines.lines()[1].begin);
    s.h.press_key(ImGuiKey_End, s.draw);
    CHECK(s.caret() == lines.line_last_offset(1));
}

TEST_CASE("Up and Down keep the caret's column across wrapped lines") {
    EditorScreen s;
    s.focus_and_type(kSentence);
    const ui::WrappedText lines = s.layout();
    REQUIRE(lines.lines().size() >= 3);
    const std::size_t start = lines.lines()[1].begin + 3;
    s.h.tap_at(s.point_of(start), s.draw);
    REQUIRE(s.caret() == start);
    const float column = lines.x_of(start);
    s.h.press_key(ImGuiKey_DownArrow, s.draw);
    CHECK(lines.line_of(s.caret()) == 2);
    CHECK(std::abs(lines.x_of(s.caret()) - column) < s.font()->FontSize);
    s.h.press_key(ImGuiKey_UpArrow, s.draw);
    s.h.press_key(ImGuiKey_UpArrow, s.draw);
    CHECK(lines.line_of(s.caret()) == 0);
    CHECK(std::abs(lines.x_of(s.caret()) - column) < s.font()->FontSize);
}

TEST_CASE("Shift extends a selection, typing replaces it, and Ctrl+A then Backspace empties the field") {
    EditorScreen s;
    s.focus_and_type("Mum arrived late");
    s.h.press_key(ImGuiKey_LeftArrow, s.draw, false, true);  // before "late"
    s.h.press_key(ImGuiKey_RightArrow, s.draw, true, true);  // Shift+Ctrl: select the word
    CHECK(s.selection() == "late");
    s.h.type_text("on time", s.draw);
    CHECK(s.text == "Mum arrived on time");
    CHECK(s.caret() == s.text.size());
    s.h.press_key(ImGuiKey_LeftArrow, s.draw, true);
    s.h.press_key(ImGuiKey_LeftArrow, s.draw, true);
    CHECK(s.selection() == "me");
    s.h.press_key(ImGuiKey_LeftArrow, s.draw);  // without Shift: to the selection's start
    CHECK(s.caret() == s.text.size() - 2);
    CHECK(s.selection().empty());
    s.h.press_key(ImGuiKey_A, s.draw, false, true);
    CHECK(s.selection() == s.text);
    s.h.press_key(ImGuiKey_Backspace, s.draw);
    CHECK(s.text.empty());
}

TEST_CASE("a tap puts the caret where it lands, a double tap selects a word, a sideways drag selects") {
    EditorScreen s;
    s.focus_and_type(kSentence);
    const std::size_t door = kSentence.find("door");
    s.h.tap_at(s.point_of(door), s.draw);
    CHECK(s.caret() == door);

    s.h.tap_at(s.point_of(door + 1), s.draw);
    s.h.tap_at(s.point_of(door + 1), s.draw);  // the second tap of a double tap
    CHECK(s.selection() == "door");

    const std::size_t child = kSentence.find("child");
    s.h.drag(s.point_of(child), s.point_of(child + 5), 4, s.draw);
    CHECK(s.selection() == "child");
}

TEST_CASE("the on-screen keyboard types at the caret; a drag to scroll keeps the field, a tap elsewhere or Done lets it go") {
    EditorScreen s;
    s.focus_and_type("Mum late");
    REQUIRE(s.h.has_item("space"));  // the keyboard is up for the field
    s.h.tap_at(s.point_of(3), s.draw);  // after "Mum"
    s.h.frame(s.draw);
    s.h.tap("space", s.draw);
    for (const char* key : {"w", "a", "s"}) s.h.tap(key, s.draw);
    s.h.frame(s.draw);
    CHECK(s.text == "Mum was late");
    s.h.tap("\xE2\x8C\xAB", s.draw);  // the keyboard's backspace, at the caret
    s.h.frame(s.draw);
    CHECK(s.text == "Mum wa late");
    const int saves = s.saves;
    CHECK(saves >= 5);  // every key was reported on its own, as the record screen saves them

    // A finger drags the page up from below the field: the page scrolls, the field keeps the keyboard.
    const ui::RegisteredItem box = s.field();
    s.h.drag(ImVec2{box.center().x, box.max.y + ui::em(3.0F)}, ImVec2{box.center().x, box.max.y}, 10, s.draw);
    for (int i = 0; i < 200 && ui::touch_scroll_moving(); ++i) s.h.frame(s.draw);
    s.h.frame(s.draw);
    CHECK(ui::wrapped_editor_has_focus());
    CHECK(s.h.has_item("space"));

    s.h.tap("Elsewhere", s.draw);
    s.h.frame(s.draw);
    s.h.frame(s.draw);
    CHECK_FALSE(ui::wrapped_editor_has_focus());
    CHECK_FALSE(s.h.has_item("space"));

    s.h.tap("Notes", s.draw);
    s.h.frame(s.draw);
    REQUIRE(s.h.has_item("Done"));
    s.h.tap("Done", s.draw);
    s.h.frame(s.draw);
    s.h.frame(s.draw);
    CHECK_FALSE(ui::wrapped_editor_has_focus());
    CHECK_FALSE(s.h.has_item("space"));
}
