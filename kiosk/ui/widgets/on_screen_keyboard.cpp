#include "kiosk/ui/widgets/on_screen_keyboard.hpp"

#include <algorithm>
#include <array>
#include <cfloat>
#include <string>

#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/item_registry.hpp"
#include "kiosk/ui/widgets/text_capture.hpp"
#include "kiosk/ui/widgets/wrapped_editor.hpp"

namespace kiosk::ui {

namespace {

// Sizes in em, so the keyboard keeps its proportions on every screen.
float key_height() { return em(2.25F); }
float key_gap() { return em(0.35F); }
float keyboard_padding() { return em(0.5F); }
constexpr int kRows = 4;
constexpr int kKeysPerRow = 10;

constexpr std::array<const char*, 3> kLetterRows{"qwertyuiop", "asdfghjkl", "zxcvbnm"};
constexpr std::array<const char*, 3> kLetterRowsShifted{"QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM"};
// One UTF-8 character per entry: the symbols page and the accented letters.
constexpr std::array<const char*, 10> kSymbolsRow2{"-", "/", ":", ";", "(", ")", "£", "&", "@", "\""};
constexpr std::array<const char*, 9> kSymbolsRow3{".", ",", "?", "!", "'", "%", "+", "=", "#"};
constexpr std::array<const char*, 9> kAccentsRow1{"á", "é", "í", "ó", "ú", "ü", "ñ", "¿", "¡"};
constexpr std::array<const char*, 9> kAccentsRow1Shifted{"Á", "É", "Í", "Ó", "Ú", "Ü", "Ñ", "¿", "¡"};
constexpr std::array<const char*, 8> kAccentsRow2{"ą", "ć", "ę", "ł", "ń", "ś", "ź", "ż"};
constexpr std::array<const char*, 8> kAccentsRow2Shifted{"Ą", "Ć", "Ę", "Ł", "Ń", "Ś", "Ź", "Ż"};

constexpr const char* kShiftLabel = "\xE2\x87\xA7";      // ⇧
constexpr const char* kBackspaceLabel = "\xE2\x8C\xAB";  // ⌫

// A tap that releases the field (on "Send now", say) must not move the page under the finger
// before it lifts, or the button it pressed would no longer be there: the keyboard keeps its
// place until the finger is up.
bool hold_layout = false;

bool contains(const ImVec2& min, const ImVec2& max, const ImVec2& point) {
    return point.x >= min.x && point.x < max.x && point.y >= min.y && point.y < max.y;
}

}  // namespace

float on_screen_keyboard_height() {
    if (!ImGui::GetIO().WantTextInput && !hold_layout) return 0.0F;
    return static_cast<float>(kRows) * key_height() + static_cast<float>(kRows - 1) * key_gap() +
           2.0F * keyboard_padding();
}

void keep_field_visible(bool active) {
    if (!active) return;
    const float top = ImGui::GetWindowPos().y;
    const float bottom = top + ImGui::GetWindowHeight();
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    // Scroll no further than needed, so what sits above the field (its label, the buttons
    // that act on it) stays in view too.
    if (max.y > bottom) {
        // ...and the button that usually follows a field (Add, Send, End) in view as well.
        const float wanted = max.y - bottom + touch_target_height() + em(1.0F);
        ImGui::SetScrollY(ImGui::GetScrollY() + std::min(wanted, min.y - top - em(2.0F)));
    } else if (min.y < top) {
        ImGui::SetScrollY(ImGui::GetScrollY() - (top - min.y) - em(2.0F));
    }
}

void keyboard_scroll_room() {
    if (ImGui::GetIO().WantTextInput) ImGui::Dummy(ImVec2{0.0F, on_screen_keyboard_height()});
}

void OnScreenKeyboard::begin_frame() {
    ImGuiIO& io = ImGui::GetIO();
    const int backspace = io.KeyMap[ImGuiKey_Backspace];
    // Pressed last frame, seen as pressed by this frame's NewFrame: lift it again.
    if (backspace_held_ && backspace >= 0) io.KeysDown[backspace] = false;
    backspace_held_ = false;
    if (!pending_.empty()) {
        io.AddInputCharactersUTF8(pending_.c_str());
        pending_.clear();
    }
    hold_layout = visible_ && (io.MouseDown[0] || io.MouseReleased[0]);
    if (!visible_) {
        press_began_on_keyboard_ = false;
        return;
    }
    // A finger that lands on the keyboard must not release the active field, and must not
    // drag its selection about while it rests on a key.
    if (io.MouseClicked[0]) press_began_on_keyboard_ = contains(min_, max_, io.MousePos);
    if (press_began_on_keyboard_) {
        io.MouseClicked[0] = false;
        io.MouseDoubleClicked[0] = false;
        io.MouseDelta = ImVec2{0.0F, 0.0F};
    }
}

void OnScreenKeyboard::type(const char* utf8) {
    pending_ += utf8;
    if (page_ != Page::Symbols) shift_ = false;  // a one-letter shift, as on a phone
}

bool OnScreenKeyboard::key(const UiResources& ui, const char* label, const char* id, float width, bool chosen) {
    const Theme& theme = *ui.theme;
    const ImVec2 size{width, key_height()};
    ImGui::PushID(id);
    ImGui::Dummy(size);
    ImGui::PopID();
    register_last_item(label);
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();

    const ImGuiIO& io = ImGui::GetIO();
    const bool pressing = press_began_on_keyboard_ && io.MouseDown[0] && contains(min, max, io.MouseClickedPos[0]);
    const bool fired = press_began_on_keyboard_ && io.MouseReleased[0] &&
                       contains(min, max, io.MouseClickedPos[0]) && contains(min, max, io.MousePos);

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec4 fill = pressing ? theme.surface_pressed : chosen ? theme.accent : theme.surface;
    draw->AddRectFilled(min, max, to_u32(fill), ImGui::GetStyle().FrameRounding);
    draw->AddRect(min, max, to_u32(theme.border), ImGui::GetStyle().FrameRounding, 0, em(0.06F));
    ImFont* font = ui.fonts.large;
    const ImVec2 text = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0F, label);
    draw->AddText(font, font->FontSize,
                  ImVec2{min.x + (size.x - text.x) * 0.5F, min.y + (size.y - text.y) * 0.5F},
                  to_u32(chosen ? theme.on_accent : theme.text), label);
    return fired;
}

void OnScreenKeyboard::draw_letters(const UiResources& ui, float key_w, float gap) {
    const auto& rows = shift_ ? kLetterRowsShifted : kLetterRows;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const std::string row = rows[r];
        const float indent = static_cast<float>(kKeysPerRow - static_cast<int>(row.size())) * (key_w + gap) * 0.5F;
        ImGui::SetCursorPosX(keyboard_padding() + (r == 2 ? 0.0F : indent));
        if (r == 2 && key(ui, kShiftLabel, "shift", key_w * 1.5F, shift_)) shift_ = !shift_;
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (r == 2 || i > 0) ImGui::SameLine(0.0F, gap);
            const std::string letter(1, row[i]);
            if (key(ui, letter.c_str(), letter.c_str(), key_w)) type(letter.c_str());
        }
        if (r == 2) {
            ImGui::SameLine(0.0F, gap);
            if (key(ui, kBackspaceLabel, "backspace", key_w * 1.5F)) {
                ImGuiIO& io = ImGui::GetIO();
                io.KeysDown[io.KeyMap[ImGuiKey_Backspace]] = true;
                backspace_held_ = true;
            }
        }
    }
}

void OnScreenKeyboard::draw_symbols(const UiResources& ui, float key_w, float gap) {
    ImGui::SetCursorPosX(keyboard_padding());
    for (char digit = '1'; digit <= '9' + 1; ++digit) {
        const std::string label(1, digit > '9' ? '0' : digit);
        if (digit != '1') ImGui::SameLine(0.0F, gap);
        if (key(ui, label.c_str(), label.c_str(), key_w)) type(label.c_str());
    }
    ImGui::SetCursorPosX(keyboard_padding());
    for (std::size_t i = 0; i < kSymbolsRow2.size(); ++i) {
        if (i > 0) ImGui::SameLine(0.0F, gap);
        if (key(ui, kSymbolsRow2[i], kSymbolsRow2[i], key_w)) type(kSymbolsRow2[i]);
    }
    ImGui::SetCursorPosX(keyboard_padding());
    for (std::size_t i = 0; i < kSymbolsRow3.size(); ++i) {
        if (i > 0) ImGui::SameLine(0.0F, gap);
        if (key(ui, kSymbolsRow3[i], kSymbolsRow3[i], key_w)) type(kSymbolsRow3[i]);
    }
    ImGui::SameLine(0.0F, gap);
    if (key(ui, kBackspaceLabel, "backspace", key_w)) {
        ImGuiIO& io = ImGui::GetIO();
        io.KeysDown[io.KeyMap[ImGuiKey_Backspace]] = true;
        backspace_held_ = true;
    }
}

void OnScreenKeyboard::draw_accents(const UiResources& ui, float key_w, float gap) {
    const auto& row1 = shift_ ? kAccentsRow1Shifted : kAccentsRow1;
    const auto& row2 = shift_ ? kAccentsRow2Shifted : kAccentsRow2;
    ImGui::SetCursorPosX(keyboard_padding() + (key_w + gap) * 0.5F);
    for (std::size_t i = 0; i < row1.size(); ++i) {
        if (i > 0) ImGui::SameLine(0.0F, gap);
        if (key(ui, row1[i], kAccentsRow1[i], key_w)) type(row1[i]);
    }
    ImGui::SetCursorPosX(keyboard_padding() + (key_w + gap));
    for (std::size_t i = 0; i < row2.size(); ++i) {
        if (i > 0) ImGui::SameLine(0.0F, gap);
        if (key(ui, row2[i], kAccentsRow2[i], key_w)) type(row2[i]);
    }
    ImGui::SetCursorPosX(keyboard_padding());
    if (key(ui, kShiftLabel, "shift", key_w * 1.5F, shift_)) shift_ = !shift_;
    ImGui::SameLine(0.0F, gap);
    ImGui::Dummy(ImVec2{(key_w + gap) * static_cast<float>(kKeysPerRow - 3) - gap, key_height()});
    ImGui::SameLine(0.0F, gap);
    if (key(ui, kBackspaceLabel, "backspace", key_w * 1.5F)) {
        ImGuiIO& io = ImGui::GetIO();
        io.KeysDown[io.KeyMap[ImGuiKey_Backspace]] = true;
        backspace_held_ = true;
    }
}

void OnScreenKeyboard::draw_bottom_row(const UiResources& ui, float key_w, float gap) {
    ImGui::SetCursorPosX(keyboard_padding());
    const bool letters = page_ == Page::Letters;
    if (key(ui, letters ? "123" : "abc", "page_symbols", key_w * 1.5F)) {
        page_ = letters ? Page::Symbols : Page::Letters;
        shift_ = false;
    }
    ImGui::SameLine(0.0F, gap);
    const bool accents = page_ == Page::Accents;
    if (key(ui, accents ? "abc" : "áé", "page_accents", key_w * 1.5F)) {
        page_ = accents ? Page::Letters : Page::Accents;
        shift_ = false;
    }
    ImGui::SameLine(0.0F, gap);
    if (key(ui, ",", "comma", key_w)) type(",");
    ImGui::SameLine(0.0F, gap);
    if (key(ui, ui.text.tr("staff.keyboard.space"), "space", key_w * 3.0F + gap * 2.0F)) type(" ");
    ImGui::SameLine(0.0F, gap);
    if (key(ui, ".", "full_stop", key_w)) type(".");
    ImGui::SameLine(0.0F, gap);
    if (key(ui, ui.text.tr("staff.keyboard.done"), "done", key_w * 2.0F + gap)) {
        release_text_focus();  // releases the field: the keyboard goes away
    }
}

void OnScreenKeyboard::draw(const UiResources& ui) {
    const float height = on_screen_keyboard_height();
    visible_ = height > 0.0F;
    if (!visible_) return;

    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    min_ = ImVec2{viewport->Pos.x, viewport->Pos.y + viewport->Size.y - height};
    max_ = ImVec2{viewport->Pos.x + viewport->Size.x, viewport->Pos.y + viewport->Size.y};
    ImGui::SetNextWindowPos(min_);
    ImGui::SetNextWindowSize(ImVec2{viewport->Size.x, height});
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ui.theme->surface_pressed);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2{0.0F, keyboard_padding()});
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2{key_gap(), key_gap()});
    constexpr ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                       ImGuiWindowFlags_NoNav;
    ImGui::Begin("##on_screen_keyboard", nullptr, flags);
    capture_window_begin();

    const float gap = key_gap();
    const float key_w =
        (viewport->Size.x - 2.0F * keyboard_padding() - gap * static_cast<float>(kKeysPerRow - 1)) /
        static_cast<float>(kKeysPerRow);
    switch (page_) {
        case Page::Letters: draw_letters(ui, key_w, gap); break;
        case Page::Symbols: draw_symbols(ui, key_w, gap); break;
        case Page::Accents: draw_accents(ui, key_w, gap); break;
    }
    draw_bottom_row(ui, key_w, gap);

    capture_window_end();
    ImGui::End();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
}

}  // namespace kiosk::ui
