#include "kiosk/ui/staff/contact_lines.hpp"

#include <imgui.h>

#include <string>

#include "kiosk/ui/text_fill.hpp"
#include "kiosk/ui/units.hpp"

namespace kiosk::ui {
namespace {
constexpr const char* kDot = "  \xC2\xB7  ";

void line(const ImVec4& colour, ImFont* font, const std::string& text) {
    ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
}
}  // namespace

std::string contact_summary(const BoardContactView& c, const UiResources& ui) {
    if (c.mode_key.empty()) return {};
    std::string text = ui.text.tr(c.mode_key);
    if (!c.platform.empty()) text += kDot + c.platform;
    if (!c.platform_key.empty()) text += kDot + std::string{ui.text.tr(c.platform_key)};
    if (!c.starter_key.empty()) text += kDot + std::string{ui.text.tr(c.starter_key)};
    if (!c.place.empty()) text += kDot + c.place;
    if (c.drops > 0) text += kDot + fill(ui.text.tr("staff.contact.drops"), {{"count", std::to_string(c.drops)}});
    return text;
}

void draw_contact_lines(const BoardRowView& row, const UiResources& ui, float wrap_x) {
    const Theme& theme = *ui.theme;
    ImGui::PushTextWrapPos(wrap_x);
    if (const std::string summary = contact_summary(row.contact, ui); !summary.empty()) {
        line(theme.primary, ui.fonts.body_bold, summary);
    }
    if (!row.contact.supervised_by_key.empty()) {
        std::string who = ui.text.tr(row.contact.supervised_by_key);
        if (!row.contact.supervisor_name.empty()) who += " " + row.contact.supervisor_name;
        line(theme.text, ui.fonts.body, who);
    }
    if (!row.language_key.empty() || row.interpreter_needed) {
        std::string words = ui.text.tr("staff.board.language");
        if (!row.language_key.empty()) words += std::string{" "} + ui.text.tr(row.language_key);
        if (row.interpreter_needed) words += kDot + std::string{ui.text.tr("staff.board.interpreter_needed")};
        // An interpreter to book is something to act on; a language alone is for knowing.
        line(row.interpreter_needed ? theme.warning : theme.text, row.interpreter_needed ? ui.fonts.body_bold : ui.fonts.body,
             words);
    }
    for (const auto& s : row.siblings) {
        std::string who = fill(ui.text.tr("staff.board.with_sibling"), {{"name", s.first_name}}) + kDot +
                          ui.text.tr(s.age_band_key) + kDot + ui.text.tr(s.carer_window.party_key) + " " +
                          s.carer_window.from_hhmm + "\xE2\x80\x93" + s.carer_window.until_hhmm;
        if (!s.arrived_hhmm.empty()) who += kDot + fill(ui.text.tr("staff.board.arrived_at"), {{"time", s.arrived_hhmm}});
        line(theme.text, ui.fonts.body_bold, who);
        if (!s.allergies.empty()) line(theme.danger, ui.fonts.body_bold, ui.text.tr("staff.board.allergies") + std::string{" "} + s.allergies);
        if (!s.medical.empty()) line(theme.danger, ui.fonts.body_bold, ui.text.tr("staff.board.medical") + std::string{" "} + s.medical);
        if (!s.needs.empty()) line(theme.warning, ui.fonts.body, ui.text.tr("staff.board.needs") + std::string{" "} + s.needs);
    }
    ImGui::PopTextWrapPos();
}

}  // namespace kiosk::ui
