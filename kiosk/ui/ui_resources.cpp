#include "kiosk/ui/ui_resources.hpp"

#include <imgui.h>

namespace kiosk::ui {

namespace {

// ImGui's default style is drawn for its built-in 13 px font; scaling it by body/13 keeps
// every size we do not set ourselves in proportion to our text.
constexpr float kImGuiDefaultFontPx = 13.0F;

void bake(UiResources& ui, const FontSizes& sizes) {
    ImGuiIO& io = ImGui::GetIO();
    ui.fonts = load_fonts(*io.Fonts, ui.assets_dir / "fonts", sizes);
    io.FontDefault = ui.fonts.body;
    apply_theme(*ui.theme, sizes.body / kImGuiDefaultFontPx, sizes.body, ImGui::GetStyle());
}

}  // namespace

UiResources create_ui_resources(const UiSetup& setup) {
    UiResources ui;
    ui.theme = &kiosk_theme();
    ui.assets_dir = setup.assets_dir;
    ui.text = Translator::load_folder(setup.assets_dir / "i18n");
    ui.text.set_language(setup.language);
    bake(ui, font_sizes_for_screen(setup.width, setup.height));
    return ui;
}

bool resize_ui(UiResources& ui, int width, int height) {
    const FontSizes wanted = font_sizes_for_screen(width, height);
    if (wanted.body == ui.fonts.sizes.body) return false;
    bake(ui, wanted);
    return true;
}

}  // namespace kiosk::ui
