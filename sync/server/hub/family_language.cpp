#include "sync/server/hub/family_language.hpp"

#include <vector>

#include "sync/server/referral_language.hpp"

namespace kiosk::sync::server::hub {
using nlohmann::json;

namespace {
// A family has a handful of referrals; a bound all the same.
constexpr int kReferralsPerChild = 1000;
}  // namespace

std::optional<core::LanguageNeeds> family_language(const VenueState& state, const std::string& child_uuid,
                                                   const json* merging) {
    const std::string merging_uuid = merging != nullptr ? merging->value("uuid", "") : "";
    std::vector<json> referrals;
    for (const json& held : state.find("referral", "child_uuid", child_uuid, kReferralsPerChild)) {
        if (held.value("uuid", "") != merging_uuid) referrals.push_back(held);
    }
    if (merging != nullptr) referrals.push_back(*merging);
    return language_from_referrals(referrals);
}

}  // namespace kiosk::sync::server::hub
