#pragma once
// The feed a venue hub serves its devices: the venue's state after a sequence number, scoped
// by the same role table as the receiver's (feed_scope.cpp) and by audience (a receipt goes to
// the device whose messages it confirms).
#include "sync/server/change_feed.hpp"
#include "sync/server/hub/hub_store.hpp"

namespace kiosk::sync::server::hub {

class HubFeed final : public ChangeFeed {
public:
    explicit HubFeed(HubStore& store) : store_(store) {}
    FeedPage page(const DeviceIdentity& device, const std::string& cursor, int limit) override;

private:
    HubStore& store_;
};

}  // namespace kiosk::sync::server::hub
