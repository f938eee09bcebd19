#pragma once
// Where a device's pull page comes from: on a receiver, the feed imported from the social work
// team's systems (ReceiverStorage); on a venue hub, the venue's state and its change log
// (hub/hub_feed.hpp). Either way the page is already scoped to the device's venue and role.
#include <string>

#include "sync/server/device_identity.hpp"
#include "sync/server/receiver_storage.hpp"

namespace kiosk::sync::server {

class ChangeFeed {
public:
    virtual ~ChangeFeed() = default;
    // The changes after `cursor` (empty: from the beginning) that this device receives, each
    // as it may see it. Throws ProtocolError for a cursor this server did not issue.
    virtual FeedPage page(const DeviceIdentity& device, const std::string& cursor, int limit) = 0;
};

// The receiver's feed: imported changes of the device's venue, filtered by feed_scope.
class ImportedFeed final : public ChangeFeed {
public:
    explicit ImportedFeed(ReceiverStorage& store) : store_(store) {}
    FeedPage page(const DeviceIdentity& device, const std::string& cursor, int limit) override;

private:
    ReceiverStorage& store_;
};

}  // namespace kiosk::sync::server
