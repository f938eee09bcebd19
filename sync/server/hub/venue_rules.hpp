#pragma once
// What a message does to the venue's state: the hub asks its VenueRules for the entities a
// stored message (or a change pulled from the upstream) writes, given the state so far, and
// gives each entity whose merged snapshot differs the next change sequence number. The rules
// are kiosk/core's merge rules, the same the devices apply (venue_merge.hpp); this interface
// keeps the store's exactly-once bookkeeping apart from them.
#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kiosk::sync::server::hub {

// One record as the server stored it (its payload opened, for a sealed kind).
struct StoredMessage {
    std::int64_t position = 0;  // hub_arrivals.position: the order it was stored in
    std::string uuid;
    std::string kind;
    int schema = 1;
    std::string created_at;  // as it came, ISO 8601 UTC
    std::string device_id;
    std::string payload;  // JSON object
};

// An entity's new snapshot, as the rules merged it.
struct EntityWrite {
    std::string kind;
    std::string key;  // its uuid
    nlohmann::json data;
    // The only device that receives it (a receipt); nothing: every device the role table allows.
    std::optional<std::string> audience;
    // When the hub decided something a person may ask about (a visit code changed, a draft
    // handed over): a line for hub_audit. Empty for none.
    std::string audit_action;
};

// The state the rules read: each entity's current data, or nothing. Sees what the same
// application wrote a moment before (one transaction).
class VenueState {
public:
    virtual ~VenueState() = default;
    virtual std::optional<nlohmann::json> data(const std::string& kind, const std::string& key) const = 0;
    // Entities of a kind whose data field `field` equals `value` (a visit code in use, the
    // check-ins of a session ...), at most `limit`.
    virtual std::vector<nlohmann::json> find(const std::string& kind, const std::string& field,
                                             const nlohmann::json& value, int limit) const = 0;
};

class VenueRules {
public:
    virtual ~VenueRules() = default;
    virtual std::vector<EntityWrite> apply_message(const StoredMessage& message, const VenueState& state) = 0;
    // A change of the upstream's feed ({"kind": ..., "data": {...}}).
    virtual std::vector<EntityWrite> apply_upstream(const nlohmann::json& change, const VenueState& state) = 0;
    // Whether a stored message is forwarded to the upstream (almost all are; a letterbox item still
    // waiting for a worker stays in the venue).
    virtual bool goes_upstream(const StoredMessage&) const { return true; }
};

}  // namespace kiosk::sync::server::hub
