#pragma once
// How a family reading one language sees a rule of their agreement: a library rule in the
// catalog's words for that language; a rule of the coordinator's own in its own words when
// they are in that language, else in its translation into it, else a sentence saying staff
// will explain it (never the coordinator's language to a family that reads another one).
#include <string>

#include "kiosk/core/agreement.hpp"

namespace kiosk::app {

struct RuleWords {
    std::string heading_key;  // "rule.phones_photos", "rule.other"
    std::string text_key;     // "rule_text.phones_photos", "rule_text.staff_will_explain"; empty: `text`
    std::string text;         // the rule's own words (or their translation)
};

// `home_language` is the terminal's language: the one a rule saved before schema v10 (whose
// language is not recorded) was written in.
RuleWords rule_words(const core::AgreementRule& rule, const std::string& language, const std::string& home_language);

}  // namespace kiosk::app
