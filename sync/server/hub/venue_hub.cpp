#include "sync/server/hub/venue_hub.hpp"

#include <typeinfo>

#include "kiosk/log/log.hpp"

namespace kiosk::sync::server::hub {

VenueHub::VenueHub(HubStore& store, VenueRules& rules, std::optional<HubIdentity> identity, UpstreamOptions upstream)
    : store_(store), rules_(rules), feed_(store) {
    if (identity) store_.set_venue(identity->venue_id);
    const auto venue = store_.venue_id();
    if (!venue) throw HubSetupError("the hub has no venue: enrol it at the upstream (hub-enrol) or give --venue");
    venue_id_ = *venue;
    if (identity) link_ = std::make_unique<UpstreamLink>(store_, rules_, changes_, std::move(*identity), upstream);
}

VenueHub::~VenueHub() { stop(); }

void VenueHub::start() {
    after_store();
    if (link_) link_->start();
}

void VenueHub::stop() {
    if (link_) link_->stop();
}

void VenueHub::after_store() noexcept {
    try {
        if (store_.apply_pending(rules_) > 0) changes_.notify();
        if (link_) link_->queued(store_.urgent_forward_waiting());
    } catch (const ServerStoreError& error) {
        // Left for the next batch or start: the arrivals stay where they are.
        log::error(std::string{"venue hub: applying stored records failed: "} + error.what());
    } catch (const std::exception& error) {
        log::error(std::string{"venue hub: applying stored records failed with "} + typeid(error).name());
    }
}

std::optional<ApiResponse> VenueHub::refuse_device(const DeviceIdentity& device) {
    if (device.role == DeviceRole::Hub) {
        return ApiResponse::error(403, "a hub is a device of an upstream server, not of another hub");
    }
    if (device.venue_id != venue_id_) {
        return ApiResponse::error(403, "this device is enrolled for another venue than this hub's");
    }
    return std::nullopt;
}

ApiResponse VenueHub::handle(HubEndpoint endpoint, const ApiRequest& request, const DeviceIdentity& device) {
    switch (endpoint) {
        case HubEndpoint::SignInAttempt: return sign_in_attempt(request, device);
        case HubEndpoint::UpstreamSyncRequest: return upstream_sync_request(device);
        case HubEndpoint::UpstreamSyncStatus: return upstream_sync_status(device);
    }
    return ApiResponse::error(404, "no such endpoint");
}

}  // namespace kiosk::sync::server::hub
