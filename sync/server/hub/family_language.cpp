#include "sync/server/hub/family_language.hpp"

#include <vector>

#include "sync/protocol/venue_entities.hpp"

namespace kiosk::sync::server::hub {
using nlohmann::json;
namespace r = core::replica;

namespace {

// A family has a handful of referrals; a bound all the same.
constexpr int kReferralsPerChild = 1000;

core::ReferralLanguageNeeds needs_of(const json& data) {
    const auto referral = std::get<r::Referral>(decode_entity("referral", data, "held"));
    return {referral.received_at,
            {referral.preferred_language.value_or(""), referral.interpreter_needed.value_or(false)}};
}

}  // namespace

std::optional<core::LanguageNeeds> family_language(const VenueState& state, const std::string& child_uuid,
                                                   const json* merging) {
    const std::string merging_uuid = merging != nullptr ? merging->value("uuid", "") : "";
    std::vector<core::ReferralLanguageNeeds> referrals;
    for (const json& held : state.find("referral", "child_uuid", child_uuid, kReferralsPerChild)) {
        if (held.value("uuid", "") != merging_uuid) referrals.push_back(needs_of(held));
    }
    if (merging != nullptr) referrals.push_back(needs_of(*merging));
    if (referrals.empty()) return std::nullopt;
    return core::family_language_needs(referrals);
}

void put_family_language(json& child, const core::LanguageNeeds& needs) {
    child["preferred_language"] = needs.preferred;
    child["interpreter_needed"] = needs.interpreter_needed;
}

}  // namespace kiosk::sync::server::hub
