#include "sync/server/hub/hub_feed.hpp"

#include "sync/protocol/protocol_error.hpp"
#include "sync/server/feed_scope.hpp"

namespace kiosk::sync::server::hub {

FeedPage HubFeed::page(const DeviceIdentity& device, const std::string& cursor, int limit) {
    std::int64_t after = 0;
    if (!cursor.empty()) {
        std::size_t used = 0;
        try {
            after = std::stoll(cursor, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used != cursor.size() || after < 0) throw ProtocolError("the cursor is not one this server issued");
    }
    const FeedScope& scope = feed_scope(device.role);
    const FeedFilter filter{.kinds = scope.kinds(), .addressed_kinds = scope.addressed_kinds(), .device_id = device.device_id};
    HubPage hub_page = store_.changes_after(after, limit, filter);
    FeedPage page;
    page.changes.reserve(hub_page.changes.size());
    for (const HubChange& change : hub_page.changes) page.changes.push_back(scope.filter(change.body));
    page.cursor = std::to_string(hub_page.cursor);
    page.more = hub_page.more;
    return page;
}

}  // namespace kiosk::sync::server::hub
