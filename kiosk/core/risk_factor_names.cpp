#include "kiosk/core/risk_factor_names.hpp"

#include "kiosk/core/enum_names.hpp"

namespace kiosk::core {
namespace {
constexpr EnumNames<ContactHistory, 4> kHistoryNames{{{
    {ContactHistory::None, "none"},
    {ContactHistory::Positive, "positive"},
    {ContactHistory::Mixed, "mixed"},
    {ContactHistory::Concerning, "concerning"},
}}};
constexpr EnumNames<ChildWish, 4> kWishNames{{{
    {ChildWish::WantsContact, "wants_contact"},
    {ChildWish::Unsure, "unsure"},
    {ChildWish::DoesNotWant, "does_not_want"},
    {ChildWish::TooYoungToSay, "too_young_to_say"},
}}};

template <class Enum, class All>
std::optional<Enum> parse_by_name(std::string_view text, const All& all) {
    for (const Enum value : all) {
        if (to_string(value) == text) return value;
    }
    return std::nullopt;
}

template <class Enum>
std::string join(const std::vector<Enum>& values) {
    std::string out;
    for (const Enum value : values) {
        if (!out.empty()) out += ',';
        out += to_string(value);
    }
    return out;
}

template <class Enum, class Parse>
std::vector<Enum> split(std::string_view text, Parse parse) {
    std::vector<Enum> out;
    while (!text.empty()) {
        const auto comma = text.find(',');
        const std::string_view name = text.substr(0, comma);
        if (auto value = parse(name)) out.push_back(*value);
        if (comma == std::string_view::npos) break;
        text.remove_prefix(comma + 1);
    }
    return out;
}
}  // namespace

std::optional<RiskFactor> parse_risk_factor(std::string_view text) {
    return parse_by_name<RiskFactor>(text, kAllRiskFactors);
}
std::optional<ProtectiveFactor> parse_protective_factor(std::string_view text) {
    return parse_by_name<ProtectiveFactor>(text, kAllProtectiveFactors);
}
std::string_view to_string(ContactHistory history) { return kHistoryNames.name(history); }
std::optional<ContactHistory> parse_contact_history(std::string_view text) { return kHistoryNames.parse(text); }
std::string_view to_string(ChildWish wish) { return kWishNames.name(wish); }
std::optional<ChildWish> parse_child_wish(std::string_view text) { return kWishNames.parse(text); }

std::string join_risk_factors(const std::vector<RiskFactor>& factors) { return join(factors); }
std::vector<RiskFactor> split_risk_factors(std::string_view text) {
    return split<RiskFactor>(text, parse_risk_factor);
}
std::string join_protective_factors(const std::vector<ProtectiveFactor>& factors) { return join(factors); }
std::vector<ProtectiveFactor> split_protective_factors(std::string_view text) {
    return split<ProtectiveFactor>(text, parse_protective_factor);
}

}  // namespace kiosk::core
