#include "kiosk/ui/fonts.hpp"

#include <imgui_freetype.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace kiosk::ui {

namespace {

// ImFontAtlas keeps pointers to these for the life of the atlas: they must be static.
constexpr ImWchar kTextRanges[] = {
    0x0020, 0x007E,  // Basic Latin
    0x00A0, 0x00FF,  // Latin-1 Supplement (Spanish á é í ó ú ñ ¿ ¡, middle dot ·)
    0x0100, 0x017F,  // Latin Extended-A (Polish ą ć ę ł ń ś ź ż)
    0x2010, 0x2027,  // dashes, quotes ‘ ’ “ ” „, bullet, ellipsis
    0x20AC, 0x20AC,  // euro sign
    0x2190, 0x2193,  // ← ↑ → ↓
    0x21E7, 0x21E7,  // ⇧ shift, on the staff on-screen keyboard
    0x232B, 0x232B,  // ⌫ erase to the left, on the staff on-screen keyboard
    0x2713, 0x2713,  // ✓ "Saved", "Signed" on the staff face
    0,
};
constexpr ImWchar kDisplayRanges[] = {0x0020, 0x007E, 0};

// At 1280x800 the body font is this many pixels; everything else is a ratio of it.
constexpr float kReferenceBodyPx = 26.0F;
constexpr float kReferenceWidth = 1280.0F;
constexpr float kReferenceHeight = 800.0F;

ImFont* add_font(ImFontAtlas& atlas, const std::filesystem::path& file, float size_px,
                 const ImWchar* ranges) {
    // AddFontFromFileTTF asserts (aborts) on a missing file in this build: check first so the
    // person running the kiosk gets a sentence instead.
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error)) {
        throw FontError("The font file " + file.string() +
                        " is missing; check assets_dir in the configuration.");
    }
    ImFontConfig config;
    config.PixelSnapH = true;
    config.OversampleH = 1;  // FreeType renders hinted glyphs; oversampling only grows the atlas
    config.OversampleV = 1;
    const std::string path = file.string();
    return atlas.AddFontFromFileTTF(path.c_str(), size_px, &config, ranges);
}

}  // namespace

const ImWchar* text_glyph_ranges() { return kTextRanges; }
const ImWchar* display_glyph_ranges() { return kDisplayRanges; }

FontSizes font_sizes_for_screen(int width, int height) {
    const float ratio = std::min(static_cast<float>(width) / kReferenceWidth,
                                 static_cast<float>(height) / kReferenceHeight);
    // Never below what is readable at arm's length, never so big a screen holds nothing.
    const float body = std::clamp(std::round(kReferenceBodyPx * ratio), 18.0F, 56.0F);
    FontSizes sizes;
    sizes.body = body;
    sizes.large = std::round(body * 1.3F);
    sizes.title = std::round(body * 1.75F);
    sizes.display = std::round(body * 4.4F);
    return sizes;
}

FontSet load_fonts(ImFontAtlas& atlas, const std::filesystem::path& fonts_dir,
                   const FontSizes& sizes) {
    atlas.Clear();
    // FreeType's hinting keeps small text crisp; the builder ships inside libimgui.a.
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    const auto regular = fonts_dir / "DejaVuSans.ttf";
    const auto bold = fonts_dir / "DejaVuSans-Bold.ttf";

    FontSet fonts;
    fonts.sizes = sizes;
    fonts.body = add_font(atlas, regular, sizes.body, kTextRanges);  // first = default font
    fonts.body_bold = add_font(atlas, bold, sizes.body, kTextRanges);
    fonts.large = add_font(atlas, bold, sizes.large, kTextRanges);
    fonts.title = add_font(atlas, bold, sizes.title, kTextRanges);
    fonts.display = add_font(atlas, bold, sizes.display, kDisplayRanges);
    if (fonts.body == nullptr || fonts.body_bold == nullptr || fonts.large == nullptr ||
        fonts.title == nullptr || fonts.display == nullptr) {
        throw FontError("A font file in " + fonts_dir.string() + " could not be read.");
    }

    unsigned char* pixels = nullptr;
    int width = 0;
    int height = 0;
    atlas.GetTexDataAsRGBA32(&pixels, &width, &height);
    if (pixels == nullptr) throw FontError("The font atlas could not be built.");
    return fonts;
}

}  // namespace kiosk::ui
