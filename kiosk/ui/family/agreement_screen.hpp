#pragma once
// family/agreement: today's contact agreement in plain words. Start, length, room and level
// of supervision as four cards, then the rules under their headings, and one tap to confirm.
#include <string>
#include <variant>
#include <vector>

#include "kiosk/ui/family/family_intents.hpp"
#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

struct AgreementRuleView {
    std::string heading_key;  // "rule.phones_photos", "rule.other"
    std::string text_key;     // the words from the catalog ("rule_text.phones_photos"), or empty:
    std::string text;         // ...the agreement's own words, already in the family's language
};

struct AgreementView {
    std::string venue_name;
    std::string clock_hhmm;
    std::string starts_hhmm;
    int minutes = 60;
    std::string room_name;
    std::string supervision;  // "supervised", ... (words from the catalog)
    std::vector<AgreementRuleView> rules;
};

struct ConfirmAgreement {};
using AgreementIntent = std::variant<std::monostate, ConfirmAgreement, StartAgain>;

AgreementIntent draw_agreement_screen(const AgreementView& view, const UiResources& ui);

}  // namespace kiosk::ui
