#include "kiosk/ui/units.hpp"

namespace kiosk::ui {

float em(float n) {
    const ImGuiIO& io = ImGui::GetIO();
    // The default font is the body font (load_fonts adds it first); before fonts exist, fall
    // back to whatever font is current so the helper never divides by nothing.
    const ImFont* body = io.FontDefault != nullptr ? io.FontDefault
                         : io.Fonts->Fonts.Size > 0 ? io.Fonts->Fonts[0]
                                                    : nullptr;
    const float size = body != nullptr ? body->FontSize : ImGui::GetFontSize();
    return n * size;
}

ImVec2 em(float x, float y) { return ImVec2{em(x), em(y)}; }

float touch_target_height() { return em(2.6F); }

}  // namespace kiosk::ui
