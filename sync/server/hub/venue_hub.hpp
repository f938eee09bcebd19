#pragma once
// The venue hub (`contact-sync-server serve --role hub`): the server's HubRole. It applies
// every stored batch to the venue's state, serves that state as the devices' feed, answers the
// hub's endpoints, and keeps the upstream link (upstream_link.hpp) when the hub is enrolled at
// an upstream server. docs/sync-api.md, "The venue".
#include <memory>
#include <optional>

#include "sync/server/hub/hub_feed.hpp"
#include "sync/server/hub/hub_identity.hpp"
#include "sync/server/hub/hub_store.hpp"
#include "sync/server/hub/upstream_link.hpp"
#include "sync/server/hub_role.hpp"

namespace kiosk::sync::server::hub {

class VenueHub final : public HubRole {
public:
    // Without an identity the hub serves its venue alone (no upstream: a demo, a venue that
    // syncs nowhere); the venue then comes from the store's settings.
    VenueHub(HubStore& store, VenueRules& rules, std::optional<HubIdentity> identity, UpstreamOptions upstream);
    VenueHub(const VenueHub&) = delete;
    VenueHub& operator=(const VenueHub&) = delete;
    ~VenueHub() override;

    // Applies what was stored but not applied (a crash in between), then starts the upstream link.
    void start();
    void stop();

    ChangeFeed& feed() override { return feed_; }
    ChangeSignal& changes() override { return changes_; }
    void after_store() noexcept override;
    std::optional<ApiResponse> refuse_device(const DeviceIdentity& device) override;
    ApiResponse handle(HubEndpoint endpoint, const ApiRequest& request, const DeviceIdentity& device) override;

    std::int64_t venue_id() const { return venue_id_; }
    bool has_upstream() const { return link_ != nullptr; }

private:
    // hub_endpoints.cpp
    ApiResponse sign_in_attempt(const ApiRequest& request, const DeviceIdentity& device);
    ApiResponse upstream_sync_request(const DeviceIdentity& device);
    ApiResponse upstream_sync_status(const DeviceIdentity& device);

    HubStore& store_;
    VenueRules& rules_;
    std::int64_t venue_id_ = 0;
    ChangeSignal changes_;
    HubFeed feed_;
    std::unique_ptr<UpstreamLink> link_;
};

}  // namespace kiosk::sync::server::hub
