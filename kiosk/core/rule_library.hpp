#pragma once
// The venue's rule library: the rules a coordinator picks for an agreement, each read by the
// family in their own language. A rule is stored by its kind; its heading and its words are in
// the catalogs (rule.<kind> and rule_text.<kind>), so a Spanish or Polish family never reads
// the coordinator's language. A rule of the coordinator's own has kind kOwnRuleKind and its own
// words (and translations) in the agreement (core/agreement.hpp).
#include <array>
#include <string_view>

namespace kiosk::core {

inline constexpr std::array<std::string_view, 10> kRuleLibrary{
    "phones_photos", "gifts",    "food",    "topics",   "arrival_order",
    "sober",         "promises", "worries", "goodbyes", "named_people",
};
inline constexpr std::string_view kOwnRuleKind = "other";

constexpr bool is_library_rule(std::string_view kind) {
    for (const std::string_view library : kRuleLibrary) {
        if (library == kind) return true;
    }
    return false;
}

}  // namespace kiosk::core
