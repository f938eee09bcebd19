#include "kiosk/app/rule_words.hpp"

#include "kiosk/core/rule_library.hpp"

namespace kiosk::app {

RuleWords rule_words(const core::AgreementRule& rule, const std::string& language, const std::string& home_language) {
    if (core::is_library_rule(rule.kind)) return {"rule." + rule.kind, "rule_text." + rule.kind, {}};
    RuleWords words{"rule." + std::string{core::kOwnRuleKind}, {}, {}};
    const std::string& written_in = rule.language.empty() ? home_language : rule.language;
    if (written_in == language) {
        words.text = rule.text;
    } else if (const auto found = rule.translations.find(language);
               found != rule.translations.end() && !found->second.empty()) {
        words.text = found->second;
    } else {
        words.text_key = "rule_text.staff_will_explain";
    }
    return words;
}

}  // namespace kiosk::app
