#pragma once
// The reference receiver: built in the sync issue. This library holds what is shared so far.
#include <string_view>

namespace kiosk::sync::server {
inline constexpr std::string_view kServerName = "contact-sync-server";
}  // namespace kiosk::sync::server
