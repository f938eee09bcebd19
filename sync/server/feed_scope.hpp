#pragma once
// Which pulled kinds, and which of their fields, each device role receives: the one table
// behind "a lobby device never receives restricted_*, medical, allergy or notes"
// (docs/sync-api.md, "What each device receives"). A kind a role does not list is never sent to
// it; a field it does not list is removed from the data before the page is written. A new role
// A venue hub serves its devices with this same table (docs/sync-api.md, "The venue").
#include <string>
#include <string_view>
#include <vector>

#include "sync/protocol/device_role.hpp"

namespace kiosk::sync::server {

struct KindScope {
    std::string_view kind;
    // The data fields sent; empty means every field.
    std::vector<std::string_view> fields;
    // Only the entities addressed to this device, or to every device (a receipt; on a tablet, a
    // draft it owns or that was handed over, the final records and addenda it sent). The hub
    // addresses an entity when it writes it (hub/venue_merge.cpp).
    bool addressed = false;
};

class FeedScope {
public:
    explicit FeedScope(std::vector<KindScope> kinds) : kinds_(std::move(kinds)) {}
    std::vector<std::string> kinds() const;
    // The kinds the role receives only when addressed to the device (or to every device).
    std::vector<std::string> addressed_kinds() const;
    // A stored change ({"kind": ..., "data": {...}}) as this role receives it.
    std::string filter(const std::string& change_json) const;

private:
    std::vector<KindScope> kinds_;
};

const FeedScope& feed_scope(DeviceRole role);

}  // namespace kiosk::sync::server
