#pragma once
// What every screen draws with: the theme, the fonts at this screen's size, the translations.
// Built the same way by the window, the screenshot command and the test harness.
#include <filesystem>
#include <string>

#include "kiosk/ui/fonts.hpp"
#include "kiosk/ui/i18n.hpp"
#include "kiosk/ui/theme.hpp"

namespace kiosk::ui {

struct UiSetup {
    int width = 1280;
    int height = 800;
    std::filesystem::path assets_dir;  // holds fonts/ and i18n/
    std::string language = "en";       // unknown codes fall back to English
};

struct UiResources {
    const Theme* theme = nullptr;
    FontSet fonts;
    Translator text;
    std::filesystem::path assets_dir;
};

// Needs a current ImGui context. Loads the catalogs, bakes the fonts for the screen size into
// the context's atlas (and makes the body font the default) and applies the theme scaled to
// that font. Throws FontError or I18nError with one sentence.
UiResources create_ui_resources(const UiSetup& setup);

// For a window whose size changed: re-bakes the fonts and re-scales the style when the font
// sizes differ. Returns true when the atlas changed (the renderer must upload it again).
bool resize_ui(UiResources& ui, int width, int height);

}  // namespace kiosk::ui
