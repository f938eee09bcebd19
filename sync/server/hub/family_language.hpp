#pragma once
// Issue #16, item 10, at the venue hub: a family's language needs are recorded on the referral,
// which neither the lobby nor a tablet is ever sent (feed_scope.cpp). So the hub derives them
// onto the child's snapshot from the referrals it holds, whether they came from the upstream's
// feed (which carries the language on the referral only) or from the coordinator's PC, and
// again whenever a referral changes; the feed scopes then give a lobby the language code and a
// tablet the language and the interpreter flag.
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "kiosk/core/language_needs.hpp"
#include "sync/server/hub/venue_rules.hpp"
#include "sync/server/referral_language.hpp"

namespace kiosk::sync::server::hub {

// The family's language needs by core::family_language_needs over the child's referrals the
// hub holds, with `merging` (a referral's snapshot being written now, which may be one of them)
// in place of its held copy. Nothing when no referral of the child is held or merging: the
// sender's copy on the child stands.
std::optional<core::LanguageNeeds> family_language(const VenueState& state, const std::string& child_uuid,
                                                   const nlohmann::json* merging = nullptr);

// The child's snapshot gets them with put_family_language (sync/server/referral_language.hpp).

}  // namespace kiosk::sync::server::hub
