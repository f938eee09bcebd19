#pragma once
// The venue's merge rules as the hub applies them (venue_rules.hpp): each message is decoded
// with the contract's codec (sync/protocol/venue_entities.hpp) and merged with what the hub
// holds by kiosk/core/merge_rules, the same functions the devices apply, so the venue
// converges whatever order messages take (docs/sync-api.md, "Merge rules"). What only the hub
// decides is here: it allocates visit codes and version numbers, raises an alert when an
// arrival meets a closed session, moves a handed-over draft, and addresses drafts, final
// records and addenda to the device they belong to.
#include <cstdint>
#include <functional>

#include "kiosk/core/time.hpp"
#include "sync/server/hub/venue_rules.hpp"

namespace kiosk::sync::server::hub {

class VenueMerge final : public VenueRules {
public:
    // `now` and `uniform` (a random number below its argument, for visit codes) are passed in
    // so that the tests can fix them; the defaults are the system clock and OpenSSL's RNG.
    VenueMerge();
    VenueMerge(std::function<core::Timestamp()> now, std::function<std::uint32_t(std::uint32_t)> uniform);

    std::vector<EntityWrite> apply_message(const StoredMessage& message, const VenueState& state) override;
    std::vector<EntityWrite> apply_upstream(const nlohmann::json& change, const VenueState& state) override;
    bool goes_upstream(const StoredMessage& message) const override;

private:
    std::function<core::Timestamp()> now_;
    std::function<std::uint32_t(std::uint32_t)> uniform_;
};

}  // namespace kiosk::sync::server::hub
