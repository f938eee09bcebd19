#pragma once
// The sync API version, carried in every request path (/api/v1/...). A server answers only
// the versions it knows, so old and new devices can share one server during an upgrade.
#include <string_view>

namespace kiosk::sync {
// 2 (issue #17): push format 2, a batch sealed and signed as a whole (batch_seal.hpp). The
// paths stay /api/v1: every other endpoint is unchanged, and a server of this version takes a
// push body of either version ("api_version" in it), so devices not yet updated keep syncing.
inline constexpr int kApiVersion = 2;
inline constexpr int kOldestApiVersion = 1;
inline constexpr std::string_view kApiPrefix = "/api/v1";
}  // namespace kiosk::sync
