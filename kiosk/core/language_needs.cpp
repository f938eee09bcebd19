#include "kiosk/core/language_needs.hpp"

#include <algorithm>
#include <array>

namespace kiosk::core {
namespace {
constexpr std::array<std::string_view, 18> kLanguages{
    "en", "es", "pl", "pt", "ro", "ar", "ur", "pa", "bn", "so", "tr", "fr", "it", "lt", "uk", "ru", "zh", "ht",
};
}  // namespace

std::span<const std::string_view> known_languages() { return kLanguages; }

bool is_known_language(std::string_view code) {
    return std::find(kLanguages.begin(), kLanguages.end(), code) != kLanguages.end();
}

LanguageNeeds family_language_needs(std::span<const ReferralLanguageNeeds> referrals) {
    const ReferralLanguageNeeds* newest = nullptr;
    for (const ReferralLanguageNeeds& r : referrals) {
        if (r.needs.preferred.empty() && !r.needs.interpreter_needed) continue;
        if (newest == nullptr || r.received_at >= newest->received_at) newest = &r;
    }
    return newest == nullptr ? LanguageNeeds{} : newest->needs;
}

bool is_language_code(std::string_view code) {
    if (code.empty()) return true;
    if (code.size() < 2 || code.size() > 8) return false;
    return std::all_of(code.begin(), code.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

std::string lobby_language_for(const LanguageNeeds& needs, std::span<const std::string> offered,
                               const std::string& current, bool picked_by_person) {
    if (picked_by_person || needs.preferred.empty()) return current;
    if (std::find(offered.begin(), offered.end(), needs.preferred) == offered.end()) return current;
    return needs.preferred;
}

}  // namespace kiosk::core
