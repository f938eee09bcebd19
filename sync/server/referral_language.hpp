#pragma once
// A family's language needs are recorded on its referrals, which a lobby and a tablet are never
// sent (feed_scope.cpp). So whoever serves those devices writes them onto the child's snapshot:
// the venue hub from the referrals it holds (hub/family_language.*), and the upstream's import
// from the referrals it was given, for a venue whose devices talk to it without a hub.
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "kiosk/core/language_needs.hpp"

namespace kiosk::sync::server {

// core::family_language_needs over these referrals' data (each a referral entity's "data");
// nothing when there are none, so the child's own copy stands.
std::optional<core::LanguageNeeds> language_from_referrals(const std::vector<nlohmann::json>& referrals);

// The child's snapshot data with those needs written in.
void put_family_language(nlohmann::json& child, const core::LanguageNeeds& needs);

}  // namespace kiosk::sync::server
