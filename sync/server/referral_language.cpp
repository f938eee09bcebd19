#include "sync/server/referral_language.hpp"

#include "sync/protocol/venue_entities.hpp"

namespace kiosk::sync::server {
namespace r = core::replica;

std::optional<core::LanguageNeeds> language_from_referrals(const std::vector<nlohmann::json>& referrals) {
    if (referrals.empty()) return std::nullopt;
    std::vector<core::ReferralLanguageNeeds> needs;
    needs.reserve(referrals.size());
    for (const auto& data : referrals) {
        const auto referral = std::get<r::Referral>(decode_entity("referral", data, "held"));
        needs.push_back({referral.received_at,
                         {referral.preferred_language.value_or(""), referral.interpreter_needed.value_or(false)}});
    }
    return core::family_language_needs(needs);
}

void put_family_language(nlohmann::json& child, const core::LanguageNeeds& needs) {
    child["preferred_language"] = needs.preferred;
    child["interpreter_needed"] = needs.interpreter_needed;
}

}  // namespace kiosk::sync::server
