#include "sync/protocol/device_role.hpp"

namespace kiosk::sync {

std::string_view to_string(DeviceRole role) {
    switch (role) {
        case DeviceRole::Lobby: return "lobby";
        case DeviceRole::Tablet: return "tablet";
        case DeviceRole::Coordinator: return "coordinator";
        case DeviceRole::Hub: return "hub";
    }
    return "lobby";
}

std::optional<DeviceRole> parse_device_role(std::string_view text) {
    for (const DeviceRole role : {DeviceRole::Lobby, DeviceRole::Tablet, DeviceRole::Coordinator, DeviceRole::Hub}) {
        if (to_string(role) == text) return role;
    }
    return std::nullopt;
}

}  // namespace kiosk::sync
