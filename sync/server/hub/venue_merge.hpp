#pragma once
// The venue's merge rules as the hub applies them (venue_rules.hpp).
#include "sync/server/hub/venue_rules.hpp"

namespace kiosk::sync::server::hub {

class VenueMerge final : public VenueRules {
public:
    std::vector<EntityWrite> apply_message(const StoredMessage& message, const VenueState& state) override;
    std::vector<EntityWrite> apply_upstream(const nlohmann::json& change, const VenueState& state) override;
};

}  // namespace kiosk::sync::server::hub
