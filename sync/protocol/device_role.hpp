#pragma once
// What a device is for, fixed when it is enrolled: it decides which changes the server sends
// it (docs/sync-api.md, "What each device receives"). A venue hub is enrolled at the upstream
// server with the role `hub` (docs/sync-api.md, "The venue").
#include <optional>
#include <string_view>

namespace kiosk::sync {

enum class DeviceRole {
    Lobby,        // the family face: today's bookings, first names, the agreement's words
    Tablet,       // a contact worker's tablet: sessions, children's care needs, no restricted fields
    Coordinator,  // the coordinator's device: everything the venue has
    Hub,          // a venue hub, enrolled at the upstream server: everything of its venue, to relay
};

std::string_view to_string(DeviceRole role);
std::optional<DeviceRole> parse_device_role(std::string_view text);

}  // namespace kiosk::sync
