#include "kiosk/ui/family/signature_screen.hpp"

#include <imgui.h>

#include <algorithm>

#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/layout.hpp"
#include "kiosk/ui/widgets/screen_frame.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"

namespace kiosk::ui {

SignatureIntent draw_signature_screen(const SignatureView& view, const UiResources& ui) {
    SignatureIntent intent;
    begin_screen("family/signature", *ui.theme);
    const ScreenTop top = screen_top(ui, view.venue_name, view.clock_hhmm, ui.text.tr("signature.title"),
                                     ui.text.tr("signature.hint"));
    const float width = ImGui::GetWindowWidth() - 2.0F * top.side;
    const TouchButton clear{.id = "clear_signature", .label = ui.text.tr("signature.clear"),
                            .kind = ButtonKind::Secondary, .font = nullptr, .size = {em(8.0F), 0.0F},
                            .raised = false};
    // The pad takes the width left of Clear and the height down to the footer.
    const float clear_w = touch_button_size(ui, clear).x;
    const ImVec2 pad{width - clear_w - em(1.0F), footer_top() - em(0.8F) - top.content_top};
    ImGui::SetCursorPos(ImVec2{top.side, top.content_top});
    if (const auto ink = signature_pad(ui, view.signature, pad)) intent = *ink;
    ImGui::SetCursorPos(ImVec2{top.side + pad.x + em(1.0F), top.content_top});
    if (touch_button(ui, clear)) intent = ClearSignature{};

    const FooterResult footer = screen_footer(ui, {ui.text.tr("signature.done"), view.can_finish});
    if (footer.action) intent = FinishSignature{};
    if (footer.start_again) intent = StartAgain{};
    end_screen();
    return intent;
}

}  // namespace kiosk::ui
