#pragma once
// The sync API version, carried in every request path (/api/v1/...). A server answers only
// the versions it knows, so old and new devices can share one server during an upgrade.
#include <string_view>

namespace kiosk::sync {
inline constexpr int kApiVersion = 1;
inline constexpr std::string_view kApiPrefix = "/api/v1";
}  // namespace kiosk::sync
