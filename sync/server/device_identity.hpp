#pragma once
// Who a bearer token belongs to: the device, the enrolment it was issued under (each enrolment
// has its own audit-head history), and the venue and role its feed is scoped to.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sync/protocol/device_role.hpp"

namespace kiosk::sync::server {

struct DeviceIdentity {
    std::string device_id;
    std::int64_t enrolment_id = 0;
    std::int64_t venue_id = 0;
    DeviceRole role = DeviceRole::Lobby;
    // The Ed25519 key registered at enrolment; none for a device added with add-device (tests,
    // the demo), whose records are taken unsigned.
    std::optional<std::vector<std::uint8_t>> public_key;
};

}  // namespace kiosk::sync::server
