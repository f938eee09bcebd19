#pragma once
// The kiosk's fonts, baked at their real pixel sizes (ImGui 1.86 has no dynamic font sizes and
// io.FontGlobalScale blurs text). The same function serves the window, the screenshot command
// and the headless test harness, so tests see exactly the glyphs the kiosk has.
#include <imgui.h>

#include <filesystem>
#include <stdexcept>

namespace kiosk::ui {

// Pixel sizes, all derived from the body size.
struct FontSizes {
    float body = 26.0F;
    float large = 34.0F;
    float title = 46.0F;
    float display = 120.0F;  // the clock and, later, the typed visit code
};

// Body text is ~26 px on a 1280x800 screen and grows with the screen; the smaller of the
// width and height ratios keeps a portrait tablet readable without overflowing.
FontSizes font_sizes_for_screen(int width, int height);

struct FontSet {
    FontSizes sizes;
    ImFont* body = nullptr;        // regular, the default font
    ImFont* body_bold = nullptr;
    ImFont* large = nullptr;       // bold, buttons and headings
    ImFont* title = nullptr;       // bold, the one heading of a screen
    ImFont* display = nullptr;     // bold, digits and A-Z only (clock, visit code)
};

class FontError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Clears `atlas`, adds the DejaVu Sans fonts from `fonts_dir` at `sizes` and builds the atlas
// (as RGBA32, what the OpenGL backend uploads). Throws FontError naming the missing file.
FontSet load_fonts(ImFontAtlas& atlas, const std::filesystem::path& fonts_dir,
                   const FontSizes& sizes);

// What the text fonts cover: Latin, Latin-1, Latin Extended-A (Polish, Spanish), the general
// punctuation we write (— · ’ “ ” „ …), the euro sign and the four plain arrows. Nothing
// more: every code point is baked at every size.
const ImWchar* text_glyph_ranges();
// What the display font covers: printable ASCII (digits, ':', A-Z for codes).
const ImWchar* display_glyph_ranges();

}  // namespace kiosk::ui
