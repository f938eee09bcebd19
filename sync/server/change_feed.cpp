#include "sync/server/change_feed.hpp"

#include "sync/server/feed_scope.hpp"

namespace kiosk::sync::server {

FeedPage ImportedFeed::page(const DeviceIdentity& device, const std::string& cursor, int limit) {
    const FeedScope& scope = feed_scope(device.role);
    FeedPage page = store_.changes_after(cursor, limit, device.venue_id, scope.kinds());
    for (auto& change : page.changes) change = scope.filter(change);
    return page;
}

}  // namespace kiosk::sync::server
